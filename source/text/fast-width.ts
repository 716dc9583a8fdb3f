// string-width's answer for the text that makes up nearly every screen: ASCII, kana,
// kanji, full-width forms and the common symbols (○ ① ▶ █ ※), with SGR colour codes.
// For these characters string-width's rules come down to one thing: each character is a
// grapheme of its own whose width is its East Asian Width (test/text/fast-width.test.ts
// checks every one of them against string-width, in both ambiguous-width modes). Anything
// else (emoji, combining marks, surrogates, controls, other escapes) gets `undefined`,
// and the caller asks string-width, whose Unicode regexes cost ~35 ms to set up and
// compile: work the first frame no longer has to wait for.
import {eastAsianWidth} from 'get-east-asian-width';

/**
 * BMP ranges (inclusive) of characters that never join a neighbour into one grapheme,
 * are visible, and are not emoji by default. Left out on purpose: U+00AD (soft hyphen,
 * zero width), U+302A–U+302F and U+3099–U+309A (combining), U+FE00–U+FE0F (variation
 * selectors), U+FF9E–U+FF9F (half-width sound marks, which join the kana before them),
 * U+3164 (Hangul filler, zero width).
 */
const SIMPLE: ReadonlyArray<readonly [number, number]> = [
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

const UNKNOWN = 0;
const NARROW = 1;
const WIDE = 2;
const AMBIGUOUS = 3;
const UNSEEN = 255;

/** Per BMP code unit, filled in as met: UNKNOWN, NARROW, WIDE or AMBIGUOUS (by option). */
const kinds = new Uint8Array(0x10000).fill(UNSEEN);

function kindOf(c: number): number {
	let kind = kinds[c]!;
	if (kind !== UNSEEN) return kind;
	kind = UNKNOWN;
	if (SIMPLE.some(([from, to]) => c >= from && c <= to)) {
		const narrow = eastAsianWidth(c);
		const wide = eastAsianWidth(c, {ambiguousAsWide: true});
		kind = narrow === wide ? (narrow === 2 ? WIDE : NARROW) : AMBIGUOUS;
	}
	kinds[c] = kind;
	return kind;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * The index just past an SGR sequence starting at `at` (ESC, '[', then up to four digits
 * and any number of ';' groups of up to four digits, then 'm', as strip-ansi reads it),
 * or -1 for anything else.
 */
function sgrEnd(text: string, at: number): number {
	if (text.charCodeAt(at + 1) !== 0x5b) return -1; // [
	let i = at + 2;
	let digits = 0;
	let first = true;
	for (; i < text.length; i += 1) {
		const c = text.charCodeAt(i);
		if (isDigit(c)) {
			digits += 1;
			if (digits > 4) return -1;
		} else if (c === 0x3b && !(first && digits === 0)) {
			first = false;
			digits = 0;
		} else break;
	}
	return text.charCodeAt(i) === 0x6d ? i + 1 : -1; // m
}

/** string-width's width of `text` when every character is a simple one; else undefined. */
export function simpleWidth(text: string, ambiguousWide: boolean): number | undefined {
	let width = 0;
	for (let i = 0; i < text.length; i += 1) {
		const c = text.charCodeAt(i);
		if (c === 0x1b) {
			const end = sgrEnd(text, i);
			if (end < 0) return undefined;
			i = end - 1;
			continue;
		}
		const kind = kindOf(c);
		if (kind === UNKNOWN) return undefined;
		width += kind === AMBIGUOUS ? (ambiguousWide ? 2 : 1) : kind;
	}
	return width;
}
