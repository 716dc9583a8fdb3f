// The indexed path's scan of one probe. The gram index gives candidate texts (distinct
// normalised texts, ~3.6 strings each at 25,000 programs), expanded to their strings in
// string order when the query is planned. Among the strings of live programs, each text
// is scored once (./match.ts), and the strings of the texts that match are visited in
// string order, as the reference path visits them (so a tie between two strings of one
// program goes to the first, on both paths).
//
// String order matters for speed: visiting text by text reads the per-string and
// per-program arrays at random (a text's strings are spread over the programs), and for
// 支援 (48,000 strings) that was slower than the sorting it saved. Before this scan, the
// candidate strings were filtered into a second array for live programs and a third for
// unsettled ones, and each string's text was looked up in a memo: now the candidates are
// read twice in place (the texts that count, then the strings to visit), with buffers
// made once per engine.
import type {SearchCorpus} from './corpus.js';
import type {Visit} from './exact.js';
import type {IdSet} from './id-set.js';
import {type GramIndex, isPureBigram} from './gram-index.js';
import {isExact, type TextBatch, textScores} from './match.js';
import type {Probe} from './probe.js';

/**
 * Buffers for one probe at a time, made once per engine; as a TextBatch, `live` holds
 * the texts of the strings that count, in the order met.
 */
export type TextScratch = TextBatch & {
	/** Per text: 1 while its strings are gathered (candidateStrings). */
	candidate: Uint8Array;
	/** Per text: 1 once it is in `live`. */
	seen: Uint8Array;
	/** Per text: its length, up to 255 (enough to tell a held probe's text from a longer one). */
	length: Uint8Array;
};

export function createTextScratch(corpus: SearchCorpus): TextScratch {
	const {distinctTexts, texts} = corpus;
	const length = new Uint8Array(distinctTexts);
	for (let t = 0; t < distinctTexts; t += 1) length[t] = Math.min(255, texts[t]!.length);
	return {
		candidate: new Uint8Array(distinctTexts),
		seen: new Uint8Array(distinctTexts),
		live: new Uint32Array(distinctTexts),
		score: new Float64Array(distinctTexts),
		length,
		alphabet: new Int32Array(0x10000),
	};
}

/** exact.ts's scores of a string that is the probe, and of one that holds it. */
const WHOLE = 0;
const INSIDE = 0.001;

/** A few strings are gathered text by text and sorted; more, and every string is checked once. */
const SPARSE = 16;

/**
 * The strings of candidate texts `texts` (for an anchored probe, the names among them),
 * ascending: strings are laid out program by program, so reading them in this order
 * reads the per-string and per-program arrays in order too.
 */
export function candidateStrings(
	corpus: SearchCorpus,
	scratch: TextScratch,
	texts: Uint32Array,
	anchored: boolean,
): Uint32Array {
	const {textStart, textStrings, textId, doc, docStart, stringCount} = corpus;
	let total = 0;
	for (let k = 0; k < texts.length; k += 1) {
		const t = texts[k]!;
		total += textStart[t + 1]! - textStart[t]!;
	}
	const out = new Uint32Array(total);
	let n = 0;
	if (total * SPARSE < stringCount) {
		for (let k = 0; k < texts.length; k += 1) {
			const t = texts[k]!;
			const end = textStart[t + 1]!;
			for (let s = textStart[t]!; s < end; s += 1) out[n++] = textStrings[s]!;
		}
		if (texts.length > 1) out.sort();
	} else {
		const {candidate} = scratch;
		for (let k = 0; k < texts.length; k += 1) candidate[texts[k]!] = 1;
		for (let id = 0; id < stringCount && n < total; id += 1) {
			if (candidate[textId[id]!] === 1) out[n++] = id;
		}
		for (let k = 0; k < texts.length; k += 1) candidate[texts[k]!] = 0;
	}
	if (!anchored) return out;
	let names = 0;
	for (let k = 0; k < n; k += 1) {
		const id = out[k]!;
		if (docStart[doc[id]!] === id) out[names++] = id;
	}
	return out.subarray(0, names);
}

/**
 * Whether every candidate text of `probe` holds it, as the gram index gives them: a
 * one-character word (unigram postings are exact), or a two-character word whose bigram
 * bucket holds no other bigram. 支援's 14,000 texts then need no `includes`.
 */
export function candidatesHold(index: GramIndex, probe: Probe): boolean {
	const {text} = probe;
	if (probe.where !== 'any' || !isExact(probe)) return false;
	if (text.length === 1) return true;
	return text.length === 2 && isPureBigram(index, text.charCodeAt(0), text.charCodeAt(1));
}

/**
 * Visits, in string order, the strings of `strings` (null: every string; for an anchored
 * probe, every name) that `probe` matches, skipping programs outside `mask` (null: none)
 * or in `settled` (null: none). `held`: the strings are candidates that hold the probe
 * (candidatesHold).
 */
export function scanProbe(
	corpus: SearchCorpus,
	scratch: TextScratch,
	probe: Probe,
	strings: IdSet,
	held: boolean,
	mask: Uint8Array | null,
	settled: Uint8Array | null,
	visit: Visit,
): void {
	const {textId, doc, docStart} = corpus;
	const {seen, live, score, length} = scratch;
	const anchored = strings === null && probe.where !== 'any';
	const count = strings === null ? corpus.stringCount : strings.length;
	/** Whether string `id` of program `d` is left out (the same answer in both passes). */
	const skip = (id: number, d: number) =>
		(anchored && docStart[d] !== id) ||
		(mask !== null && mask[d] !== 1) ||
		(settled !== null && settled[d] === 1);
	if (held && strings !== null) {
		// Every candidate holds the probe: its score is known from its length, in one pass
		// (a one-character query: ~100,000 strings at 25,000 programs).
		const whole = probe.text.length;
		for (let k = 0; k < count; k += 1) {
			const id = strings[k]!;
			if (!skip(id, doc[id]!)) visit(id, length[textId[id]!] === whole ? WHOLE : INSIDE);
		}
		return;
	}
	// The texts of the strings that count, each once; scored; then their strings visited.
	let n = 0;
	for (let k = 0; k < count; k += 1) {
		const id = strings === null ? k : strings[k]!;
		if (skip(id, doc[id]!)) continue;
		const t = textId[id]!;
		if (seen[t] === 0) {
			seen[t] = 1;
			live[n++] = t;
		}
	}
	for (let k = 0; k < n; k += 1) seen[live[k]!] = 0;
	if (n === 0) return;
	textScores(corpus, probe, scratch, n);
	for (let k = 0; k < count; k += 1) {
		const id = strings === null ? k : strings[k]!;
		if (skip(id, doc[id]!)) continue;
		const found = score[textId[id]!]!;
		if (found >= 0) visit(id, found);
	}
}
