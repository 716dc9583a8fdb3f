// string-width's answer for the text that makes up nearly every screen: ASCII, kana,
// kanji, full-width forms and the common symbols (○ ① ▶ █ ※), with SGR colour codes.
// For these characters string-width's rules come down to one thing: each character is a
// grapheme of its own whose width is its East Asian Width (char-class.ts: which ones,
// checked against string-width in both ambiguous-width modes). Anything
// else (emoji, combining marks, surrogates, controls, other escapes) gets `undefined`,
// and the caller asks string-width, whose Unicode regexes cost ~35 ms to set up and
// compile: work the first frame no longer has to wait for.
import {AMBIGUOUS, WIDTH_UNKNOWN, widthKind} from './char-class.js';

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
		const kind = widthKind(c);
		if (kind === WIDTH_UNKNOWN) return undefined;
		width += kind === AMBIGUOUS ? (ambiguousWide ? 2 : 1) : kind;
	}
	return width;
}
