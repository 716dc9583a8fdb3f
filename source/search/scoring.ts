// Ranking. A term's quality in a program is its best field hit, weighted by field
// (name > summary > plan/actual > sub-items > unit > pillar) and discounted by the fuse.js
// score, plus a little for each further field it appears in. Hits fall in bands, each
// wholly above the next (issue #15):
//
//   1. the word itself (or a variant, or its romaji) held exactly in the program's text;
//   2. the same, fuzzily (a changed or dropped character);
//   3. a hiragana reading's kanji (じんざい → 人材) or a synonym (高齢者 → シニア);
//   4. the pillar title only, whatever form: a pillar is shared by a dozen programs.
//
// A report number or a field filter counts as a perfect hit (FILTER_QUALITY). A
// program's score is one minus the mean quality of the query's groups, so lower is
// better as in fuse.js.
import type {Program} from '../report/model.js';
import {FIELD_ORDER} from './fields.js';
import type {MatchForm, SearchField} from './types.js';

export const FIELD_WEIGHT: Readonly<Record<SearchField, number>> = {
	name: 0.97,
	summary: 0.7,
	plan: 0.55,
	actual: 0.55,
	items: 0.5,
	unit: 0.4,
	pillar: 0.35,
};

/** FIELD_WEIGHT by field index (FIELD_ORDER). */
export const WEIGHT_BY_INDEX: readonly number[] = FIELD_ORDER.map((f) => FIELD_WEIGHT[f]);

const EXTRA_FIELD_BONUS = 0.004;
const MAX_EXTRA_FIELDS = 3;
const PILLAR_INDEX = FIELD_ORDER.indexOf('pillar');
/** fuse.js's score of a zero-error hit inside a longer string (./exact.ts). */
const EXACT_SCORE = 0.001;

/**
 * Bands: [floor, width]; a hit's weighted quality (≤ 0.97, the name's weight) is scaled
 * into its band. The gaps leave room for the extra-field bonus (3 × 0.004), and the
 * exact band tops out below FILTER_QUALITY, so qualities stay within [0, 1].
 */
const EXACT_BAND = [0.6, 0.38] as const;
const FUZZY_BAND = [0.3, 0.28] as const;
const INDIRECT_BAND = [0.15, 0.14] as const;
const PILLAR_BAND = [0, 0.14] as const;

/** The lowest quality of a full-strength hit in a program's own text (the fuzzy band's floor). */
export const OWN_TEXT_FLOOR = FUZZY_BAND[0];

/** A perfect name hit (the name is the word): the best a word can do. */
export const PERFECT_NAME = EXACT_BAND[0] + EXACT_BAND[1];
/** A report number or a field filter passed: above any word. */
export const FILTER_QUALITY = 1;

/** Forms matched at full strength: the word as typed, its variants, its romaji readings. */
export function isFullStrength(form: MatchForm): boolean {
	return form === 'direct' || form === 'variant' || form === 'romaji';
}

/** The quality of one field hit with a fuse-style score (0 = perfect), by how it matched. */
export function hitQuality(fieldIndex: number, score: number, full = true): number {
	const weighted = WEIGHT_BY_INDEX[fieldIndex]! * (1 - score);
	// Not destructured: this runs for every string a broad word matches (48,000 for 支援),
	// and destructuring the band took a sixth of such a search.
	const band =
		fieldIndex === PILLAR_INDEX
			? PILLAR_BAND
			: !full
				? INDIRECT_BAND
				: score <= EXACT_SCORE
					? EXACT_BAND
					: FUZZY_BAND;
	return band[0] + (band[1] * weighted) / FIELD_WEIGHT.name;
}

/**
 * hitQuality of an exact hit (score 0: the whole string; 0.001: inside it) by field, as
 * [field * 2] and [field * 2 + 1], for full-strength forms and for the others: the same
 * numbers, looked up for each of the strings a broad word matches.
 */
const EXACT_QUALITIES = [false, true].map((full) =>
	Float64Array.from(
		FIELD_ORDER.flatMap((_, f) => [hitQuality(f, 0, full), hitQuality(f, EXACT_SCORE, full)]),
	),
);

/** The quality of a field hit: hitQuality, looked up for the two exact scores. */
export function hitQualityOf(fieldIndex: number, score: number, full: boolean): number {
	if (score === 0) return EXACT_QUALITIES[full ? 1 : 0]![fieldIndex * 2]!;
	if (score === EXACT_SCORE) return EXACT_QUALITIES[full ? 1 : 0]![fieldIndex * 2 + 1]!;
	return hitQuality(fieldIndex, score, full);
}

/** A term's quality from its best hit and the set of fields it was found in (bit per field index). */
export function termQuality(best: number, fieldBits: number): number {
	// A perfect name hit is as good as it gets: two of them tie, and the tie-breakers
	// (newest year, then number) decide, not how often the term recurs in other fields.
	if (best >= PERFECT_NAME - 1e-12) return best;
	let fields = 0;
	for (let b = fieldBits; b; b &= b - 1) fields += 1;
	return best + EXTRA_FIELD_BONUS * Math.min(MAX_EXTRA_FIELDS, fields - 1);
}

/** Lower is better; rounded so that equal matches tie exactly and fall to the tie-breakers. */
export function programScore(qualitySum: number, groups: number): number {
	if (groups === 0) return 0;
	return Math.round(Math.max(0, 1 - qualitySum / groups) * 1e6) / 1e6;
}

/** Programs in tie-break order: newest fiscal year, then program number, then input order. */
export type TieOrder = {rankOf: Uint32Array; docAt: Uint32Array};

export function tieOrder(programs: readonly Program[]): TieOrder {
	const docAt = byNumericKey(programs) ?? byComparator(programs);
	const rankOf = new Uint32Array(programs.length);
	for (let rank = 0; rank < docAt.length; rank += 1) rankOf[docAt[rank]!] = rank;
	return {rankOf, docAt};
}

function byComparator(programs: readonly Program[]): Uint32Array {
	return Uint32Array.from(programs.keys()).sort(
		(a, b) =>
			programs[b]!.fiscalYear - programs[a]!.fiscalYear ||
			programs[a]!.no - programs[b]!.no ||
			a - b,
	);
}

/**
 * The same order as one exact numeric key per program (year, number, index packed in
 * 53 bits), sorted without a comparator: 25,000 comparator calls cost ~10 ms. Null
 * when a year or number does not fit (negative, fractional or huge).
 */
function byNumericKey(programs: readonly Program[]): Uint32Array | null {
	const count = programs.length;
	if (count >= 2 ** 20) return null;
	let maxYear = 0;
	for (const p of programs) if (p.fiscalYear > maxYear) maxYear = p.fiscalYear;
	const keys = new Float64Array(count);
	for (let d = 0; d < count; d += 1) {
		const {fiscalYear, no} = programs[d]!;
		const age = maxYear - fiscalYear;
		const fits =
			Number.isInteger(age) &&
			age >= 0 &&
			age < 2 ** 12 &&
			Number.isInteger(no) &&
			no >= 0 &&
			no < 2 ** 20;
		if (!fits) return null;
		keys[d] = (age * 2 ** 20 + no) * 2 ** 20 + d;
	}
	keys.sort();
	const docAt = new Uint32Array(count);
	for (let rank = 0; rank < count; rank += 1) docAt[rank] = keys[rank]! % 2 ** 20;
	return docAt;
}

const RANK_SPACE = 2 ** 25;

/** Matches in rank order: program indexes and their scores (typed: a broad query ranks 25,000). */
export type Ranked = {docs: Uint32Array; scores: Float64Array};

/**
 * The `limit` smallest keys, sorted. Sorting 20,000 keys to show 100 is wasteful: keys
 * below a sampled cut-off are kept when they are enough, else everything is sorted.
 */
function smallest(keys: Float64Array, limit: number): Float64Array {
	if (limit * 8 >= keys.length) return keys.sort().subarray(0, limit);
	const sample = new Float64Array(256);
	for (let i = 0; i < sample.length; i += 1)
		sample[i] = keys[Math.floor((i * keys.length) / sample.length)]!;
	sample.sort();
	// A cut-off expected to keep about 4 × limit keys.
	const cut =
		sample[Math.min(sample.length - 1, Math.ceil((4 * limit * sample.length) / keys.length))]!;
	const kept = keys.filter((k) => k <= cut);
	return (kept.length >= limit ? kept : keys).sort().subarray(0, limit);
}

/** More distinct scores than this, and ranking sorts keys instead of filling buckets. */
const MAX_BUCKETS = 32;

/**
 * Ranking by filling one bucket per distinct score while walking the programs in tie
 * order: no comparisons at all. Broad queries, which match most of 25,000 programs,
 * score in a handful of distinct values (7 for `テ`, 11 for `支援`), where sorting the
 * keys of every match took half the search. Null when the scores are too varied.
 */
function rankByBuckets(docs: Uint32Array, scores: Float64Array, order: TieOrder): Ranked | null {
	const values: number[] = []; // distinct scores in millionths, in order of appearance
	const counts: number[] = [];
	const bucketOf = new Int8Array(order.docAt.length).fill(-1);
	// Neighbouring programs often score the same: the last bucket is tried first.
	let lastValue = Number.NaN;
	let lastBucket = -1;
	for (let i = 0; i < docs.length; i += 1) {
		const value = Math.round(scores[i]! * 1e6);
		let b = lastBucket;
		if (value !== lastValue) {
			b = -1;
			for (let j = 0; j < values.length; j += 1) {
				if (values[j] === value) {
					b = j;
					break;
				}
			}
			if (b < 0) {
				if (values.length === MAX_BUCKETS) return null;
				b = values.push(value) - 1;
				counts.push(0);
			}
			lastValue = value;
			lastBucket = b;
		}
		counts[b]! += 1;
		bucketOf[docs[i]!] = b;
	}
	const next = new Uint32Array(values.length);
	const scoreOf = new Float64Array(values.length);
	let at = 0;
	for (const b of values.map((_, i) => i).sort((x, y) => values[x]! - values[y]!)) {
		next[b] = at;
		scoreOf[b] = values[b]! / 1e6;
		at += counts[b]!;
	}
	const ranked: Ranked = {
		docs: new Uint32Array(docs.length),
		scores: new Float64Array(docs.length),
	};
	for (let rank = 0; rank < order.docAt.length; rank += 1) {
		const d = order.docAt[rank]!;
		const b = bucketOf[d]!;
		if (b < 0) continue;
		const slot = next[b]!;
		next[b] = slot + 1;
		ranked.docs[slot] = d;
		ranked.scores[slot] = scoreOf[b]!;
	}
	return ranked;
}

/**
 * Sorts matches by score, then tie order: by buckets when the scores are few (above),
 * else as one numeric key per match (score in millionths above the tie rank), so
 * 20,000 matches sort without a comparator.
 */
export function rankMatches(
	docs: Uint32Array,
	scores: Float64Array,
	order: TieOrder,
	limit = docs.length,
): Ranked {
	const bucketed = rankByBuckets(docs, scores, order);
	if (bucketed) {
		return {docs: bucketed.docs.subarray(0, limit), scores: bucketed.scores.subarray(0, limit)};
	}
	const keys = new Float64Array(docs.length);
	for (let i = 0; i < docs.length; i += 1) {
		keys[i] = Math.round(scores[i]! * 1e6) * RANK_SPACE + order.rankOf[docs[i]!]!;
	}
	const top = smallest(keys, limit);
	const ranked: Ranked = {docs: new Uint32Array(top.length), scores: new Float64Array(top.length)};
	for (let i = 0; i < top.length; i += 1) {
		const key = top[i]!;
		const rank = key % RANK_SPACE;
		ranked.docs[i] = order.docAt[rank]!;
		ranked.scores[i] = (key - rank) / RANK_SPACE / 1e6;
	}
	return ranked;
}
