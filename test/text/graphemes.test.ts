// The fast path for standalone characters must give what Intl.Segmenter gives (which
// characters are standalone is checked one by one in char-class.test.ts).
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {isStandaloneText} from '../../source/text/char-class.js';
import {graphemeBoundaries, graphemes} from '../../source/text/graphemes.js';

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const reference = (text: string) => [...segmenter.segment(text)].map((s) => s.segment);

/** Every BMP character the fast path takes. */
const standalone: string[] = [];
for (let code = 0; code <= 0xffff; code++) {
	const c = String.fromCharCode(code);
	if (isStandaloneText(c)) standalone.push(c);
}
const NEIGHBOURS = ['a', 'か', '漢', 'ｱ', '○', '１', ' ', '—', '!'];

describe('graphemes', () => {
	it('splits text of standalone characters as Intl.Segmenter does', () => {
		expect(standalone.length).toBeGreaterThan(25_000);
		for (const n of NEIGHBOURS) {
			const text = `${n}${standalone.slice(0, 2000).join('')}${n}`;
			expect(graphemes(text)).toEqual(reference(text));
		}
	});

	it('agrees with Intl.Segmenter on random mixes, combining marks, emoji and surrogates included', () => {
		const pieces = [
			...NEIGHBOURS,
			'か\u3099',
			'ｶﾞ',
			'𠮷',
			'👩‍💻',
			'❤️',
			'e\u0301',
			'\r\n',
			'\u200d',
			'한',
			'\u1100\u1161',
		];
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...pieces, ...standalone.slice(0, 400)), {maxLength: 12}),
				(parts) => {
					const text = parts.join('');
					const expected = reference(text);
					expect(graphemes(text)).toEqual(expected);
					const ends = [0];
					for (const g of expected) ends.push((ends.at(-1) ?? 0) + g.length);
					expect(graphemeBoundaries(text)).toEqual(ends);
				},
			),
			{numRuns: 2000},
		);
	});

	it('gives [0] as the only boundary of an empty text', () => {
		expect(graphemeBoundaries('')).toEqual([0]);
		expect(graphemes('')).toEqual([]);
	});
});
