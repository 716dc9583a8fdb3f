// How the screen is divided at a given size.

export const MIN_WIDTH = 60;
export const MIN_HEIGHT = 16;
/** From this width the list and the detail are shown side by side. */
export const SPLIT_WIDTH = 120;

export type Layout =
	| {kind: 'tooSmall'; width: number; height: number}
	| {
			kind: 'single' | 'split';
			width: number;
			height: number;
			/** Rows between the search line and the status line. */
			bodyHeight: number;
			/** Rows of the result list in view: the body less the list's header. */
			listRows: number;
			/** Width of the left (list) pane; equals `width` in single layout. */
			listWidth: number;
			/** Width of the right (detail) pane; 0 in single layout. */
			detailWidth: number;
	  };

export function computeLayout(width: number, height: number): Layout {
	const w = Math.max(0, Math.floor(width));
	const h = Math.max(0, Math.floor(height));
	if (w < MIN_WIDTH || h < MIN_HEIGHT) return {kind: 'tooSmall', width: w, height: h};
	const bodyHeight = h - 2;
	const listRows = bodyHeight - 1;
	if (w < SPLIT_WIDTH) {
		return {
			kind: 'single',
			width: w,
			height: h,
			bodyHeight,
			listRows,
			listWidth: w,
			detailWidth: 0,
		};
	}
	// One column between the panes for the divider.
	const listWidth = Math.floor((w - 1) / 2);
	return {
		kind: 'split',
		width: w,
		height: h,
		bodyHeight,
		listRows,
		listWidth,
		detailWidth: w - 1 - listWidth,
	};
}
