// Prefilter: the distinct texts that can possibly match a probe, from the gram index
// (./text-scan.ts visits their strings).
// q-gram lemma: a substring within k edits of a pattern of length L keeps at least
// (L − 1) − 2k of the pattern's bigram positions and L − k of its characters, since one
// edit destroys at most two bigrams and one character. Candidates are later verified,
// so the filter only has to never drop a real match.
import {type GramIndex, bigramKey, type PostingIds, postings} from './gram-index.js';
import {type IdSet, intersect, intersectSorted} from './id-set.js';

/** fuse.js splits longer patterns into 32-character chunks; such queries skip the filter. */
const MAX_FILTERED_LENGTH = 32;

/** Per text id: gram counts, and the texts counted. */
export type Scratch = {counts: Uint16Array; touched: Uint32Array};

export function createScratch(textCount: number): Scratch {
	return {counts: new Uint16Array(textCount), touched: new Uint32Array(textCount)};
}

/** Strings holding every one of the gram lists: merge from the shortest. */
function all(lists: PostingIds[]): Uint32Array {
	const sorted = [...lists].sort((a, b) => a.length - b.length);
	const shortest = sorted[0]!;
	let result = shortest instanceof Uint32Array ? shortest : Uint32Array.from(shortest);
	for (const list of sorted.slice(1)) {
		if (result.length === 0) break;
		result = intersectSorted(result, list);
	}
	return result;
}

/** Strings where the gram positions present weigh at least `need`. */
function atLeast(
	weights: Map<number, number>,
	get: (key: number) => PostingIds,
	need: number,
	scratch: Scratch,
): Uint32Array {
	let total = 0;
	for (const weight of weights.values()) total += weight;
	if (need >= total) return all([...weights.keys()].map(get));
	const {counts, touched} = scratch;
	let n = 0;
	for (const [key, weight] of weights) {
		for (const d of get(key)) {
			if (counts[d] === 0) touched[n++] = d;
			counts[d]! += weight;
		}
	}
	const out: number[] = [];
	for (let i = 0; i < n; i += 1) {
		const d = touched[i]!;
		if (counts[d]! >= need) out.push(d);
		counts[d] = 0;
	}
	return Uint32Array.from(out).sort();
}

function weigh(keys: number[]): Map<number, number> {
	const weights = new Map<number, number>();
	for (const key of keys) weights.set(key, (weights.get(key) ?? 0) + 1);
	return weights;
}

/** Ids of the texts that may hold `text` with at most `maxErrors` edits; null: all texts. */
export function probeCandidates(
	index: GramIndex,
	scratch: Scratch,
	text: string,
	maxErrors: number,
): IdSet {
	const length = text.length;
	if (length === 0 || length > MAX_FILTERED_LENGTH) return null;
	const units: number[] = [];
	const pairs: number[] = [];
	for (let i = 0; i < length; i += 1) {
		units.push(text.charCodeAt(i));
		if (i > 0) pairs.push(bigramKey(text.charCodeAt(i - 1), text.charCodeAt(i), index.tagBits));
	}
	const bigramNeed = length - 1 - 2 * maxErrors;
	const unigramNeed = length - maxErrors;
	let result: Uint32Array | null = null;
	if (bigramNeed >= 1) {
		result = atLeast(weigh(pairs), (k) => postings(index.bigrams, k), bigramNeed, scratch);
	}
	// Counting characters pays off only where the bigram count is weak: one bigram
	// required (four characters, one error) or none (one character). With no errors,
	// all bigrams present already implies all characters present.
	const weak = bigramNeed < 2 && (maxErrors > 0 || length === 1);
	if (unigramNeed >= 1 && weak && (result === null || result.length > 0)) {
		const unigram = atLeast(weigh(units), (k) => postings(index.unigrams, k), unigramNeed, scratch);
		result = intersect(result, unigram);
	}
	return result;
}
