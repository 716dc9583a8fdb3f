// The one character table (source/text/char-class.ts), checked once over the whole BMP
// against what it stands in for: Intl.Segmenter (STANDALONE, marks), string-width
// (widths, in both ambiguous-width modes) and the Unicode properties (scripts).
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {
	AMBIGUOUS,
	CJK,
	CLOSER,
	HIRAGANA,
	isMark,
	isStandaloneText,
	KANJI_KATA,
	LATIN,
	OPENER,
	scriptOf,
	scriptOfChar,
	WIDTH_UNKNOWN,
	widthKind,
} from '../../source/text/char-class.js';

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const clusters = (text: string) => [...segmenter.segment(text)].map((s) => s.segment);
const BMP = Array.from({length: 0x10000}, (_, c) => c);
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
const hex = (c: number) => `U+${c.toString(16).padStart(4, '0')}`;

describe('STANDALONE', () => {
	it('holds only characters Intl.Segmenter never joins to a neighbour, and the common ones', () => {
		const standalone = BMP.filter((c) => isStandaloneText(String.fromCharCode(c)));
		expect(standalone.length).toBeGreaterThan(25_000);
		const neighbours = ['a', 'か', '漢', 'ｱ', '○', '１', ' ', '—', '!'];
		const wrong: string[] = [];
		for (const code of standalone) {
			const c = String.fromCharCode(code);
			for (const n of neighbours) {
				if (clusters(`${n}${c}${c}${n}`).length !== 4) wrong.push(`${hex(code)} by ${n}`);
			}
		}
		expect(wrong).toEqual([]);
		for (const text of ['令和6年度 約1.9億円', 'ＴＯＫＹＯ（都）', 'ｶﾀｶﾅ abc']) {
			expect(isStandaloneText(text)).toBe(true);
		}
		for (const text of ['か\u3099', 'ｶﾞ', '𠮷', '\r\n', '한', 'e\u0301']) {
			expect(isStandaloneText(text)).toBe(false);
		}
	});
});

describe('widthKind', () => {
	it("gives string-width's width of every character it knows, in both modes", () => {
		const known = BMP.filter((c) => widthKind(c) !== WIDTH_UNKNOWN);
		expect(known.length).toBeGreaterThan(40_000);
		const wrong: string[] = [];
		for (const code of known) {
			const c = String.fromCharCode(code);
			const kind = widthKind(code);
			const narrow = kind === AMBIGUOUS ? 1 : kind;
			const wide = kind === AMBIGUOUS ? 2 : kind;
			if (stringWidth(c, {ambiguousIsNarrow: true}) !== narrow) wrong.push(`${hex(code)} narrow`);
			if (stringWidth(c, {ambiguousIsNarrow: false}) !== wide) wrong.push(`${hex(code)} wide`);
		}
		expect(wrong).toEqual([]);
		// Each is its own grapheme next to another, as string-width counts it.
		expect(stringWidth('女性ｶﾀｶﾅ①※')).toBe(2 + 2 + 4 + 1 + 1);
	});

	it('leaves to string-width the zero-width, joining and emoji characters', () => {
		for (const code of [
			0xad, 0x3099, 0x302a, 0xfe0f, 0xff9e, 0x3164, 0x200d, 0x1100, 0xd83d, 0x09,
		]) {
			expect(widthKind(code), hex(code)).toBe(WIDTH_UNKNOWN);
		}
	});
});

describe('isMark', () => {
	it('is a combining mark (\\p{M}) or a half-width sound mark, for every BMP unit', () => {
		const wrong = BMP.filter(
			(code) =>
				isMark(code) !==
				(code === 0xff9e || code === 0xff9f || /\p{M}/u.test(String.fromCharCode(code))),
		);
		expect(wrong.map(hex)).toEqual([]);
	});

	it('joins the character before it, as Intl.Segmenter does, for every non-spacing mark', () => {
		const wrong = BMP.filter((code) => {
			const c = String.fromCharCode(code);
			if (!isMark(code) || !(/[\p{Mn}\p{Me}]/u.test(c) || code >= 0xff9e)) return false;
			return clusters(`ｶ${c}`).length !== 1;
		});
		expect(wrong.map(hex)).toEqual([]);
	});
});

describe('scriptOf', () => {
	it('gives the script classes the Unicode properties give, for every BMP unit', () => {
		const expected = (c: string) =>
			(/\p{Script=Hiragana}/u.test(c) ? HIRAGANA : 0) |
			(/\p{Script=Han}|\p{Script=Katakana}|[ー々〆]/u.test(c) ? KANJI_KATA : 0) |
			(/\p{Script=Han}|\p{Script=Katakana}|\p{Script=Hiragana}|[ー々〆]/u.test(c) ? CJK : 0) |
			('」』）)】、。'.includes(c) ? CLOSER : 0) |
			(/^[A-Za-z]$/.test(c) ? LATIN : 0) |
			(c === '、' || c === '，' ? OPENER : 0);
		const wrong = BMP.filter(
			(code) => !isSurrogate(code) && scriptOf(code) !== expected(String.fromCharCode(code)),
		);
		expect(wrong.map(hex)).toEqual([]);
		expect(scriptOf('は'.charCodeAt(0))).toBe(HIRAGANA | CJK);
		expect(scriptOfChar('𠮷')).toBe(KANJI_KATA | CJK);
	});
});
