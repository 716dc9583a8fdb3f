// A selection in a windowed list, and a plain scroll offset, moved by the same steps.

export type Step =
	| 'up'
	| 'down'
	| 'pageUp'
	| 'pageDown'
	| 'halfPageUp'
	| 'halfPageDown'
	| 'first'
	| 'last';

/** `index` is the selected row; `scroll` the first row shown. */
export type Cursor = {index: number; scroll: number};

export const START: Cursor = {index: 0, scroll: 0};

function clamp(value: number, low: number, high: number): number {
	return Math.max(low, Math.min(high, value));
}

/** Keep `scroll` such that the selection is inside a window of `view` rows over `count`. */
export function settle(cursor: Cursor, count: number, view: number): Cursor {
	if (count <= 0) return START;
	const rows = Math.max(1, view);
	const index = clamp(cursor.index, 0, count - 1);
	let scroll = clamp(cursor.scroll, 0, Math.max(0, count - rows));
	if (index < scroll) scroll = index;
	if (index >= scroll + rows) scroll = index - rows + 1;
	return {index, scroll};
}

/** A list's rows as drawn: its cursor settled for them, and the rows [start, end) in view. */
export type ListWindow = {cursor: Cursor; start: number; end: number; view: number};

/**
 * Where a list's cursor meets the screen, once a frame: the reducer moves the cursor (and
 * its scroll) as keys ask; the results or the height may have changed since, so what is
 * drawn, and what a click lands on, is the cursor settled for `count` rows in `view`.
 */
export function listWindow(cursor: Cursor, count: number, view: number): ListWindow {
	const rows = Math.max(1, view);
	const settled = settle(cursor, count, rows);
	return {
		cursor: settled,
		start: settled.scroll,
		end: Math.min(count, settled.scroll + rows),
		view: rows,
	};
}

export function moveCursor(cursor: Cursor, step: Step, count: number, view: number): Cursor {
	const page = Math.max(1, view - 1);
	const half = Math.max(1, Math.floor(view / 2));
	const target: Record<Step, number> = {
		up: cursor.index - 1,
		down: cursor.index + 1,
		pageUp: cursor.index - page,
		pageDown: cursor.index + page,
		halfPageUp: cursor.index - half,
		halfPageDown: cursor.index + half,
		first: 0,
		last: count - 1,
	};
	return settle({index: target[step], scroll: cursor.scroll}, count, view);
}

/** Scroll a text of `count` lines in a window of `view` lines. */
export function moveScroll(scroll: number, step: Step, count: number, view: number): number {
	const page = Math.max(1, view - 1);
	const max = Math.max(0, count - view);
	const half = Math.max(1, Math.floor(view / 2));
	const target: Record<Step, number> = {
		up: scroll - 1,
		down: scroll + 1,
		pageUp: scroll - page,
		pageDown: scroll + page,
		halfPageUp: scroll - half,
		halfPageDown: scroll + half,
		first: 0,
		last: max,
	};
	return clamp(target[step], 0, max);
}
