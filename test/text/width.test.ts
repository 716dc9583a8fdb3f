import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {displayWidth, graphemes, pad, truncate, wrap} from '../../source/text/width.js';
import {PRINTABLE_PIECES} from '../helpers/arbitrary.js';

const wide = {ambiguousWide: true};

const text = fc.array(fc.constantFrom(...PRINTABLE_PIECES), {maxLength: 60}).map((a) => a.join(''));
const options = fc.constantFrom({}, wide);

describe('displayWidth', () => {
	it('counts full-width as two cells and half-width kana as one', () => {
		expect(displayWidth('テレワーク')).toBe(10);
		expect(displayWidth('ｶﾅ')).toBe(2);
		expect(displayWidth('𠮷')).toBe(2);
		expect(displayWidth('か\u3099')).toBe(2);
	});
	it('counts ambiguous characters as two cells with ambiguousWide', () => {
		expect(displayWidth('○※①')).toBe(3);
		expect(displayWidth('○※①', wide)).toBe(6);
	});
});

describe('truncate', () => {
	it('ends with an ellipsis and never splits a wide character', () => {
		expect(truncate('女性再就職支援事業', 9)).toBe('女性再就…');
		expect(truncate('女性再就職支援事業', 10)).toBe('女性再就…');
		expect(displayWidth(truncate('女性再就職支援事業', 10))).toBe(9);
		expect(truncate('短い', 10)).toBe('短い');
	});
	it('measures the ellipsis itself as two cells with ambiguousWide', () => {
		expect(truncate('女性再就職支援事業', 10, wide)).toBe('女性再就…');
		expect(displayWidth('女性再就…', wide)).toBe(10);
	});
	it('never exceeds the width and keeps whole graphemes (property)', () => {
		fc.assert(
			fc.property(text, fc.integer({min: 0, max: 40}), options, (t, w, o) => {
				const out = truncate(t, w, o);
				expect(displayWidth(out, o)).toBeLessThanOrEqual(w);
				const kept = out.endsWith('…') && out !== t ? out.slice(0, -1) : out;
				expect(t.startsWith(kept)).toBe(true);
				// The kept part ends on a grapheme boundary of the original.
				// The kept part is whole graphemes of the original.
				const keptParts = graphemes(kept);
				expect(keptParts).toEqual(graphemes(t).slice(0, keptParts.length));
			}),
		);
	});
});

describe('pad', () => {
	it('aligns left, right and centre by display width', () => {
		expect(pad('予算', 6)).toBe('予算  ');
		expect(pad('予算', 6, 'right')).toBe('  予算');
		expect(pad('予算', 7, 'center')).toBe(' 予算  ');
	});
	it('fills the cell a wide character could not take with a space', () => {
		expect(pad('女性再就職', 6)).toBe('女性… ');
	});
	it('always hits the exact width (property)', () => {
		fc.assert(
			fc.property(
				text,
				fc.integer({min: 0, max: 40}),
				fc.constantFrom('left', 'right', 'center' as const),
				options,
				(t, w, align, o) => {
					expect(displayWidth(pad(t, w, align, o), o)).toBe(w);
				},
			),
		);
	});
});

describe('wrap', () => {
	it('keeps 、。」） off the start of a line (禁則)', () => {
		const lines = wrap('あいうえお、かきくけこ。', 10);
		expect(lines).toEqual(['あいうえ', 'お、かきく', 'けこ。']);
		for (const line of lines) expect(line.startsWith('、')).toBe(false);
	});
	it('does not end a line with an opening bracket', () => {
		const lines = wrap('あいう「えお」かき', 8);
		for (const line of lines) expect(line.endsWith('「')).toBe(false);
		expect(lines.join('')).toBe('あいう「えお」かき');
	});
	it('never cuts a figure in two: the break moves to before the number and its sign', () => {
		expect(wrap('概要の一致 0.35、名称の一致 0.61、計画 1000社', 28)).toEqual([
			'概要の一致 0.35、名称の一致',
			'0.61、計画 1000社',
		]);
		expect(wrap('予算の増減は≈+5,000万円', 16)).toEqual(['予算の増減は', '≈+5,000万円']);
		expect(wrap('達成率は約1.95倍', 12)).toEqual(['達成率は', '約1.95倍']);
		expect(wrap('計画の数（1,000社）', 14)).toEqual(['計画の数', '（1,000社）']);
		// A number wider than the line is cut where it must be.
		expect(wrap('1234567890', 4)).toEqual(['1234', '5678', '90']);
	});
	it('never cuts a figure that fits on a line (property)', () => {
		const figure = fc.oneof(
			fc.integer({min: 0, max: 99_999}).map((n) => n.toLocaleString('en-US')),
			fc.integer({min: 0, max: 999}).map((n) => (n / 100).toFixed(2)),
		);
		// Figures always between words (two figures side by side would read as one).
		const word = fc.constantFrom('概要', 'の一致', '、', '計画', '社', '約', '≈+', '予算', '（');
		const sentence = fc
			.array(fc.tuple(word, figure), {maxLength: 15})
			.map((pairs) => pairs.map(([w, f]) => `${w}${f}`).join(''));
		fc.assert(
			fc.property(sentence, fc.integer({min: 12, max: 40}), (t, w) => {
				const lines = wrap(t, w);
				expect(lines.join('')).toBe(t);
				for (let k = 0; k + 1 < lines.length; k++) {
					const end = lines[k]!.at(-1) ?? '';
					const next = lines[k + 1]![0] ?? '';
					expect(/[0-9.,]/.test(end) && /[0-9.,]/.test(next)).toBe(false);
					// Nor between a figure and its sign, nor after an opening bracket.
					expect(/[+約]/.test(end) && /[0-9]/.test(next)).toBe(false);
					expect(end).not.toBe('（');
				}
			}),
		);
	});
	it('keeps Latin words whole where a space allows', () => {
		expect(wrap('Tokyo Future Work Award', 12)).toEqual(['Tokyo Future', 'Work Award']);
	});
	it('never exceeds the width, loses no character, and obeys 禁則 where it can (property)', () => {
		fc.assert(
			fc.property(text, fc.integer({min: 2, max: 30}), options, (t, w, o) => {
				const lines = wrap(t, w, o);
				for (const line of lines) expect(displayWidth(line, o)).toBeLessThanOrEqual(w);
				// A grapheme wider than the whole line (テ + half-width ﾞ is 3 cells) shows as '?'.
				const placeable = graphemes(t)
					.map((g) => (displayWidth(g, o) > w ? '?' : g))
					.join('');
				expect(lines.join('').replace(/ /g, '')).toBe(placeable.replace(/ /g, ''));
			}),
		);
	});
});
