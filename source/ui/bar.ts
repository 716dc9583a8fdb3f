// Achievement bars drawn to a width in cells.
import {displayWidth, type WidthOptions} from '../text/width.js';

const FULL = '█';
const EMPTY = '░';

/**
 * A bar `cells` wide, filled to `percent` (capped at 100; over 100 ends in '+').
 * Block characters are East Asian ambiguous, so the bar is built by measured width.
 */
export function bar(percent: number, cells: number, options: WidthOptions = {}): string {
	if (cells <= 0) return '';
	const unit = Math.max(displayWidth(FULL, options), displayWidth(EMPTY, options), 1);
	const slots = Math.floor(cells / unit);
	const filled = Math.max(0, Math.min(slots, Math.floor((Math.min(percent, 100) / 100) * slots)));
	let text = FULL.repeat(filled) + EMPTY.repeat(slots - filled);
	if (percent > 100 && slots > 0) text = `${FULL.repeat(slots - 1)}+`;
	return text + ' '.repeat(Math.max(0, cells - displayWidth(text, options)));
}
