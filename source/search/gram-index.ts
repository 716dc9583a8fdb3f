// Character unigram and bigram inverted index over the distinct normalised field texts
// (one posting per text, not per program: a program has ~7 strings and usually only one
// of them can match; and not per string: ~3.6 strings share each text at 25,000
// programs), used to pick the few strings worth handing to fuse.js.
// Stored as compressed sparse rows (one offsets array and one postings array per gram
// size) to keep 25,000 programs small. Unigrams are keyed by UTF-16 unit; bigrams are
// hashed into up to 2^18 buckets: a collision only adds candidates (every candidate is
// verified), it never loses one. A small corpus gets fewer buckets, no more than it has
// characters (the seeds: 2^14): the arrays of 2^18 buckets, 3.5 MB while the index was
// built and 1.5 MB after, were the largest part of the index for 85 programs (issue 17).
import {finish, type SearchCorpus} from './corpus.js';

const BIGRAM_BITS = 18;
const MIN_BIGRAM_BITS = 10;
const UNIGRAM_BUCKETS = 1 << 16;

/** Bits of bigram bucket for texts of `characters` characters in all (at most one bucket each). */
export function bigramBitsFor(characters: number): number {
	return Math.max(MIN_BIGRAM_BITS, Math.min(BIGRAM_BITS, Math.ceil(Math.log2(characters + 1))));
}

/** Text ids in 16 bits while there are at most 65,536 texts (25,000 programs have ~47,000): half the memory. */
export type PostingIds = Uint16Array | Uint32Array;

type Postings = {offsets: Uint32Array; ids: PostingIds};

export type GramIndex = {
	/** Postings are text ids (SearchCorpus.textId), not string ids. */
	textCount: number;
	unigrams: Postings;
	bigrams: Postings;
	/** 32 − the bits of a bigram bucket: a bigram's bucket is its hash >>> tagBits (bigramKey). */
	tagBits: number;
	/**
	 * Per bigram bucket: which bigram its texts hold, when they all hold the same one
	 * (PURE | the hash's low tagBits bits), or COLLIDED. The hash multiplies by an odd
	 * number, a bijection on 32 bits, so a bucket and the low bits name one bigram: a
	 * two-character word whose bucket is pure needs no check that its candidate texts hold
	 * it. 16 bits each at 2^18 buckets, 32 with fewer (more low bits).
	 */
	bigramTags: Uint16Array | Uint32Array;
};

/** The tag of bigram bucket tags: the hash's low bits, PURE, or COLLIDED. */
const pureTag = (hash: number, tagBits: number) =>
	((1 << tagBits) | (hash & ((1 << tagBits) - 1))) >>> 0;
const collided = (tagBits: number) => 2 ** (tagBits + 1);

function bigramHash(a: number, b: number): number {
	return Math.imul(((a << 16) | b) >>> 0, 0x9e3779b1) >>> 0;
}

/** The bucket of bigram `a b` (tagBits: the index's; by default, that of 2^18 buckets). */
export function bigramKey(a: number, b: number, tagBits = 32 - BIGRAM_BITS): number {
	return bigramHash(a, b) >>> tagBits;
}

/** Whether every text in the bucket of `a b` holds `a b` itself. */
export function isPureBigram(index: GramIndex, a: number, b: number): boolean {
	const hash = bigramHash(a, b);
	return index.bigramTags[hash >>> index.tagBits] === pureTag(hash, index.tagBits);
}

type Pass = {
	last: Int32Array;
	/** Counting pass: offsets[bucket + 1] counts; placing pass: cursor[bucket] is where to write. */
	offsets: Uint32Array;
	cursor: Uint32Array | null;
	ids: PostingIds;
};

function pass(buckets: number): Pass {
	return {
		last: new Int32Array(buckets).fill(-1),
		offsets: new Uint32Array(buckets + 1),
		cursor: null,
		ids: new Uint32Array(0),
	};
}

/** Texts per step of the incremental build (~0.3 ms each warm; 2,048 took up to 15 ms cold). */
const TEXTS_PER_STEP = 512;

/**
 * One pass over texts [from, to) noting each (gram, text) pair once: counted into
 * `offsets` (slot key + 1) while `cursor` is null, else written at `cursor[key]++`.
 * The arrays are locals and the two grams inlined: this loop runs over every character.
 */
function scanSlice(
	texts: readonly string[],
	from: number,
	to: number,
	uni: Pass,
	bi: Pass,
	tags: Uint16Array | Uint32Array,
	tagBits: number,
): void {
	const uniLast = uni.last;
	const biLast = bi.last;
	const uniCursor = uni.cursor;
	const biCursor = bi.cursor;
	if (uniCursor === null || biCursor === null) {
		const uniCounts = uni.offsets;
		const biCounts = bi.offsets;
		const tagMask = (1 << tagBits) - 1;
		const pure = 2 ** tagBits;
		const collidedTag = collided(tagBits);
		for (let id = from; id < to; id += 1) {
			const text = texts[id]!;
			let previous = -1;
			for (let i = 0; i < text.length; i += 1) {
				const c = text.charCodeAt(i);
				if (uniLast[c] !== id) {
					uniLast[c] = id;
					uniCounts[c + 1]! += 1;
				}
				if (previous >= 0) {
					const hash = bigramHash(previous, c);
					const b = hash >>> tagBits;
					if (biLast[b] !== id) {
						biLast[b] = id;
						biCounts[b + 1]! += 1;
					}
					const tag = pure + (hash & tagMask);
					if (tags[b] !== tag) tags[b] = tags[b] === 0 ? tag : collidedTag;
				}
				previous = c;
			}
		}
		return;
	}
	const uniIds = uni.ids;
	const biIds = bi.ids;
	for (let id = from; id < to; id += 1) {
		const text = texts[id]!;
		let previous = -1;
		for (let i = 0; i < text.length; i += 1) {
			const c = text.charCodeAt(i);
			if (uniLast[c] !== id) {
				uniLast[c] = id;
				uniIds[uniCursor[c]!++] = id;
			}
			if (previous >= 0) {
				const b = bigramHash(previous, c) >>> tagBits;
				if (biLast[b] !== id) {
					biLast[b] = id;
					biIds[biCursor[b]!++] = id;
				}
			}
			previous = c;
		}
	}
}

/** One pass over all texts in id order, yielding between slices. */
function* scan(
	texts: readonly string[],
	uni: Pass,
	bi: Pass,
	tags: Uint16Array | Uint32Array,
	tagBits: number,
): Generator<void, void> {
	for (let from = 0; from < texts.length; from += TEXTS_PER_STEP) {
		if (from > 0) yield;
		const to = Math.min(texts.length, from + TEXTS_PER_STEP);
		scanSlice(texts, from, to, uni, bi, tags, tagBits);
	}
}

/**
 * Turns counts into offsets, allocates the postings and arms the placing pass, in steps:
 * at 262,144 bigram buckets the four pieces took up to ~18 ms in one (issue 17).
 */
function* allocate(p: Pass, textCount: number): Generator<void, void> {
	const {offsets} = p;
	for (let k = 1; k < offsets.length; k += 1) offsets[k]! += offsets[k - 1]!;
	yield;
	const total = offsets[offsets.length - 1]!;
	p.ids = textCount <= 0x10000 ? new Uint16Array(total) : new Uint32Array(total);
	yield;
	p.cursor = offsets.slice(0, offsets.length - 1);
	yield;
	p.last.fill(-1);
}

/** Two passes over the text: count postings per bucket, then place them; yields between slices. */
export function* buildGramIndexSteps(
	corpus: SearchCorpus,
	bigramBits = bigramBitsFor(characters(corpus.texts)),
): Generator<void, GramIndex> {
	const tagBits = 32 - bigramBits;
	const uni = pass(UNIGRAM_BUCKETS);
	yield;
	const bi = pass(1 << bigramBits);
	const bigramTags =
		tagBits + 2 <= 16 ? new Uint16Array(1 << bigramBits) : new Uint32Array(1 << bigramBits);
	yield;
	yield* scan(corpus.texts, uni, bi, bigramTags, tagBits);
	yield;
	yield* allocate(uni, corpus.texts.length);
	yield;
	yield* allocate(bi, corpus.texts.length);
	yield;
	yield* scan(corpus.texts, uni, bi, bigramTags, tagBits);
	return {
		textCount: corpus.texts.length,
		unigrams: {offsets: uni.offsets, ids: uni.ids},
		bigrams: {offsets: bi.offsets, ids: bi.ids},
		tagBits,
		bigramTags,
	};
}

function characters(texts: readonly string[]): number {
	let sum = 0;
	for (const text of texts) sum += text.length;
	return sum;
}

/** The index; `bigramBits` (tests): buckets other than those the texts' size gives. */
export function buildGramIndex(corpus: SearchCorpus, bigramBits?: number): GramIndex {
	return finish(buildGramIndexSteps(corpus, bigramBits));
}

/** The sorted ids of the texts holding a gram, as a view (no copy). */
export function postings(list: Postings, key: number): PostingIds {
	return list.ids.subarray(list.offsets[key]!, list.offsets[key + 1]!);
}
