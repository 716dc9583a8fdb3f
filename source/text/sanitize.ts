// Report text is untrusted input: a cell could carry ESC sequences that move the cursor,
// recolour the screen or set the window title, BiDi overrides that reorder what is shown,
// or zero-width characters that make two different names look alike. Everything a report
// says passes through `sanitize` before it reaches the screen.

// Explicit BiDi embeddings/overrides/isolates and marks (Trojan Source, CVE-2021-42574).
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
// Invisible characters that change neither layout nor meaning for a reader. ZWJ (U+200D)
// goes too (issue 19): terminals disagree on whether it glues an emoji sequence into one
// wide cell, so a row holding one is shifted in some of them; without it each emoji is
// measured and drawn on its own.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/gu;
// C0 controls except tab/newline (`sanitize` makes those spaces itself), DEL, and C1 controls (U+0080–U+009F, e.g. CSI U+009B).
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu;

/** U+2400 block "control pictures": ESC → ␛, BEL → ␇, DEL → ␡; C1 → �. */
function picture(char: string): string {
	const code = char.codePointAt(0) ?? 0;
	if (code < 0x20) return String.fromCodePoint(0x2400 + code);
	if (code === 0x7f) return '\u2421';
	return '\uFFFD';
}

/**
 * One line of inert text: controls become visible pictures (so `\x1b[2J` shows as `␛[2J`
 * and does nothing), BiDi controls and invisible characters are dropped, and tabs,
 * newlines and line/paragraph separators become spaces.
 */
export function sanitize(text: string): string {
	return text
		.replace(/[\t\n\r\u2028\u2029]/gu, ' ')
		.replace(BIDI, '')
		.replace(INVISIBLE, '')
		.replace(CONTROL, picture);
}

/** Text the user typed or pasted: drop what cannot be part of a query instead of showing it. */
export function sanitizeInput(text: string): string {
	return text
		.replace(/[\t\n\r\u2028\u2029]/gu, ' ')
		.replace(BIDI, '')
		.replace(INVISIBLE, '')
		.replace(CONTROL, '');
}

/**
 * Text kept as data (the `--csv` export): tab and newline stay (quoted cells may hold
 * them), every other control becomes its visible picture as in `sanitize`, and BiDi
 * controls are dropped. A spreadsheet never needs a raw ESC or CSI, and `shuro --csv | cat`
 * on a terminal must not run one; a picture still shows that the report had something there.
 */
export function sanitizeData(text: string): string {
	return text.replace(/\r\n?/gu, '\n').replace(BIDI, '').replace(CONTROL, picture);
}
