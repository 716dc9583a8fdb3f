// fast-width.ts must give exactly string-width's answer whenever it answers at all (each
// character's width is checked one by one in char-class.test.ts).
import fc from 'fast-check';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {simpleWidth} from '../../source/text/fast-width.js';

const MODES = [false, true] as const; // ambiguous characters narrow, wide
const official = (text: string, ambiguousWide: boolean) =>
	stringWidth(text, {ambiguousIsNarrow: !ambiguousWide});

const simpleCodes: number[] = [];
for (let c = 0; c < 0x10000; c += 1) {
	if (simpleWidth(String.fromCharCode(c), false) !== undefined) simpleCodes.push(c);
}

describe('simpleWidth', () => {
	it('answers for every character char-class.ts gives a width', () => {
		expect(simpleCodes.length).toBeGreaterThan(40_000);
		const text = simpleCodes.map((c) => String.fromCharCode(c)).join('');
		for (const wide of MODES) expect(simpleWidth(text, wide)).toBe(official(text, wide));
	});

	it('answers for the text of the reports and the screen', () => {
		for (const text of [
			'女性再就職支援事業',
			'ＴＯＫＹＯチャレンジネット（都）',
			'約2.9億円 ・①② ※ ○ ▶ █░ ≈ — … 「」',
			'ｶﾀｶﾅ abc 123',
			'\u001B[1;4m\u001B[33m女性\u001B[0m\u001B[39m\u001B[49m',
		]) {
			expect(simpleWidth(text, false)).toBe(official(text, false));
		}
	});

	it('leaves to string-width what it cannot answer', () => {
		for (const text of [
			'👩‍💻',
			'か\u3099',
			'ﾃﾞ',
			'𠮷',
			'a\u0301',
			'\u001B]0;title\u0007',
			'\t',
			'e\uFE0F',
		]) {
			expect(simpleWidth(text, false)).toBeUndefined();
		}
	});

	it('agrees with string-width on any mix of characters and colour codes (property)', () => {
		const piece = fc.oneof(
			fc.constantFrom(...simpleCodes).map((c) => String.fromCharCode(c)),
			fc.constantFrom(
				'\u001B[1m',
				'\u001B[22;39m',
				'\u001B[m',
				'\u001B[0;7m',
				'\u001B[38;5;1m',
				'\u001B[;1m',
			),
			fc.constantFrom(
				'ﾞ',
				'\u3099',
				'\uFE0F',
				'\u200D',
				'\u0301',
				'\u001B',
				'\u001B[12345m',
				'\u001B[1',
			),
		);
		fc.assert(
			fc.property(fc.array(piece, {maxLength: 12}), fc.boolean(), (pieces, wide) => {
				const text = pieces.join('');
				expect(simpleWidth(text, wide) ?? official(text, wide)).toBe(official(text, wide));
			}),
			{numRuns: 3000},
		);
	});
});
