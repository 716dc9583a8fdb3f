// Ink's sanitizeAnsi (ink/build/sanitize-ansi.js), with a fast path for shuro's rows.
// The build puts this function in place of Ink's own (build.mjs, `inkSanitize`).
//
// Ink runs every text node through it twice a frame (to measure it and to draw it),
// tokenizing every escape sequence to drop the ones that would move the cursor. shuro's
// rows hold colour and style codes only (SGR: ESC [ digits/;/: m), which Ink keeps as
// they are: a text with no other escape and no C1 control comes back unchanged, and
// one regex search says so. Anything else goes through Ink's own code.
import inkSanitize from '../../node_modules/ink/build/sanitize-ansi.js';

/** A C1 control, or an ESC that does not start a plain SGR sequence. */
const NOT_PLAIN_SGR = /[\u0080-\u009F]|\u001B(?!\[[\d:;]*m)/;

export default function sanitizeAnsi(text: string): string {
	return NOT_PLAIN_SGR.test(text) ? inkSanitize(text) : text;
}
