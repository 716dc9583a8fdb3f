import {describe, expect, it} from 'vitest';
import {highlight} from '../../source/ui/highlight.js';
import {fitLine, lineText, mergeSegments} from '../../source/ui/line.js';
import {displayWidth} from '../../source/text/width.js';

describe('fitLine', () => {
	it('pads to the width and keeps styles', () => {
		const line = fitLine([{text: '予算', bold: true}], 8);
		expect(lineText(line)).toBe('予算    ');
		expect(line[0]).toEqual({text: '予算', bold: true});
	});
	it('cuts across segments with an ellipsis in the cut segment’s style', () => {
		const line = fitLine([{text: 'テレ'}, {text: 'ワーク', bold: true}], 7);
		expect(lineText(line)).toBe('テレワ…');
		expect(line.at(-1)).toEqual({text: 'ワ…', bold: true});
		expect(
			displayWidth(lineText(fitLine([{text: '○○○○'}], 5, {ambiguousWide: true})), {
				ambiguousWide: true,
			}),
		).toBe(5);
	});
});

describe('mergeSegments', () => {
	it('joins neighbours with the same style and drops empty ones', () => {
		expect(
			mergeSegments([
				{text: 'a'},
				{text: ''},
				{text: 'b'},
				{text: 'c', bold: true},
				{text: 'd', bold: true},
			]),
		).toEqual([{text: 'ab'}, {text: 'cd', bold: true}]);
	});
});

describe('highlight', () => {
	it('styles matched ranges and sanitises each piece', () => {
		expect(highlight('女性\u001B再就職', [[3, 5]])).toEqual([
			{text: '女性␛'},
			{text: '再就', bold: true, underline: true, tone: 'match'},
			{text: '職'},
		]);
	});
	it('widens a range that splits a surrogate pair or a combining sequence', () => {
		const parts = highlight('a𠮷か\u3099', [[2, 4]]);
		expect(parts.map((p) => p.text)).toEqual(['a', '𠮷か\u3099']);
	});
});
