// Text clean-up for display. PDF extraction leaves a space wherever a cell's text
// wrapped onto a new line (`習得と 就職`, `訓練事 業`) and spaces out short Latin
// words (`I T`, `P C`). Real spaces (`オーダーメイド型 女性しごと応援出張テラス`,
// `Tokyo 就職 Navi`, `65歳以上コース 対象予定人数`) must survive.

const HIRAGANA = /\p{Script=Hiragana}/u;
const KANJI_KATA = /[\p{Script=Han}\p{Script=Katakana}ー々〆]/u;
const CJK = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー々〆]/u;
const OPENERS = new Set(['、', '，']);
const CLOSERS = /[」』）)】、。]/u;

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
 * PDF wrapped a cell's lines. Terminal layout is measured with string-width (ui/text.ts);
 * this runs on every cell of every report at load time, where string-width is too slow.
 */
export function printWidth(text: string): number {
	let width = 0;
	for (let i = 0; i < text.length; i++) {
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

const isHiragana = (c: string) => HIRAGANA.test(c);
const isKanjiKata = (c: string) => KANJI_KATA.test(c);
const isCjk = (c: string) => CJK.test(c);

/** A space the extraction surely made at a wrap: a particle on either side of it. */
function isParticleWrap(before: string, after: string): boolean {
	if (isHiragana(after) && (isCjk(before) || CLOSERS.test(before) || /[A-Za-z]/.test(before)))
		return true;
	return (isHiragana(before) || OPENERS.has(before)) && isCjk(after);
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
	let text = raw
		.replace(/[\t\u00a0]/g, ' ')
		.replace(/ {2,}/g, ' ')
		.trim();
	if (!text.includes(' ')) return text;
	text = joinSpacedLetters(text);
	if (!profile.wrapped) return text;
	text = tightenShortLatin(text);
	const wrapWidth = profile.columnWidths.get(column) ?? 24;
	const parts = text.split(' ');
	let out = parts[0] ?? '';
	let lineStart = 0; // index in `out` where the current printed line began
	for (let i = 1; i < parts.length; i++) {
		const part = parts[i] ?? '';
		const before = lastChar(out);
		const after = firstChar(part);
		const line = out.slice(lineStart);
		const segment = out.slice(out.lastIndexOf(' ') + 1);
		let wrap = isParticleWrap(before, after);
		if (!wrap && isKanjiKata(before) && isKanjiKata(after)) {
			// A lone character carried over (`提 供`, `企 業」`) or a line as wide as the column.
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

/**
 * Estimates, per column, the width at which the extraction wrapped lines, from the
 * spaces that are surely wraps (a particle next to them).
 */
export function measureWraps(cellsByColumn: Array<{column: number; text: string}>): WrapProfile {
	const widths = new Map<number, number[]>();
	let hits = 0;
	for (const {column, text} of cellsByColumn) {
		if (!text.includes(' ')) continue;
		const parts = text.replace(/ {2,}/g, ' ').trim().split(' ');
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
	const columnWidths = new Map<number, number>();
	for (const [column, list] of widths) {
		list.sort((a, b) => a - b);
		columnWidths.set(column, list[Math.floor(list.length / 2)] ?? 24);
	}
	return {wrapped: hits >= 3, columnWidths};
}
