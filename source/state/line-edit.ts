// Editing the search line by grapheme cluster, so ←/→ and Backspace treat 𠮷 (a surrogate
// pair), が written as か+゛(a combining mark) and emoji sequences as one character.
// The cursor is a UTF-16 offset that always sits on a grapheme boundary.

import {graphemeBoundaries} from '../graphemes.js';

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
