// Character unigram and bigram inverted index over the normalised strings, used to pick
// the few programs worth handing to fuse.js. Stored as compressed sparse rows (one
// offsets array and one postings array per gram size) to keep 25,000 programs small.
// Unigrams are keyed by UTF-16 unit; bigrams are hashed into 2^18 buckets: a collision
// only adds candidates (every candidate is verified), it never loses one.
import type {SearchCorpus} from './corpus.js';

const BIGRAM_BITS = 18;
const UNIGRAM_BUCKETS = 1 << 16;
const BIGRAM_BUCKETS = 1 << BIGRAM_BITS;

type Postings = {offsets: Uint32Array; ids: Uint32Array};

export type GramIndex = {
	docCount: number;
	unigrams: Postings;
	bigrams: Postings;
};

export function bigramKey(a: number, b: number): number {
	return Math.imul(((a << 16) | b) >>> 0, 0x9e3779b1) >>> (32 - BIGRAM_BITS);
}

/** Visits every (doc, unigram key, bigram key or -1) of the corpus in doc order. */
function visitGrams(
	corpus: SearchCorpus,
	visit: (doc: number, unigram: number, bigram: number) => void,
): void {
	const docCount = corpus.docStart.length - 1;
	for (let d = 0; d < docCount; d += 1) {
		for (let s = corpus.docStart[d]!; s < corpus.docStart[d + 1]!; s += 1) {
			const text = corpus.normalized[s]!;
			let previous = -1;
			for (let i = 0; i < text.length; i += 1) {
				const c = text.charCodeAt(i);
				visit(d, c, previous < 0 ? -1 : bigramKey(previous, c));
				previous = c;
			}
		}
	}
}

export function buildGramIndex(corpus: SearchCorpus): GramIndex {
	const docCount = corpus.docStart.length - 1;
	const uniLast = new Int32Array(UNIGRAM_BUCKETS).fill(-1);
	const biLast = new Int32Array(BIGRAM_BUCKETS).fill(-1);
	const uniCount = new Uint32Array(UNIGRAM_BUCKETS + 1);
	const biCount = new Uint32Array(BIGRAM_BUCKETS + 1);
	visitGrams(corpus, (d, u, b) => {
		if (uniLast[u] !== d) {
			uniLast[u] = d;
			uniCount[u + 1]! += 1;
		}
		if (b >= 0 && biLast[b] !== d) {
			biLast[b] = d;
			biCount[b + 1]! += 1;
		}
	});
	for (let k = 1; k <= UNIGRAM_BUCKETS; k += 1) uniCount[k]! += uniCount[k - 1]!;
	for (let k = 1; k <= BIGRAM_BUCKETS; k += 1) biCount[k]! += biCount[k - 1]!;
	const unigrams = {offsets: uniCount, ids: new Uint32Array(uniCount[UNIGRAM_BUCKETS]!)};
	const bigrams = {offsets: biCount, ids: new Uint32Array(biCount[BIGRAM_BUCKETS]!)};
	const uniFill = uniCount.slice(0, UNIGRAM_BUCKETS);
	const biFill = biCount.slice(0, BIGRAM_BUCKETS);
	uniLast.fill(-1);
	biLast.fill(-1);
	visitGrams(corpus, (d, u, b) => {
		if (uniLast[u] !== d) {
			uniLast[u] = d;
			unigrams.ids[uniFill[u]!++] = d;
		}
		if (b >= 0 && biLast[b] !== d) {
			biLast[b] = d;
			bigrams.ids[biFill[b]!++] = d;
		}
	});
	return {docCount, unigrams, bigrams};
}

/** The sorted ids of the documents holding a gram, as a view (no copy). */
export function postings(list: Postings, key: number): Uint32Array {
	return list.ids.subarray(list.offsets[key]!, list.offsets[key + 1]!);
}
