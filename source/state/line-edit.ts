// Editing the search line by grapheme cluster, so ←/→ and Backspace treat 𠮷 (a surrogate
// pair), が written as か+゛(a combining mark) and emoji sequences as one character.
// The cursor is a UTF-16 offset that always sits on a grapheme boundary.

import {graphemeBoundaries} from '../text/graphemes.js';

export type LineState = {text: string; cursor: number};

const boundaries = graphemeBoundaries;

/** The nearest boundary at or before `cursor`. */
export function snap(text: string, cursor: number): number {
	let best = 0;
	for (const b of boundaries(text)) if (b <= cursor) best = b;
	return best;
}

export function insert(state: LineState, input: string): LineState {
	const at = snap(state.text, state.cursor);
	const text = state.text.slice(0, at) + input + state.text.slice(at);
	// Typed text can merge with its neighbour (a combining mark); stay on a boundary.
	return {text, cursor: snap(text, at + input.length)};
}

export function moveLeft(state: LineState): LineState {
	const prev = boundaries(state.text).filter((b) => b < state.cursor);
	return {...state, cursor: prev.at(-1) ?? 0};
}

export function moveRight(state: LineState): LineState {
	const next = boundaries(state.text).find((b) => b > state.cursor);
	return {...state, cursor: next ?? state.text.length};
}

export function deleteBack(state: LineState): LineState {
	const left = moveLeft(state);
	if (left.cursor === state.cursor) return state;
	return {
		text: state.text.slice(0, left.cursor) + state.text.slice(state.cursor),
		cursor: left.cursor,
	};
}

export function deleteForward(state: LineState): LineState {
	const right = moveRight(state);
	if (right.cursor === state.cursor) return state;
	return {
		text: state.text.slice(0, state.cursor) + state.text.slice(right.cursor),
		cursor: state.cursor,
	};
}

// Readline's word motions (Alt-b, Alt-f, Ctrl-w, Alt-Backspace): a word is a run of
// graphemes that are not white space (an ASCII or an ideographic space `　`), so a
// Japanese query moves word by word as it was typed, with spaces between its words.
const SPACE = /^\s+$/u;

function graphemeSpans(text: string): Array<{start: number; end: number; space: boolean}> {
	const bounds = boundaries(text);
	const spans: Array<{start: number; end: number; space: boolean}> = [];
	for (let i = 0; i + 1 < bounds.length; i++) {
		const start = bounds[i] ?? 0;
		const end = bounds[i + 1] ?? start;
		spans.push({start, end, space: SPACE.test(text.slice(start, end))});
	}
	return spans;
}

/** The start of the word before the cursor (spaces before the cursor skipped first). */
function wordStartBefore(state: LineState): number {
	const spans = graphemeSpans(state.text).filter((s) => s.end <= state.cursor);
	let i = spans.length - 1;
	while (i >= 0 && spans[i]?.space) i--;
	while (i >= 0 && !spans[i]?.space) i--;
	return spans[i + 1]?.start ?? state.cursor;
}

/** The end of the word after the cursor (spaces after the cursor skipped first). */
function wordEndAfter(state: LineState): number {
	const spans = graphemeSpans(state.text).filter((s) => s.start >= state.cursor);
	let i = 0;
	while (i < spans.length && spans[i]?.space) i++;
	while (i < spans.length && !spans[i]?.space) i++;
	return spans[i - 1]?.end ?? state.cursor;
}

export function wordLeft(state: LineState): LineState {
	return {...state, cursor: wordStartBefore(state)};
}

export function wordRight(state: LineState): LineState {
	return {...state, cursor: wordEndAfter(state)};
}

/** Ctrl-w and Alt-Backspace: delete the word before the cursor. */
export function deleteWordBack(state: LineState): LineState {
	const start = wordStartBefore(state);
	return {text: state.text.slice(0, start) + state.text.slice(state.cursor), cursor: start};
}

/** Ctrl-u: delete from the start of the line to the cursor. */
export function killToStart(state: LineState): LineState {
	return {text: state.text.slice(state.cursor), cursor: 0};
}

/** Ctrl-k: delete from the cursor to the end of the line. */
export function killToEnd(state: LineState): LineState {
	return {text: state.text.slice(0, state.cursor), cursor: state.cursor};
}
