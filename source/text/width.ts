// Width-aware text layout for a terminal where full-width characters take two cells.
// Every measurement goes through `displayWidth`, never `.length`, so CJK, half-width kana,
// surrogate pairs (𠮷) and combining marks line up. `ambiguousWide` follows string-width's
// `ambiguousIsNarrow: false`: ○ ※ ① … take two cells on terminals set up for East Asian
// ambiguous width, and layout must still add up there.
import {graphemes} from './graphemes.js';
import stringWidth from './width-cache.js';

export type WidthOptions = {ambiguousWide?: boolean};
export type Align = 'left' | 'right' | 'center';

export {graphemes} from './graphemes.js';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Terminal cells a string occupies (string-width, remembered: see width-cache.ts). */
export function displayWidth(text: string, options: WidthOptions = {}): number {
	if (PRINTABLE_ASCII.test(text)) return text.length;
	return stringWidth(text, {ambiguousIsNarrow: !options.ambiguousWide});
}

export const ELLIPSIS = '…';

/** Longest prefix of whole graphemes that fits in `width` cells, and its width. */
function fitPrefix(
	parts: readonly string[],
	width: number,
	options: WidthOptions,
): {text: string; width: number} {
	let text = '';
	let used = 0;
	for (const part of parts) {
		const w = displayWidth(part, options);
		if (used + w > width) break;
		text += part;
		used += w;
	}
	return {text, width: used};
}

/**
 * Cut `text` to at most `width` cells, ending with … when something was cut.
 * A wide character is never split: when it does not fit, the cell stays empty.
 */
export function truncate(text: string, width: number, options: WidthOptions = {}): string {
	if (width <= 0) return '';
	if (displayWidth(text, options) <= width) return text;
	const ellipsisWidth = displayWidth(ELLIPSIS, options);
	if (ellipsisWidth > width) return fitPrefix(graphemes(text), width, options).text;
	return fitPrefix(graphemes(text), width - ellipsisWidth, options).text + ELLIPSIS;
}

/** Exactly `width` cells: truncated with … when too long, filled with spaces otherwise. */
export function pad(
	text: string,
	width: number,
	align: Align = 'left',
	options: WidthOptions = {},
): string {
	if (width <= 0) return '';
	const cut = truncate(text, width, options);
	// truncate may leave one cell short when a wide character did not fit.
	const gap = width - displayWidth(cut, options);
	if (align === 'right') return ' '.repeat(gap) + cut;
	if (align === 'center') {
		const left = Math.floor(gap / 2);
		return ' '.repeat(left) + cut + ' '.repeat(gap - left);
	}
	return cut + ' '.repeat(gap);
}

// 行頭禁則: characters that must not begin a line (closing brackets, 句読点, small kana, ー).
const NO_LINE_START = new Set([
	...'、。，．,.)]）］｝〕〉》」』】〙〗〟’”»ゝゞ々ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ・：；:;!?！？…‥%％',
]);
// 行末禁則: characters that must not end a line (opening brackets).
const NO_LINE_END = new Set([...'([（［｛〔〈《「『【〘〖〝‘“«']);

const isDigit = (grapheme: string | undefined) => /^\p{Nd}$/u.test(grapheme ?? '');
/** Signs written before a figure: 約1.9億, ≈+14%, −3. */
const NUMBER_SIGN = new Set([...'+−±≈約']);

/** Whether parts[i] is part of a number: a digit, or a . or , between two digits. */
function inNumber(parts: readonly string[], i: number): boolean {
	const g = parts[i];
	if (isDigit(g)) return true;
	return (g === '.' || g === ',') && isDigit(parts[i - 1]) && isDigit(parts[i + 1]);
}

function isWordChar(grapheme: string): boolean {
	return /^[\p{Script=Latin}\p{Nd}_\-'’]+$/u.test(grapheme);
}

/**
 * Wrap to lines of at most `width` cells. Breaks anywhere between Japanese characters,
 * never inside a number (0.61, 1,000), keeps Latin words together where a space allows,
 * and applies basic 禁則:
 * a line never starts with 、。」） and friends, and never ends with 「（.
 */
export function wrap(text: string, width: number, options: WidthOptions = {}): string[] {
	if (width <= 0) return [];
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		lines.push(...wrapParagraph(paragraph, width, options));
	}
	return lines;
}

function wrapParagraph(text: string, width: number, options: WidthOptions): string[] {
	// A grapheme wider than the whole line can never be placed; show a one-cell stand-in.
	const parts = graphemes(text).map((g) => (displayWidth(g, options) > width ? '?' : g));
	const lines: string[] = [];
	let start = 0;
	while (start < parts.length) {
		let end = start;
		let used = 0;
		while (end < parts.length) {
			const w = displayWidth(parts[end]!, options);
			if (used + w > width) break;
			used += w;
			end++;
		}
		if (end < parts.length) end = adjustBreak(parts, start, end);
		let line = parts.slice(start, end).join('');
		// Spaces at a break belong to neither line.
		if (end < parts.length) line = line.replace(/ +$/, '');
		lines.push(line);
		start = end;
		while (start < parts.length && parts[start] === ' ' && start > 0) start++;
	}
	return lines.length > 0 ? lines : [''];
}

/** Move a break at `end` back so that 禁則 and Latin words are respected; never empties the line. */
function adjustBreak(parts: readonly string[], start: number, end: number): number {
	let cut = end;
	// 追い出し: pull characters down until the next line does not start with a forbidden one
	// and this line does not end with an opening bracket.
	while (
		cut - 1 > start &&
		(NO_LINE_START.has(parts[cut] ?? '') || NO_LINE_END.has(parts[cut - 1] ?? ''))
	) {
		cut--;
	}
	if (cut - 1 <= start) cut = end;
	// Never inside a figure: 0.61 or 1,000社 cut in two reads as two numbers. The break
	// moves to before the number and its sign (≈+5,000万), unless that empties the line.
	const before = parts[cut - 1] ?? '';
	if (inNumber(parts, cut) && (inNumber(parts, cut - 1) || NUMBER_SIGN.has(before))) {
		let first = cut;
		while (first > start && inNumber(parts, first - 1)) first--;
		while (first > start && NUMBER_SIGN.has(parts[first - 1] ?? '')) first--;
		// 行末禁則 still: an opening bracket goes down with the figure it opens.
		while (first > start && NO_LINE_END.has(parts[first - 1] ?? '')) first--;
		if (first > start) return first;
	}
	// Keep a Latin word whole when a space earlier on the line allows it.
	if (isWordChar(parts[cut] ?? '') && isWordChar(parts[cut - 1] ?? '')) {
		for (let i = cut - 1; i > start; i--) {
			if (parts[i] === ' ') return i + 1;
			if (!isWordChar(parts[i]!)) break;
		}
	}
	return cut;
}
