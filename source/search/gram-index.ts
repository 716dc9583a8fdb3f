// Character unigram and bigram inverted index over the distinct normalised field texts
// (one posting per text, not per program: a program has ~7 strings and usually only one
// of them can match; and not per string: ~3.6 strings share each text at 25,000
// programs), used to pick the few strings worth handing to fuse.js.
// Stored as compressed sparse rows (one offsets array and one postings array per gram
// size) to keep 25,000 programs small. Unigrams are keyed by UTF-16 unit; bigrams are
// hashed into 2^18 buckets: a collision only adds candidates (every candidate is
// verified), it never loses one.
import {finish, type SearchCorpus} from './corpus.js';

const BIGRAM_BITS = 18;
const UNIGRAM_BUCKETS = 1 << 16;
const BIGRAM_BUCKETS = 1 << BIGRAM_BITS;

/** Text ids in 16 bits while there are at most 65,536 texts (25,000 programs have ~47,000): half the memory. */
export type PostingIds = Uint16Array | Uint32Array;

type Postings = {offsets: Uint32Array; ids: PostingIds};

export type GramIndex = {
	/** Postings are text ids (SearchCorpus.textId), not string ids. */
	textCount: number;
	unigrams: Postings;
	bigrams: Postings;
	/**
	 * Per bigram bucket: which bigram its texts hold, when they all hold the same one
	 * (PURE | the hash's low bits), or COLLIDED. The hash multiplies by an odd number, a
	 * bijection on 32 bits, so a bucket and the low bits name one bigram: a two-character
	 * word whose bucket is pure needs no check that its candidate texts hold it.
	 */
	bigramTags: Uint16Array;
};

const TAG_BITS = 32 - BIGRAM_BITS;
const TAG_MASK = (1 << TAG_BITS) - 1;
const PURE = 1 << TAG_BITS;
const COLLIDED = 1 << (TAG_BITS + 1);

function bigramHash(a: number, b: number): number {
	return Math.imul(((a << 16) | b) >>> 0, 0x9e3779b1) >>> 0;
}

export function bigramKey(a: number, b: number): number {
	return bigramHash(a, b) >>> TAG_BITS;
}

/** Whether every text in the bucket of `a b` holds `a b` itself. */
export function isPureBigram(index: GramIndex, a: number, b: number): boolean {
	const hash = bigramHash(a, b);
	return index.bigramTags[hash >>> TAG_BITS] === (PURE | (hash & TAG_MASK));
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
	tags: Uint16Array,
): void {
	const uniLast = uni.last;
	const biLast = bi.last;
	const uniCursor = uni.cursor;
	const biCursor = bi.cursor;
	if (uniCursor === null || biCursor === null) {
		const uniCounts = uni.offsets;
		const biCounts = bi.offsets;
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
					const b = hash >>> TAG_BITS;
					if (biLast[b] !== id) {
						biLast[b] = id;
						biCounts[b + 1]! += 1;
					}
					const tag = PURE | (hash & TAG_MASK);
					if (tags[b] !== tag) tags[b] = tags[b] === 0 ? tag : COLLIDED;
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
				const b = bigramKey(previous, c);
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
	tags: Uint16Array,
): Generator<void, void> {
	for (let from = 0; from < texts.length; from += TEXTS_PER_STEP) {
		if (from > 0) yield;
		scanSlice(texts, from, Math.min(texts.length, from + TEXTS_PER_STEP), uni, bi, tags);
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
export function* buildGramIndexSteps(corpus: SearchCorpus): Generator<void, GramIndex> {
	const uni = pass(UNIGRAM_BUCKETS);
	yield;
	const bi = pass(BIGRAM_BUCKETS);
	const bigramTags = new Uint16Array(BIGRAM_BUCKETS);
	yield;
	yield* scan(corpus.texts, uni, bi, bigramTags);
	yield;
	yield* allocate(uni, corpus.texts.length);
	yield;
	yield* allocate(bi, corpus.texts.length);
	yield;
	yield* scan(corpus.texts, uni, bi, bigramTags);
	return {
		textCount: corpus.texts.length,
		unigrams: {offsets: uni.offsets, ids: uni.ids},
		bigrams: {offsets: bi.offsets, ids: bi.ids},
		bigramTags,
	};
}

export function buildGramIndex(corpus: SearchCorpus): GramIndex {
	return finish(buildGramIndexSteps(corpus));
}

/** The sorted ids of the texts holding a gram, as a view (no copy). */
export function postings(list: Postings, key: number): PostingIds {
	return list.ids.subarray(list.offsets[key]!, list.offsets[key + 1]!);
}
