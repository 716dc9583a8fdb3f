// The load-time fast paths against the plain versions they replaced: same output for
// any input. The plain versions live here as the reference.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {cleanText, measureWraps, printWidth, type WrapProfile} from '../../source/report/clean.js';

const PIECES = [
	' ',
	' ',
	' ',
	'  ',
	' - ',
	'-',
	'\u00a0',
	'\t',
	'\u3000',
	'の',
	'と',
	'を',
	'に',
	'訓',
	'練',
	'事',
	'業',
	'テ',
	'レ',
	'ー',
	'々',
	'、',
	'。',
	'」',
	'「',
	'）',
	'I',
	'T',
	'Wi',
	'e',
	'0',
	'5',
	'２',
	'𠮷',
	'ｶ',
];
const KANJI = ['訓練', '事', '業', '支援', 'テレ', '「研修」', '5人'];
const text = fc
	.array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(...KANJI)), {maxLength: 40})
	.map((a) => a.join(''));

// --- reference: cleanText and measureWraps before the range bookkeeping ---
const HIRAGANA = /\p{Script=Hiragana}/u;
const KANJI_KATA = /[\p{Script=Han}\p{Script=Katakana}ー々〆]/u;
const CJK = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー々〆]/u;
const CLOSERS = /[」』）)】、。]/u;
const lastChar = (t: string) => {
	const code = t.charCodeAt(t.length - 1);
	return code >= 0xdc00 && code <= 0xdfff ? t.slice(-2) : t.slice(-1);
};
const firstChar = (t: string) => String.fromCodePoint(t.codePointAt(0) ?? 32);
function isParticleWrap(before: string, after: string): boolean {
	if (HIRAGANA.test(after) && (CJK.test(before) || CLOSERS.test(before) || /[A-Za-z]/.test(before)))
		return true;
	return (HIRAGANA.test(before) || before === '、' || before === '，') && CJK.test(after);
}
function joinSpacedLetters(t: string): string {
	return t
		.replace(/(?<![A-Za-z])[A-Za-z](?: [A-Za-z])+(?![A-Za-z])/g, (m) => m.replace(/ /g, ''))
		.replace(/(?<=[A-Za-z]) - (?=\S)|(?<=\S) - (?=[A-Za-z])/g, '-');
}
function tightenShortLatin(t: string): string {
	return t.replace(
		/(?<=[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー、。]) ?((?<![A-Za-z])[A-Za-z]{1,2}(?:-)?(?![A-Za-z])) ?(?=[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー])/gu,
		'$1',
	);
}
function referenceClean(raw: string, profile: WrapProfile, column: number): string {
	let t = raw
		.replace(/[\t\u00a0]/g, ' ')
		.replace(/ {2,}/g, ' ')
		.trim();
	if (!t.includes(' ')) return t;
	t = joinSpacedLetters(t);
	if (!profile.wrapped) return t;
	t = tightenShortLatin(t);
	const wrapWidth = profile.columnWidths.get(column) ?? 24;
	const parts = t.split(' ');
	let out = parts[0] ?? '';
	let lineStart = 0;
	for (let i = 1; i < parts.length; i++) {
		const part = parts[i] ?? '';
		const before = lastChar(out);
		const after = firstChar(part);
		const line = out.slice(lineStart);
		const segment = out.slice(out.lastIndexOf(' ') + 1);
		let wrap = isParticleWrap(before, after);
		if (!wrap && KANJI_KATA.test(before) && KANJI_KATA.test(after)) {
			const lone = part.length === 1 || /^.[」』）)]/u.test(part);
			const full = printWidth(line) >= wrapWidth * 0.75 && !/[0-9]/.test(segment);
			wrap = lone || full;
		}
		if (wrap) {
			out += part;
			lineStart = out.length - part.length;
		} else {
			out += ` ${part}`;
		}
	}
	return out;
}
function referenceWidths(cells: Array<{column: number; text: string}>) {
	const widths = new Map<number, number[]>();
	let hits = 0;
	for (const {column, text: t} of cells) {
		if (!t.includes(' ')) continue;
		const parts = t.replace(/ {2,}/g, ' ').trim().split(' ');
		let line = parts[0] ?? '';
		for (let i = 1; i < parts.length; i++) {
			const part = parts[i] ?? '';
			if (isParticleWrap(lastChar(line), firstChar(part))) {
				hits++;
				const list = widths.get(column) ?? [];
				list.push(printWidth(line));
				widths.set(column, list);
				line = part;
			} else {
				line += ` ${part}`;
			}
		}
	}
	return {hits, widths};
}

describe('cleanText and measureWraps', () => {
	it('clean every text as the plain version does', () => {
		const profile = fc.record({
			wrapped: fc.boolean(),
			columnWidths: fc.integer({min: 1, max: 40}).map((w) => new Map([[1, w]])),
		});
		fc.assert(
			fc.property(text, profile, (t, profile) => {
				expect(cleanText(t, profile, 1)).toBe(referenceClean(t, profile, 1));
				expect(cleanText(t, profile, 2)).toBe(referenceClean(t, profile, 2));
			}),
			{numRuns: 5000},
		);
	});
	it('measure the same wrap widths as the plain version', () => {
		fc.assert(
			fc.property(fc.array(text, {maxLength: 8}), (texts) => {
				const cells = texts.map((t, i) => ({column: i % 2, text: t}));
				const {hits, widths} = referenceWidths(cells);
				const expected = new Map<number, number>();
				for (const [column, list] of widths) {
					list.sort((a, b) => a - b);
					expected.set(column, list[Math.floor(list.length / 2)] ?? 24);
				}
				expect(measureWraps(cells)).toEqual({wrapped: hits >= 3, columnWidths: expected});
			}),
			{numRuns: 5000},
		);
	});
});
