import {describe, expect, it} from 'vitest';
import {displayRanges, mergeRanges, splitHighlighted} from '../../source/search/highlight.js';

describe('mergeRanges', () => {
	it('sorts and merges overlapping and touching ranges', () => {
		expect(
			mergeRanges([
				[5, 7],
				[0, 2],
				[1, 3],
				[3, 4],
			]),
		).toEqual([
			[0, 4],
			[5, 7],
		]);
	});
});

describe('displayRanges', () => {
	it('maps ranges on the normalised copy onto full-width text', () => {
		// normalised: 'it人材' — 'it' is [0, 2)
		expect(displayRanges('ＩＴ人材', [[0, 2]])).toEqual([[0, 2]]);
	});

	it('covers both code units of a half-width voiced kana', () => {
		// 'ｶﾞｲﾄﾞ' normalises to 'がいど'; 'が' comes from two displayed units
		expect(displayRanges('ｶﾞｲﾄﾞ', [[0, 1]])).toEqual([[0, 2]]);
		expect(displayRanges('ｶﾞｲﾄﾞ', [[2, 3]])).toEqual([[3, 5]]);
	});

	it('spans the stray spaces inside a matched word', () => {
		const text = '成長産業である I T や';
		const [range] = displayRanges(text, [[7, 9]]);
		expect(range && text.slice(...range)).toBe('I T');
	});
});

describe('splitHighlighted', () => {
	it('cuts the text into plain and highlighted runs', () => {
		expect(splitHighlighted('分身ロボットを活用', [[2, 6]])).toEqual([
			{text: '分身', highlighted: false},
			{text: 'ロボット', highlighted: true},
			{text: 'を活用', highlighted: false},
		]);
	});

	it('ignores ranges outside the text', () => {
		expect(splitHighlighted('ab', [[1, 9]])).toEqual([
			{text: 'a', highlighted: false},
			{text: 'b', highlighted: true},
		]);
	});
});
