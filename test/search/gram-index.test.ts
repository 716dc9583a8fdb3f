// The bigram buckets' tags (gram-index.ts): a two-character word skips the check that
// its candidate texts hold it only when its bucket holds no other bigram. Two bigrams
// that share a bucket are found by trying kanji pairs.
import {describe, expect, it} from 'vitest';
import {buildCorpus, type SearchCorpus} from '../../source/search/corpus.js';
import {createSearchEngine} from '../../source/search/engine.js';
import {
	bigramBitsFor,
	bigramKey,
	buildGramIndex,
	isPureBigram,
	postings,
} from '../../source/search/gram-index.js';
import {seeds} from '../helpers/seeds.js';
import {makeProgram} from './fixtures.js';

/** Two different kanji bigrams in one bucket. */
function collidingPair(): [string, string] {
	const seen = new Map<number, string>();
	for (let a = 0x4e00; a < 0x9fff; a += 1) {
		for (let b = 0x4e00; b < 0x4e00 + 64; b += 1) {
			const key = bigramKey(a, b);
			const text = String.fromCharCode(a, b);
			const other = seen.get(key);
			if (other !== undefined) return [other, text];
			seen.set(key, text);
		}
	}
	throw new Error('no colliding bigrams');
}

const index = (texts: string[]) => buildGramIndex({texts} as unknown as SearchCorpus);
const pure = (texts: string[], word: string) =>
	isPureBigram(index(texts), word.charCodeAt(0), word.charCodeAt(1));

describe('bigram bucket tags', () => {
	const [x, y] = collidingPair();

	it('x and y share a bucket', () => {
		expect(x).not.toBe(y);
		expect(bigramKey(x.charCodeAt(0), x.charCodeAt(1))).toBe(
			bigramKey(y.charCodeAt(0), y.charCodeAt(1)),
		);
	});

	it('a bucket holding only x is pure for x, and not for y, which no text holds', () => {
		expect(pure([`前${x}後`, x], x)).toBe(true);
		expect(pure([`前${x}後`, x], y)).toBe(false);
	});

	it('a bucket holding x and y is pure for neither', () => {
		expect(pure([x, y], x)).toBe(false);
		expect(pure([x, y], y)).toBe(false);
	});

	it('an empty bucket is pure for nothing', () => {
		expect(pure(['支援'], x)).toBe(false);
	});

	it('a search for y finds only texts holding y, when x fills its bucket', () => {
		const programs = [
			makeProgram({fy: 2024, no: 1, name: `${x}事業`, summary: [`${x}を進める`]}),
			makeProgram({fy: 2024, no: 2, name: `${y}事業`, summary: ['ほかの説明']}),
			makeProgram({fy: 2024, no: 3, name: '別の事業', summary: [`${x}${x}`]}),
		];
		const fast = createSearchEngine(programs);
		const reference = createSearchEngine(programs, {indexed: false});
		for (const word of [x, y, `${x[0]}`]) {
			const found = (engine: typeof fast) =>
				engine.search(word).map((r) => `${r.program.no} ${r.score}`);
			expect(found(fast)).toEqual(found(reference));
		}
		expect(fast.search(y).map((r) => r.program.no)).toEqual([2]);
		expect(createSearchEngine(programs.slice(0, 1)).search(y).length).toBe(0);
	});
});

// Issue 17: a small corpus gets fewer bigram buckets (the 2^18 buckets' arrays were most of
// the index for the seeds). Fewer buckets can only add candidates, never lose one; the
// fast-path test holds the seeds' search results to the unindexed reference.
describe('bigram buckets sized to the corpus', () => {
	const corpus = buildCorpus(seeds().reports.flatMap((r) => r.programs));
	const characters = corpus.texts.reduce((sum, text) => sum + text.length, 0);

	it('no more buckets than the texts have characters, from 2^10 to 2^18', () => {
		expect(bigramBitsFor(0)).toBe(10);
		expect(bigramBitsFor(13_261)).toBe(14);
		expect(bigramBitsFor(5_000_000)).toBe(18);
		expect(buildGramIndex(corpus).tagBits).toBe(32 - bigramBitsFor(characters));
		expect(buildGramIndex(corpus).bigramTags).toBeInstanceOf(Uint32Array);
		expect(buildGramIndex(corpus, 18).bigramTags).toBeInstanceOf(Uint16Array);
	});

	it('every bigram of the seeds: the same texts hold it, its bucket a superset, purity exact', () => {
		const small = buildGramIndex(corpus);
		const full = buildGramIndex(corpus, 18);
		const bigrams = new Set<string>();
		for (const text of corpus.texts)
			for (let i = 1; i < text.length; i++) bigrams.add(text.slice(i - 1, i + 1));
		expect(bigrams.size).toBeGreaterThan(3000);
		for (const bigram of bigrams) {
			const [a, b] = [bigram.charCodeAt(0), bigram.charCodeAt(1)];
			const holding = corpus.texts.flatMap((text, id) => (text.includes(bigram) ? [id] : []));
			for (const index of [small, full]) {
				const found = [...postings(index.bigrams, bigramKey(a, b, index.tagBits))];
				expect(
					holding.every((id) => found.includes(id)),
					bigram,
				).toBe(true);
				const pure = isPureBigram(index, a, b);
				if (pure) expect(found, bigram).toEqual(holding);
			}
			// A bucket pure in the small index is pure in the full one (its bucket holds less).
			if (isPureBigram(small, a, b)) expect(isPureBigram(full, a, b), bigram).toBe(true);
		}
	});
});
