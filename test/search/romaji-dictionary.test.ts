// source/search/romaji-dictionary.ts reads jsmigemo's dictionary piece by piece (issue 17):
// every array, and every search, must be what jsmigemo's own constructor makes of the file.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import * as jsmigemo from 'jsmigemo';
import {describe, expect, it} from 'vitest';
import {readCompactDictionary} from '../../source/search/romaji-dictionary.js';

const path = createRequire(import.meta.url).resolve('jsmigemo/migemo-compact-dict');
const bytes = readFileSync(path);
const theirs = new jsmigemo.CompactDictionary(
	bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
);
const ours = readCompactDictionary(jsmigemo, path);

/** Byte for byte, length included (a deep equal of these arrays takes seconds). */
const same = (a: ArrayBufferView, b: ArrayBufferView) =>
	a.byteLength > 0 &&
	Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
		Buffer.from(b.buffer, b.byteOffset, b.byteLength),
	);

describe('the romaji dictionary read piece by piece', () => {
	it('holds the same arrays as jsmigemo reading the whole file', () => {
		for (const trie of ['keyTrie', 'valueTrie'] as const) {
			expect(same(ours[trie].edges, theirs[trie].edges)).toBe(true);
			expect(same(ours[trie].bitVector.words, theirs[trie].bitVector.words)).toBe(true);
			expect(ours[trie].bitVector.sizeInBits).toBe(theirs[trie].bitVector.sizeInBits);
		}
		expect(same(ours.mappingBitVector.words, theirs.mappingBitVector.words)).toBe(true);
		expect(same(ours.mapping, theirs.mapping)).toBe(true);
		expect(same(ours.hasMappingBitList.words, theirs.hasMappingBitList.words)).toBe(true);
		expect(ours).toBeInstanceOf(jsmigemo.CompactDictionary);
	});

	it('finds the same words, exactly and by prefix', () => {
		for (const reading of ['きゃりあ', 'しごと', 'じんざい', 'てれわーく', 'こう', 'ろぼ', 'ん']) {
			expect([...ours.search(reading)]).toEqual([...theirs.search(reading)]);
			expect([...ours.predictiveSearch(reading)]).toEqual([...theirs.predictiveSearch(reading)]);
		}
		expect([...ours.search('こう')]).toHaveLength(242);
		expect([...ours.predictiveSearch('きゃりあ')].length).toBeGreaterThan(0);
	});
});
