// What shuro's fast paths know of a character, in one table: one entry per BMP code unit.
// Four questions are asked of nearly every character of every report and every frame, and
// the Unicode answers (regexes with \p{…}, Intl.Segmenter, string-width) are too slow to
// ask each time:
//   - STANDALONE: never joins a neighbour into one grapheme cluster (graphemes.ts);
//   - its width, for the simple characters whose string-width answer is their East Asian
//     Width (fast-width.ts, width-cache.ts); 0 means: ask string-width;
//   - MARK: joins the character before it when search folds text (search/normalize.ts);
//   - its script, for wrap detection in report cells (report/clean.ts).
// STANDALONE is filled from its ranges when the module loads (a few thousand ranges'
// worth of stores); the rest is worked out per code unit on first sight, as most of the
// table is never met. test/text/char-class.test.ts checks every BMP code unit against
// Intl.Segmenter, string-width and the Unicode properties behind each bit.
import {eastAsianWidth} from 'get-east-asian-width';

/** Inclusive BMP ranges. */
type Ranges = ReadonlyArray<readonly [number, number]>;

/**
 * Characters whose grapheme-break property is Other or Control, so they never join a
 * neighbour: no combining marks (3099–309A, 302A–302F, FF9E–FF9F are left out), no
 * joiners or variation selectors, no surrogates, no Hangul jamo, no CR.
 */
const STANDALONE_RANGES: Ranges = [
	[0x20, 0x7e],
	[0xa0, 0xff],
	[0x2010, 0x2027],
	[0x2030, 0x205e],
	[0x2100, 0x27bf],
	[0x3000, 0x3029],
	[0x3030, 0x3096],
	[0x309b, 0x30ff],
	[0x3105, 0x312f],
	[0x3190, 0x9fff],
	[0xf900, 0xfaff],
	[0xff01, 0xff9d],
];

/**
 * Characters that never join a neighbour into one grapheme, are visible, and are not
 * emoji by default: string-width gives each its East Asian Width. Left out on purpose:
 * U+00AD (soft hyphen, zero width), U+302A–U+302F and U+3099–U+309A (combining),
 * U+FE00–U+FE0F (variation selectors), U+FF9E–U+FF9F (half-width sound marks, which join
 * the kana before them), U+3164 (Hangul filler, zero width).
 */
const SIMPLE_WIDTH_RANGES: Ranges = [
	[0x20, 0x7e],
	[0xa0, 0xac],
	[0xae, 0xff],
	[0x2010, 0x2027],
	[0x2030, 0x205e],
	[0x2100, 0x23ff],
	[0x2460, 0x27bf],
	[0x2e80, 0x3029],
	[0x3030, 0x3098],
	[0x309b, 0x3163],
	[0x3165, 0x33ff],
	[0x3400, 0x4dbf],
	[0x4e00, 0x9fff],
	[0xac00, 0xd7a3],
	[0xf900, 0xfaff],
	[0xfe30, 0xfe6b],
	[0xff01, 0xff9d],
	[0xffe0, 0xffe6],
];

// The bits of an entry.
/** Width kinds (WIDTH_MASK): not simple (ask string-width), narrow, wide, ambiguous. */
export const WIDTH_UNKNOWN = 0;
const NARROW = 1;
const WIDE = 2;
export const AMBIGUOUS = 3;
const WIDTH_MASK = 3;
const WIDTH_KNOWN = 1 << 2;
const MARK = 1 << 3;
const MARK_KNOWN = 1 << 4;
export const HIRAGANA = 1 << 5;
/** Han or Katakana, or ー 々 〆. */
export const KANJI_KATA = 1 << 6;
/** Han, Katakana or Hiragana, or ー 々 〆. */
export const CJK = 1 << 7;
/** Closes a phrase: 」』）)】、。 */
export const CLOSER = 1 << 8;
/** A to Z, a to z. */
export const LATIN = 1 << 9;
/** 、， */
export const OPENER = 1 << 10;
const SCRIPT_MASK = HIRAGANA | KANJI_KATA | CJK | CLOSER | LATIN | OPENER;
const SCRIPT_KNOWN = 1 << 11;
const STANDALONE = 1 << 12;

const table = new Uint16Array(0x10000);
for (const [from, to] of STANDALONE_RANGES) for (let c = from; c <= to; c++) table[c] = STANDALONE;

/** Whether every UTF-16 unit of `text` is a STANDALONE character (so each is one grapheme). */
export function isStandaloneText(text: string): boolean {
	for (let i = 0; i < text.length; i++)
		if ((table[text.charCodeAt(i)]! & STANDALONE) === 0) return false;
	return true;
}

/** string-width's width kind of the unit `c`: WIDTH_UNKNOWN unless it is a simple character. */
export function widthKind(c: number): number {
	const entry = table[c]!;
	if (entry & WIDTH_KNOWN) return entry & WIDTH_MASK;
	let kind = WIDTH_UNKNOWN;
	if (SIMPLE_WIDTH_RANGES.some(([from, to]) => c >= from && c <= to)) {
		const narrow = eastAsianWidth(c);
		const wide = eastAsianWidth(c, {ambiguousAsWide: true});
		kind = narrow === wide ? (narrow === 2 ? WIDE : NARROW) : AMBIGUOUS;
	}
	table[c] = entry | WIDTH_KNOWN | kind;
	return kind;
}

/** A combining mark (\p{M}) or a half-width sound mark (ﾞ ﾟ): it joins the unit before it. */
export function isMark(c: number): boolean {
	const entry = table[c]!;
	if (entry & MARK_KNOWN) return (entry & MARK) !== 0;
	// Nothing below U+0300 is a mark; kana and kanji are the common case.
	const mark =
		c >= 0x300 &&
		!(c >= 0x3041 && c <= 0x3096) &&
		!(c >= 0x30a1 && c <= 0x30fa) &&
		!(c >= 0x4e00 && c <= 0x9fff) &&
		(c === 0xff9e || c === 0xff9f || /\p{M}/u.test(String.fromCharCode(c)));
	table[c] = entry | MARK_KNOWN | (mark ? MARK : 0);
	return mark;
}

const HIRAGANA_CHAR = /\p{Script=Hiragana}/u;
const KANJI_KATA_CHAR = /[\p{Script=Han}\p{Script=Katakana}ー々〆]/u;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー々〆]/u;
const CLOSER_CHAR = /[」』）)】、。]/u;
const LATIN_CHAR = /[A-Za-z]/;

/** The script bits (HIRAGANA … OPENER) of one character, a surrogate pair included. */
export function scriptOfChar(char: string): number {
	return (
		(HIRAGANA_CHAR.test(char) ? HIRAGANA : 0) |
		(KANJI_KATA_CHAR.test(char) ? KANJI_KATA : 0) |
		(CJK_CHAR.test(char) ? CJK : 0) |
		(CLOSER_CHAR.test(char) ? CLOSER : 0) |
		(LATIN_CHAR.test(char) ? LATIN : 0) |
		(char === '、' || char === '，' ? OPENER : 0)
	);
}

/** The script bits of the unit `c` (not a surrogate: see scriptOfChar). */
export function scriptOf(c: number): number {
	const entry = table[c]!;
	if (entry & SCRIPT_KNOWN) return entry & SCRIPT_MASK;
	const bits = scriptOfChar(String.fromCharCode(c));
	table[c] = entry | SCRIPT_KNOWN | bits;
	return bits;
}
