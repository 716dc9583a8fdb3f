// Grapheme clusters (user-perceived characters): 𠮷 (a surrogate pair), が written as
// か + ゛ (a combining mark) and emoji sequences are one each. Intl.Segmenter decides,
// except for text made only of characters that always stand alone (ASCII, Latin-1,
// kana, kanji, full-width forms, common symbols): there every UTF-16 unit is its own
// cluster, and the list's highlights and truncation need that answer for each row of
// every frame. test/graphemes.test.ts checks each of those characters against
// Intl.Segmenter.
// Made on first use: constructing it loads ICU's break rules, ~8 ms of every start-up
// (issue 17), and the text of the first frame usually needs none.
let segmenter: Intl.Segmenter | undefined;
function segment(text: string): Intl.Segments {
	segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	return segmenter.segment(text);
}

/**
 * Characters whose grapheme-break property is Other or Control, so they never join a
 * neighbour: no combining marks (3099–309A, 302A–302F, FF9E–FF9F are left out), no
 * joiners or variation selectors, no surrogates, no Hangul jamo, no CR.
 */
export const STANDALONE =
	/^[\x20-\x7e\u00a0-\u00ff\u2010-\u2027\u2030-\u205e\u2100-\u27bf\u3000-\u3029\u3030-\u3096\u309b-\u30ff\u3105-\u312f\u3190-\u9fff\uf900-\ufaff\uff01-\uff9d]*$/;

/** Every grapheme boundary of `text` as a UTF-16 offset, 0 and text.length included. */
export function graphemeBoundaries(text: string): number[] {
	if (STANDALONE.test(text)) {
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
	if (STANDALONE.test(text)) return text.split('');
	const out: string[] = [];
	for (const {segment: s} of segment(text)) out.push(s);
	return out;
}
