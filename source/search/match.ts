// Verifies probes on candidate field strings and reports (string id, fuse-style score).
// Fuzzy probes are scored by fuse.js on a sub-index of the candidate strings only;
// a string that holds the probe exactly is scored without fuse.js, with what fuse.js
// returns for it (0 when the string is the probe, 0.001 otherwise): bitap can do no
// better than zero errors. Other strings are cut to spans (./windows.ts), and each
// distinct span is scored once; repeated texts are checked once. The reference path
// (no memo) takes none of these shortcuts, so tests can check they agree.
// Highlight ranges are worked out later, only for the results drawn (./highlight.ts).
import Fuse, {type FuseIndexStringRecord, type IFuseOptions} from 'fuse.js';
import type {SearchCorpus} from './corpus.js';
import {forEachId, type IdSet} from './id-set.js';
import {FUZZY_THRESHOLD, type Probe, probeErrors} from './probe.js';
import {nextGeneration, type TextMemo} from './text-memo.js';
import type {Range} from './types.js';
import {fuzzySpans, patternGrams} from './windows.js';

export const FUSE_OPTIONS: IFuseOptions<string> = {
	isCaseSensitive: true,
	ignoreLocation: true,
	ignoreFieldNorm: true,
	threshold: FUZZY_THRESHOLD,
	includeScore: true,
	minMatchCharLength: 1,
	shouldSort: false,
};

/** FUSE_OPTIONS plus match indices, for highlighting one string. */
const FUSE_MATCH_OPTIONS: IFuseOptions<string> = {...FUSE_OPTIONS, includeMatches: true};

/** fuse.js's bitap handles patterns up to this length in one piece. */
const MAX_BITAP_LENGTH = 32;

/** fuse.js's score for a zero-error match inside a longer string. */
const SUBSTRING_SCORE = 0.001;

export type FuseRecords = FuseIndexStringRecord[];
export type Visit = (id: number, score: number) => void;

export function buildFuseRecords(corpus: SearchCorpus): FuseRecords {
	return corpus.normalized.map((v, i) => ({v, i, n: 1}));
}

function holds(text: string, probe: Probe): boolean {
	const {text: needle, where} = probe;
	if (where === 'any') return text.includes(needle);
	if (where === 'prefix') return text.startsWith(needle);
	if (where === 'suffix') return text.endsWith(needle);
	return text === needle;
}

function exactScore(text: string, probe: Probe): number {
	return text === probe.text ? 0 : SUBSTRING_SCORE;
}

function isName(corpus: SearchCorpus, id: number): boolean {
	return corpus.docStart[corpus.doc[id]!] === id;
}

/** Scores distinct texts with fuse.js: per text, its score, or -1 when it does not match. */
function fuseScores(texts: string[], pattern: string): Float64Array {
	const scores = new Float64Array(texts.length).fill(-1);
	if (texts.length === 0) return scores;
	const index = Fuse.parseIndex<string>({keys: [], records: texts.map((v, i) => ({v, i, n: 1}))});
	for (const result of new Fuse(texts, FUSE_OPTIONS, index).search(pattern)) {
		scores[result.refIndex] = result.score ?? 1;
	}
	return scores;
}

/** The reference: fuse.js over the whole candidate strings, no shortcut. */
function plainFuzzyScores(
	corpus: SearchCorpus,
	records: FuseRecords,
	probe: Probe,
	strings: IdSet,
	visit: Visit,
): void {
	const subset: FuseRecords = [];
	forEachId(strings, corpus.normalized.length, (id) => {
		subset.push(records[id]!);
	});
	const index = Fuse.parseIndex<string>({keys: [], records: subset});
	for (const result of new Fuse(corpus.normalized, FUSE_OPTIONS, index).search(probe.text)) {
		visit(result.refIndex, result.score ?? 1);
	}
}

/**
 * Fuzzy probes: exact holders without fuse.js, the rest as distinct spans through
 * fuse.js; each distinct text once (./text-memo.ts).
 */
function fuzzyScores(
	corpus: SearchCorpus,
	memo: TextMemo,
	probe: Probe,
	strings: IdSet,
	visit: Visit,
): void {
	const generation = nextGeneration(memo);
	const errors = probeErrors(probe);
	const grams = patternGrams(probe.text);
	const distinct = new Map<string, number>();
	const texts: string[] = [];
	const owners: number[] = [];
	const slots: number[] = [];
	const ids: number[] = [];
	forEachId(strings, corpus.normalized.length, (id) => {
		ids.push(id);
		const t = corpus.textId[id]!;
		if (memo.stamp[t] === generation) return;
		memo.stamp[t] = generation;
		const text = corpus.normalized[id]!;
		if (text.includes(probe.text)) {
			memo.value[t] = exactScore(text, probe);
			return;
		}
		memo.value[t] = -1;
		// fuse.js scores a pattern of more than 32 characters by chunks: no spans for those.
		const spans =
			probe.text.length > MAX_BITAP_LENGTH ? [text] : fuzzySpans(text, probe.text, grams, errors);
		for (const span of spans) {
			let slot = distinct.get(span);
			if (slot === undefined) {
				slot = texts.push(span) - 1;
				distinct.set(span, slot);
			}
			owners.push(t);
			slots.push(slot);
		}
	});
	const scores = fuseScores(texts, probe.text);
	// A text's score is its best span's.
	for (let k = 0; k < owners.length; k += 1) {
		const score = scores[slots[k]!]!;
		const t = owners[k]!;
		if (score >= 0 && (memo.value[t]! < 0 || score < memo.value[t]!)) memo.value[t] = score;
	}
	for (const id of ids) {
		const score = memo.value[corpus.textId[id]!]!;
		if (score >= 0) visit(id, score);
	}
}

/** Exact and anchored probes, each distinct text checked once. */
function exactScores(
	corpus: SearchCorpus,
	memo: TextMemo | null,
	probe: Probe,
	strings: IdSet,
	visit: Visit,
): void {
	const generation = memo ? nextGeneration(memo) : 0;
	forEachId(strings, corpus.normalized.length, (id) => {
		if (probe.where !== 'any' && !isName(corpus, id)) return;
		const text = corpus.normalized[id]!;
		if (!memo) {
			if (holds(text, probe)) visit(id, exactScore(text, probe));
			return;
		}
		const t = corpus.textId[id]!;
		if (memo.stamp[t] !== generation) {
			memo.stamp[t] = generation;
			memo.value[t] = holds(text, probe) ? exactScore(text, probe) : -1;
		}
		if (memo.value[t]! >= 0) visit(id, memo.value[t]!);
	});
}

/**
 * Scores one probe on `strings` (null: every string). Without a memo this is the
 * reference path: every fuzzy probe, even a 1–3 character one that allows no errors,
 * goes through fuse.js for every whole string.
 */
export function probeScores(
	corpus: SearchCorpus,
	records: FuseRecords,
	memo: TextMemo | null,
	probe: Probe,
	strings: IdSet,
	visit: Visit,
): void {
	const fuzzy = probe.fuzzy && probe.where === 'any';
	if (fuzzy && !memo) plainFuzzyScores(corpus, records, probe, strings, visit);
	else if (fuzzy && memo && probeErrors(probe) > 0)
		fuzzyScores(corpus, memo, probe, strings, visit);
	else exactScores(corpus, memo, probe, strings, visit);
}

function occurrences(text: string, needle: string): Range[] {
	const ranges: Range[] = [];
	let at = text.indexOf(needle);
	while (at >= 0) {
		ranges.push([at, at + needle.length]);
		at = text.indexOf(needle, at + needle.length);
	}
	return ranges;
}

/**
 * Where a probe matches a normalised string (empty: it does not): every exact
 * occurrence, or the characters fuse.js matched for a fuzzy one.
 */
export function probeRanges(text: string, probe: Probe, isNameString: boolean): Range[] {
	const {text: needle, where} = probe;
	if (where !== 'any' && !isNameString) return [];
	if (where === 'prefix') return text.startsWith(needle) ? [[0, needle.length]] : [];
	if (where === 'suffix')
		return text.endsWith(needle) ? [[text.length - needle.length, text.length]] : [];
	if (where === 'equal') return text === needle ? [[0, text.length]] : [];
	if (!probe.fuzzy || probeErrors(probe) === 0 || text.includes(needle))
		return occurrences(text, needle);
	const result = Fuse.match(needle, text, FUSE_MATCH_OPTIONS);
	if (!result.isMatch) return [];
	return (result.indices ?? []).map(([s, e]): Range => [s, e + 1]);
}
