// Fuzzy probes through fuse.js, on a sub-index of the candidate strings only. A string
// that holds the probe exactly is scored without fuse.js (./exact.ts): bitap can do no
// better than zero errors. Other strings are cut to spans (./cut-spans.ts), each distinct
// span is scored once, and repeated texts are checked once (./text-memo.ts). The
// reference path (plainFuzzyScores) takes none of these shortcuts, so tests can check
// that they agree.
import Fuse, {type FuseIndexStringRecord, type IFuseOptions} from 'fuse.js';
import {type SearchCorpus, textOf} from './corpus.js';
import {exactScore, type Visit} from './exact.js';
import {forEachId, type IdSet} from './id-set.js';
import {FUZZY_THRESHOLD, type Probe, probeErrors} from './probe.js';
import {nextGeneration, type TextMemo} from './text-memo.js';
import {fuzzySpans, patternGrams} from './cut-spans.js';

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
export const FUSE_MATCH_OPTIONS: IFuseOptions<string> = {...FUSE_OPTIONS, includeMatches: true};

/** fuse.js's bitap handles patterns up to this length in one piece. */
const MAX_BITAP_LENGTH = 32;

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

/**
 * The reference: fuse.js over the whole candidate strings, no shortcut. Its records
 * are made per call (it is slow anyway): no record per string is kept in the engine.
 */
export function plainFuzzyScores(
	corpus: SearchCorpus,
	probe: Probe,
	strings: IdSet,
	visit: Visit,
): void {
	const subset: FuseIndexStringRecord[] = [];
	forEachId(strings, corpus.stringCount, (id) => {
		subset.push({v: textOf(corpus, id), i: id, n: 1});
	});
	const index = Fuse.parseIndex<string>({keys: [], records: subset});
	const docs = Array.from(corpus.textId, (t) => corpus.texts[t]!);
	for (const result of new Fuse(docs, FUSE_OPTIONS, index).search(probe.text)) {
		visit(result.refIndex, result.score ?? 1);
	}
}

/**
 * Fuzzy probes: exact holders without fuse.js, the rest as distinct spans through
 * fuse.js; each distinct text once (./text-memo.ts).
 */
export function fuzzyScores(
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
	forEachId(strings, corpus.stringCount, (id) => {
		ids.push(id);
		const t = corpus.textId[id]!;
		if (memo.stamp[t] === generation) return;
		memo.stamp[t] = generation;
		const text = corpus.texts[t]!;
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
