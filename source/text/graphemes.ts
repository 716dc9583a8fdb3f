// Grapheme clusters (user-perceived characters): 𠮷 (a surrogate pair), が written as
// か + ゛ (a combining mark) and emoji sequences are one each. Intl.Segmenter decides,
// except for text made only of characters that always stand alone (ASCII, Latin-1,
// kana, kanji, full-width forms, common symbols): there every UTF-16 unit is its own
// cluster, and the list's highlights and truncation need that answer for each row of
// every frame. Which characters those are is char-class.ts's (STANDALONE), checked
// against Intl.Segmenter there.
import {isStandaloneText} from './char-class.js';

// Made on first use: constructing it loads ICU's break rules, ~8 ms of every start-up
// (issue 17), and the text of the first frame usually needs none.
let segmenter: Intl.Segmenter | undefined;
function segment(text: string): Intl.Segments {
	segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	return segmenter.segment(text);
}

/** Every grapheme boundary of `text` as a UTF-16 offset, 0 and text.length included. */
export function graphemeBoundaries(text: string): number[] {
	if (isStandaloneText(text)) {
		const out = new Array<number>(text.length + 1);
		for (let i = 0; i <= text.length; i++) out[i] = i;
		return out;
	}
	const out = [0];
	for (const {index, segment: s} of segment(text)) out.push(index + s.length);
	return out;
}

/** The grapheme clusters of `text`, in order. */
export function graphemes(text: string): string[] {
	if (isStandaloneText(text)) return text.split('');
	const out: string[] = [];
	for (const {segment: s} of segment(text)) out.push(s);
	return out;
}
