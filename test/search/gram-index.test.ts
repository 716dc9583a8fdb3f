// The bigram buckets' tags (gram-index.ts): a two-character word skips the check that
// its candidate texts hold it only when its bucket holds no other bigram. Two bigrams
// that share a bucket are found by trying kanji pairs.
import {describe, expect, it} from 'vitest';
import type {SearchCorpus} from '../../source/search/corpus.js';
import {createSearchEngine} from '../../source/search/engine.js';
import {bigramKey, buildGramIndex, isPureBigram} from '../../source/search/gram-index.js';
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
