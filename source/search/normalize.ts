// Search normalisation: NFKC (full/half width), lower case, katakana → hiragana, no
// whitespace. Works cluster by cluster (a character plus its combining or half-width
// voiced marks, so `ｶﾞ` becomes `が`), which lets every normalised character point back
// at the characters of the original text it came from: highlights are drawn on the
// displayed text, never on this copy.
//
// Whitespace is dropped because the reports break words with stray spaces
// (`I T`, `刑 務所`, `e - ラーニング`); query tokens never contain spaces.

import {BoundedCache} from '../text/bounded-cache.js';
import {isMark} from '../text/char-class.js';

/** The normalised copy of a text, with for each of its UTF-16 units the [start, end) of the original cluster. */
export type NormalizedText = {
	text: string;
	starts: number[];
	ends: number[];
};

const KATAKANA_FIRST = 0x30a1;
const KATAKANA_LAST = 0x30f6;
const KANA_SHIFT = 0x60;

/** Folded clusters of more than one unit, or of a unit with no fast answer. */
const folds = new BoundedCache<string, string>(20_000);

function isFastStable(c: number): boolean {
	return (
		(c >= 0x21 && c <= 0x7e && !(c >= 0x41 && c <= 0x5a)) ||
		(c >= 0x3041 && c <= 0x3096) ||
		(c >= 0x4e00 && c <= 0x9fff)
	);
}

function foldSlow(cluster: string): string {
	let out = '';
	for (const ch of cluster.normalize('NFKC').toLowerCase()) {
		if (/\s/u.test(ch)) continue;
		const c = ch.charCodeAt(0);
		out += c >= KATAKANA_FIRST && c <= KATAKANA_LAST ? String.fromCharCode(c - KANA_SHIFT) : ch;
	}
	return out;
}

/** Folds one cluster; the common cases (ASCII, kana, CJK ideographs) skip `normalize`. */
function foldCluster(cluster: string): string {
	if (cluster.length === 1) {
		const c = cluster.charCodeAt(0);
		if (isFastStable(c)) return cluster;
		if (c >= 0x41 && c <= 0x5a) return String.fromCharCode(c + 32);
		if (c >= KATAKANA_FIRST && c <= KATAKANA_LAST) return String.fromCharCode(c - KANA_SHIFT);
	}
	return folds.get(cluster) ?? folds.set(cluster, foldSlow(cluster));
}

/** Calls `emit` with each cluster's folded text and its [start, end) in `text`. */
function walk(text: string, emit: (folded: string, start: number, end: number) => void): void {
	let i = 0;
	while (i < text.length) {
		const start = i;
		const c = text.charCodeAt(i);
		i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
		while (i < text.length && isMark(text.charCodeAt(i))) i += 1;
		emit(foldCluster(text.slice(start, i)), start, i);
	}
}

let buffer = new Uint16Array(1024);
const CHUNK = 4096;

/** Decodes code units as they are (TextDecoder would replace a lone surrogate). */
function fromUnits(units: Uint16Array): string {
	// `apply` on a typed array: spreading it goes through the iterator, four times slower.
	if (units.length <= CHUNK) return String.fromCharCode.apply(null, units as unknown as number[]);
	let out = '';
	for (let at = 0; at < units.length; at += CHUNK) {
		out += String.fromCharCode.apply(null, units.subarray(at, at + CHUNK) as unknown as number[]);
	}
	return out;
}

// Per UTF-16 unit, learnt on first sight (a report uses a few thousand distinct
// characters; `normalize` is slow enough to dominate building the corpus). Which units
// are marks is char-class.ts's; this table holds what a unit folds to, which is search's.
/** What a cluster of this unit alone folds to: 0 unknown, else the folded unit + 1, DROP or COMPLEX. */
const single = new Uint32Array(0x10000);
const DROP = 0x10001;
const COMPLEX = 0x10002;

function learnSingle(c: number): number {
	const folded = foldCluster(String.fromCharCode(c));
	const kind =
		folded.length === 0 ? DROP : folded.length === 1 ? folded.charCodeAt(0) + 1 : COMPLEX;
	single[c] = kind;
	return kind;
}

/**
 * The normalised copy of `text`, as matched by the search engine. Same result as
 * normalizeWithMap(text).text, written into a code-unit buffer: building 25,000
 * programs' worth of strings by concatenation is mostly garbage collection. A text that
 * is already normalised is returned as it is (no copy).
 */
export function normalizeForSearch(text: string): string {
	if (buffer.length < text.length * 3) buffer = new Uint16Array(text.length * 3);
	let n = 0;
	let i = 0;
	let same = true;
	while (i < text.length) {
		const start = i;
		const c = text.charCodeAt(i);
		i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
		while (i < text.length && isMark(text.charCodeAt(i))) i += 1;
		if (i - start === 1) {
			let kind = single[c]!;
			if (kind === 0) kind = learnSingle(c);
			if (kind <= 0x10000) {
				buffer[n++] = kind - 1;
				if (kind - 1 !== c) same = false;
				continue;
			}
			if (kind === DROP) {
				same = false;
				continue;
			}
		}
		const cluster = text.slice(start, i);
		const folded = foldCluster(cluster);
		if (folded !== cluster) same = false;
		if (n + folded.length > buffer.length) {
			const grown = new Uint16Array((n + folded.length) * 2);
			grown.set(buffer.subarray(0, n));
			buffer = grown;
		}
		for (let k = 0; k < folded.length; k += 1) buffer[n++] = folded.charCodeAt(k);
	}
	return same ? text : fromUnits(buffer.subarray(0, n));
}

/** The normalised copy of `text` plus the offset map back to `text`. */
export function normalizeWithMap(text: string): NormalizedText {
	let out = '';
	const starts: number[] = [];
	const ends: number[] = [];
	walk(text, (folded, start, end) => {
		out += folded;
		for (let k = 0; k < folded.length; k += 1) {
			starts.push(start);
			ends.push(end);
		}
	});
	return {text: out, starts, ends};
}

/** Maps a half-open range of the normalised copy onto the original text; null when empty. */
export function mapRangeToOriginal(
	normalized: NormalizedText,
	start: number,
	end: number,
): [number, number] | null {
	if (end <= start) return null;
	const from = normalized.starts[start];
	const to = normalized.ends[end - 1];
	if (from === undefined || to === undefined) return null;
	return [from, to];
}
