import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
	mapRangeToOriginal,
	normalizeForSearch,
	normalizeWithMap,
} from '../../source/search/normalize.js';

describe('normalizeForSearch', () => {
	it.each([
		['ＩＴ', 'it'],
		['IT', 'it'],
		['it', 'it'],
		['ｷｬﾘｱ', 'きゃりあ'],
		['キャリア', 'きゃりあ'],
		['ロボット', 'ろぼっと'],
		['ｶﾞｲﾄﾞ', 'がいど'],
		['Ｗｉ－Ｆｉ', 'wi-fi'],
		['①都営住宅', '1都営住宅'],
		['成長産業である I T や', '成長産業であるitや'],
		['シニア　講座', 'しにあ講座'],
		['人材', '人材'],
	])('%s → %s', (input, expected) => {
		expect(normalizeForSearch(input)).toBe(expected);
	});

	it('composes a kana and a combining voiced mark into one character', () => {
		expect(normalizeForSearch('か\u3099')).toBe('が');
	});
});

describe('normalizeWithMap', () => {
	it('points every normalised character back at its source cluster', () => {
		const map = normalizeWithMap('ｶﾞｲﾄﾞ');
		expect(map.text).toBe('がいど');
		expect(map.starts).toEqual([0, 2, 3]);
		expect(map.ends).toEqual([2, 3, 5]);
	});

	it('maps a range over dropped spaces onto the spaced original', () => {
		const text = '成長産業である I T や';
		const map = normalizeWithMap(text);
		const at = map.text.indexOf('it');
		const range = mapRangeToOriginal(map, at, at + 2);
		expect(range && text.slice(...range)).toBe('I T');
	});

	it('maps a full-width range exactly', () => {
		const text = '女性ＩＴエンジニア';
		const map = normalizeWithMap(text);
		const range = mapRangeToOriginal(map, 2, 4);
		expect(range && text.slice(...range)).toBe('ＩＴ');
	});

	it('returns null for an empty range', () => {
		expect(mapRangeToOriginal(normalizeWithMap('abc'), 1, 1)).toBeNull();
	});

	it('agrees with normalizeForSearch and keeps offsets ordered and in bounds', () => {
		const pieces = fc.constantFrom(
			'ｷ',
			'ﾞ',
			'ｬ',
			'ア',
			'あ',
			'Ａ',
			'a',
			' ',
			'　',
			'人',
			'材',
			'①',
			'㈱',
			'か\u3099',
			'😀',
			'é',
			'e\u0301',
			'-',
			'－',
			'\ud800',
			'\udc00',
			// One unit folding to two (ﬁ → fi, Ⅻ → xii), to none (tab, NBSP), or joining.
			'ﬁ',
			'Ⅻ',
			'\t',
			'\u00a0',
			'\u0301',
		);
		fc.assert(
			fc.property(fc.array(pieces, {maxLength: 20}), (parts) => {
				const text = parts.join('');
				const map = normalizeWithMap(text);
				expect(map.text).toBe(normalizeForSearch(text));
				expect(map.starts).toHaveLength(map.text.length);
				for (let i = 0; i < map.starts.length; i += 1) {
					expect(map.starts[i]!).toBeLessThan(map.ends[i]!);
					expect(map.ends[i]!).toBeLessThanOrEqual(text.length);
					if (i > 0) expect(map.starts[i]!).toBeGreaterThanOrEqual(map.starts[i - 1]!);
				}
			}),
		);
	});
});
