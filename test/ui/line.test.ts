import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {Range} from '../../source/search/types.js';
import {graphemeBoundaries} from '../../source/text/graphemes.js';
import {sanitize} from '../../source/text/sanitize.js';
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
	it('finds the grapheme cuts as a scan of them does (binary search)', () => {
		// The cuts found by a scan, as highlight found them before (a filter per range).
		const byScan = (text: string, ranges: readonly Range[]) => {
			if (ranges.length === 0) return text === '' ? [] : [{text: sanitize(text)}];
			const cuts = graphemeBoundaries(text);
			const floor = (at: number) => cuts.filter((b) => b <= at).at(-1) ?? 0;
			const ceil = (at: number) => cuts.find((b) => b >= at) ?? text.length;
			const sorted = [...ranges]
				.map(([s, e]): Range => [floor(Math.max(0, s)), ceil(Math.min(text.length, e))])
				.filter(([s, e]) => e > s)
				.sort((a, b) => a[0] - b[0]);
			const out: Array<{text: string; bold?: boolean}> = [];
			let at = 0;
			for (const [start, end] of sorted) {
				if (end <= at) continue;
				const from = Math.max(start, at);
				if (from > at) out.push({text: sanitize(text.slice(at, from))});
				out.push({text: sanitize(text.slice(from, end)), bold: true});
				at = end;
			}
			if (at < text.length) out.push({text: sanitize(text.slice(at))});
			return out.filter((s) => s.text !== '');
		};
		const pieces = fc.constantFrom('女', '性', 'a', '𠮷', 'か\u3099', '👩‍💻', '○', ' ', '\u001B');
		fc.assert(
			fc.property(
				fc.array(pieces, {maxLength: 12}).map((p) => p.join('')),
				fc.array(fc.tuple(fc.integer({min: -2, max: 30}), fc.integer({min: -2, max: 30})), {
					maxLength: 4,
				}),
				(text, ranges) => {
					const got = highlight(text, ranges as Range[]).map((s) => ({
						text: s.text,
						...(s.bold ? {bold: true} : {}),
					}));
					expect(got).toEqual(byScan(text, ranges as Range[]));
				},
			),
		);
	});
});
