// Mouse input (issue 16): SGR mouse reports (`ESC[<b;x;yM`, ink/key-input.ts hands them over)
// become the same actions as keys. The wheel scrolls the view under the pointer three rows
// a notch (side by side, the list or the detail, which takes the focus); a click on a row
// of the result list selects it. Turned on with the explorer
// (`--no-mouse` leaves it off); while it is on, the terminal selects text with Shift held.
import type {Action, ExplorerState} from '../state/explorer.js';
import type {Layout} from '../state/layout.js';

/** One SGR mouse report: button code, 1-based cell, press (M) or release (m). */
export type MouseEvent = {button: number; x: number; y: number; press: boolean};

export const WHEEL_ROWS = 3;

type Nav = {count: number; view: number};

/** Reads `ESC[<b;x;yM` / `…m`; null for anything else. */
export function parseSgrMouse(sequence: string): MouseEvent | null {
	const m = /^\u001B\[<(\d+);(\d+);(\d+)([Mm])$/u.exec(sequence);
	if (!m) return null;
	return {button: Number(m[1]), x: Number(m[2]), y: Number(m[3]), press: m[4] === 'M'};
}

/** Rows above the list's first program row: the search line and the list's header. */
const LIST_TOP = 2;

/**
 * The actions a mouse event means (several for a wheel notch), given the state, the
 * layout and the focused view's size (the screen's `nav`).
 */
export function mouseActions(
	event: MouseEvent,
	state: ExplorerState,
	layout: Layout,
	nav: {count: number; view: number},
	side?: {panes?: {list: Nav; right: Nav} | undefined; selectedId?: string | null | undefined},
): Action[] {
	if (layout.kind === 'tooSmall' || !event.press) return [];
	// Bit 6: the wheel (64 up, 65 down); bits 2–4 are Shift, Meta, Ctrl; bit 5 motion.
	if ((event.button & 64) !== 0) {
		const step: 'up' | 'down' = (event.button & 1) === 0 ? 'up' : 'down';
		const notch = (n: Nav): Action[] =>
			Array.from({length: WHEEL_ROWS}, () => ({
				type: 'move' as const,
				step,
				count: n.count,
				view: n.view,
			}));
		const panes = layout.kind === 'split' ? side?.panes : undefined;
		if (!panes) return notch(nav);
		// Side by side: the pane under the pointer scrolls, and takes the focus.
		const onList = event.x <= layout.listWidth;
		const listFocused = state.mode === 'browse' || state.mode === 'search';
		if (onList)
			return [...(listFocused ? [] : [{type: 'focusList' as const}]), ...notch(panes.list)];
		if (!listFocused) return notch(panes.right);
		const id = side?.selectedId;
		return id ? [{type: 'openDetail', id}, ...notch(panes.right)] : [];
	}
	const left = (event.button & (3 | 32)) === 0;
	if (!left || (state.mode !== 'browse' && state.mode !== 'search')) return [];
	const row = event.y - 1 - LIST_TOP;
	if (event.x > layout.listWidth || row < 0 || row >= nav.view) return [];
	const index = state.list.scroll + row;
	if (index >= nav.count) return [];
	return [{type: 'select', index, count: nav.count, view: nav.view}];
}
