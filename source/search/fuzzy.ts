// Fuzzy probes through fuse.js, on a sub-index of the candidate texts only. A text that
// holds the probe exactly is scored without fuse.js (./exact.ts): bitap can do no better
// than zero errors. Other texts are cut to spans (./cut-spans.ts), and each distinct span
// is scored once. Texts are distinct, so a text shared by many strings is scored once
// (./text-scan.ts). The reference path (plainFuzzyScores) takes none of these shortcuts,
// so tests can check that they agree.
import Fuse, {type FuseIndexStringRecord, type IFuseOptions} from 'fuse.js';
import {type SearchCorpus, textOf} from './corpus.js';
import {bitapFor, bitapScore, MAX_BITAP_PATTERN, releaseBitap} from './bitap.js';
import {exactScore, type Visit} from './exact.js';
import {forEachId, type IdSet} from './id-set.js';
import type {TextBatch} from './match.js';
import {FUZZY_THRESHOLD, type Probe, probeErrors} from './probe.js';
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

/**
 * Scores distinct texts as fuse.js does: per text, its score, or -1 when it does not
 * match. Through the port of its bitap (./bitap.ts) for a pattern of one chunk, with
 * `alphabet` as its work space; fuse.js itself otherwise.
 */
function fuseScores(texts: string[], pattern: string, alphabet: Int32Array): Float64Array {
	const scores = new Float64Array(texts.length).fill(-1);
	if (texts.length === 0) return scores;
	if (pattern.length <= MAX_BITAP_PATTERN && pattern.trim() !== '') {
		const bitap = bitapFor(pattern, alphabet);
		for (let i = 0; i < texts.length; i += 1)
			scores[i] = bitapScore(bitap, texts[i]!, FUZZY_THRESHOLD);
		releaseBitap(bitap);
		return scores;
	}
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
 * Fuzzy probes on the indexed path: the first `count` texts of the batch scored. Exact
 * holders without fuse.js, the rest as distinct spans through fuse.js, a text's score
 * its best span's.
 */
export function fuzzyTextScores(
	corpus: SearchCorpus,
	probe: Probe,
	{live: texts, score, alphabet}: TextBatch,
	count: number,
): void {
	const errors = probeErrors(probe);
	const grams = patternGrams(probe.text);
	const distinct = new Map<string, number>();
	const spanTexts: string[] = [];
	const owners: number[] = [];
	const slots: number[] = [];
	for (let k = 0; k < count; k += 1) {
		const t = texts[k]!;
		const text = corpus.texts[t]!;
		if (text.includes(probe.text)) {
			score[t] = exactScore(text, probe);
			continue;
		}
		score[t] = -1;
		// fuse.js scores a pattern of more than 32 characters by chunks: no spans for those.
		const spans =
			probe.text.length > MAX_BITAP_LENGTH ? [text] : fuzzySpans(text, probe.text, grams, errors);
		for (const span of spans) {
			let slot = distinct.get(span);
			if (slot === undefined) {
				slot = spanTexts.push(span) - 1;
				distinct.set(span, slot);
			}
			owners.push(t);
			slots.push(slot);
		}
	}
	const scores = fuseScores(spanTexts, probe.text, alphabet);
	for (let k = 0; k < owners.length; k += 1) {
		const s = scores[slots[k]!]!;
		const t = owners[k]!;
		if (s >= 0 && (score[t]! < 0 || s < score[t]!)) score[t] = s;
	}
}
