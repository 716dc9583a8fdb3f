// Text clean-up for display. PDF extraction leaves a space wherever a cell's text
// wrapped onto a new line (`習得と 就職`, `訓練事 業`) and spaces out short Latin
// words (`I T`, `P C`). Real spaces (`オーダーメイド型 女性しごと応援出張テラス`,
// `Tokyo 就職 Navi`, `65歳以上コース 対象予定人数`) must survive.

import {
	CJK,
	CLOSER,
	HIRAGANA,
	KANJI_KATA,
	LATIN,
	OPENER,
	scriptOf,
	scriptOfChar,
} from '../text/char-class.js';

/** How a report's extraction wrapped lines; estimated once per report by `measureWraps`. */
export type WrapProfile = {
	/** The extraction put a space at line wraps (most do; the FY2024 seed does not). */
	wrapped: boolean;
	/** Typical wrapped-line width per column, in display cells. */
	columnWidths: Map<number, number>;
};

export const NO_WRAPS: WrapProfile = {wrapped: false, columnWidths: new Map()};

/**
 * Approximate print width of report text (wide = 2), used only to estimate where the
 * PDF wrapped a cell's lines. Terminal layout is measured with string-width (text/width.ts);
 * this runs on every cell of every report at load time, where string-width is too slow.
 */
export function printWidth(text: string): number {
	return rangeWidth(text, 0, text.length);
}

/** `printWidth(text.slice(from, to))` without making the slice. */
function rangeWidth(text: string, from: number, to: number): number {
	let width = 0;
	for (let i = from; i < to; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x1100 || (code >= 0xff61 && code <= 0xff9f)) width += 1;
		else if (code >= 0xd800 && code <= 0xdbff) {
			width += 2;
			i++;
		} else width += 2;
	}
	return width;
}

const lastChar = (text: string) => {
	const code = text.charCodeAt(text.length - 1);
	return code >= 0xdc00 && code <= 0xdfff ? text.slice(-2) : text.slice(-1);
};
const firstChar = (text: string) => String.fromCodePoint(text.codePointAt(0) ?? 32);

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/**
 * A space the extraction surely made at a wrap, between characters of these script
 * classes (char-class.ts): a particle on either side of it.
 */
function particleWrapOf(before: number, after: number): boolean {
	if (after & HIRAGANA && before & (CJK | CLOSER | LATIN)) return true;
	return (before & (HIRAGANA | OPENER)) !== 0 && (after & CJK) !== 0;
}

/**
 * `particleWrapOf` at the space `text[space]`, between the part text[from, space) and
 * the part text(space, to) (neither empty). Surrogates take the string path.
 */
function particleWrapAt(text: string, from: number, space: number, to: number): boolean {
	const b = text.charCodeAt(space - 1);
	const a = text.charCodeAt(space + 1);
	if (isSurrogate(b) || isSurrogate(a))
		return particleWrapOf(
			scriptOfChar(lastChar(text.slice(from, space))),
			scriptOfChar(firstChar(text.slice(space + 1, to))),
		);
	return particleWrapOf(scriptOf(b), scriptOf(a));
}

/** Joins spaced-out Latin letters (`I T` → `IT`) and drops the spaces around them next to Japanese. */
function joinSpacedLetters(text: string): string {
	// Most cells have neither pattern: a plain search rules them out faster than the lookarounds.
	let out = text;
	if (/[A-Za-z] [A-Za-z]/.test(out))
		out = out.replace(/(?<![A-Za-z])[A-Za-z](?: [A-Za-z])+(?![A-Za-z])/g, (m) =>
			m.replace(/ /g, ''),
		);
	if (out.includes(' - ')) out = out.replace(/(?<=[A-Za-z]) - (?=\S)|(?<=\S) - (?=[A-Za-z])/g, '-');
	return out;
}

/** Drops spaces between Japanese and a 1–2 letter Latin word (`である IT や` → `であるITや`). */
function tightenShortLatin(text: string): string {
	if (!/[A-Za-z]/.test(text)) return text;
	return text.replace(
		/(?<=[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー、。]) ?((?<![A-Za-z])[A-Za-z]{1,2}(?:-)?(?![A-Za-z])) ?(?=[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー])/gu,
		'$1',
	);
}

/**
 * Cleans one cell. `column` and `profile` let it recognise a space at the wrap
 * width of that column as a wrap even between two kanji (`就業技術 科`).
 */
export function cleanText(raw: string, profile: WrapProfile = NO_WRAPS, column = -1): string {
	// `includes` first: most cells have none of these, and a plain search is cheaper
	// than a regex replace that finds nothing.
	let text = raw;
	if (text.includes('\t') || text.includes('\u00a0')) text = text.replace(/[\t\u00a0]/g, ' ');
	if (text.includes('  ')) text = text.replace(/ {2,}/g, ' ');
	text = text.trim();
	if (!text.includes(' ')) return text;
	text = joinSpacedLetters(text);
	if (!profile.wrapped) return text;
	text = tightenShortLatin(text);
	const wrapWidth = profile.columnWidths.get(column) ?? 24;
	const parts = text.split(' ');
	let out = parts[0] ?? '';
	// The printed line and the segment since the last kept space are ranges of `text`
	// (a wrap only drops the one space before a part), so they are read from `text`
	// instead of slicing `out`, which would flatten it again for every part.
	let end = out.length; // end in `text` of the previous part
	let lineStart = 0; // where in `text` the current printed line began
	let segmentStart = 0; // where in `text` the text after the last kept space began
	for (let i = 1; i < parts.length; i++) {
		const part = parts[i] ?? '';
		const start = end + 1;
		// `text` has no leading, trailing or double spaces, so no part is empty and
		// `out` ends with the previous part.
		const previous = parts[i - 1] ?? '';
		const b = previous.charCodeAt(previous.length - 1);
		const a = part.charCodeAt(0);
		// The script classes of the characters either side (by their strings around a surrogate).
		const pair = isSurrogate(b) || isSurrogate(a);
		const before = pair ? scriptOfChar(lastChar(previous)) : scriptOf(b);
		const after = pair ? scriptOfChar(firstChar(part)) : scriptOf(a);
		let wrap = particleWrapOf(before, after);
		const kanjiBoth = (before & after & KANJI_KATA) !== 0;
		if (!wrap && kanjiBoth) {
			// A lone character carried over (`提 供`, `企 業」`) or a line as wide as the column.
			const lone = part.length === 1 || /^.[」』）)]/u.test(part);
			const full =
				rangeWidth(text, lineStart, end) >= wrapWidth * 0.75 &&
				!/[0-9]/.test(text.slice(segmentStart, end));
			wrap = lone || full;
		}
		if (wrap) {
			out += part;
			lineStart = start;
		} else {
			out += ` ${part}`;
			segmentStart = start;
		}
		end = start + part.length;
	}
	return out;
}

/**
 * Estimates, per column, the width at which the extraction wrapped lines, from the
 * spaces that are surely wraps (a particle next to them). Cell k is `texts[k]` in
 * `columns[k]` (two arrays rather than an object per cell: the parser collects many).
 */
export function measureWraps(columns: number[], texts: string[]): WrapProfile {
	const widths = new Map<number, number[]>();
	let hits = 0;
	for (let k = 0; k < texts.length; k++) {
		const column = columns[k]!;
		const text = texts[k]!;
		if (!text.includes(' ')) continue;
		const spaced = (text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text).trim();
		// The parts between single spaces, as ranges of `spaced` (no part is empty), and
		// the current line too.
		let lineStart = 0;
		let from = 0; // where the part before `space` begins
		for (let space = spaced.indexOf(' '); space !== -1; ) {
			const next = spaced.indexOf(' ', space + 1);
			if (particleWrapAt(spaced, from, space, next === -1 ? spaced.length : next)) {
				hits++;
				const list = widths.get(column) ?? [];
				list.push(rangeWidth(spaced, lineStart, space));
				widths.set(column, list);
				lineStart = space + 1;
			}
			from = space + 1;
			space = next;
		}
	}
	const columnWidths = new Map<number, number>();
	for (const [column, list] of widths) {
		list.sort((a, b) => a - b);
		columnWidths.set(column, list[Math.floor(list.length / 2)] ?? 24);
	}
	return {wrapped: hits >= 3, columnWidths};
}
