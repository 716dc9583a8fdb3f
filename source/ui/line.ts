// A screen line as styled segments. Every pane builds its lines with these helpers so that
// each line is exactly as wide as its pane by our own measure (see text.ts), and rows can be
// composed side by side without trusting any other width calculation.
import {
	type Align,
	displayWidth,
	ELLIPSIS,
	graphemes,
	pad,
	type WidthOptions,
} from '../text/width.js';

export type Tone = 'accent' | 'match' | 'good' | 'warn' | 'muted';

export type Segment = {
	text: string;
	bold?: boolean;
	inverse?: boolean;
	dim?: boolean;
	underline?: boolean;
	/** A 16-colour hint; never the only carrier of meaning (NO_COLOR, monochrome). */
	tone?: Tone;
};

export type Line = Segment[];

export function lineText(line: Line): string {
	return line.map((s) => s.text).join('');
}

export function lineWidth(line: Line, options: WidthOptions = {}): number {
	return displayWidth(lineText(line), options);
}

/** Cut or fill a line to exactly `width` cells, keeping segment styles; … marks a cut. */
export function fitLine(line: Line, width: number, options: WidthOptions = {}): Line {
	if (width <= 0) return [];
	const total = lineWidth(line, options);
	if (total <= width) {
		return total < width ? [...line, {text: ' '.repeat(width - total)}] : line;
	}
	const ellipsisWidth = displayWidth(ELLIPSIS, options);
	const budget = Math.max(0, width - ellipsisWidth);
	const out: Line = [];
	let used = 0;
	for (const s of line) {
		const w = displayWidth(s.text, options);
		if (used + w <= budget) {
			out.push(s);
			used += w;
			continue;
		}
		let text = '';
		for (const g of graphemes(s.text)) {
			const gw = displayWidth(g, options);
			if (used + gw > budget) break;
			text += g;
			used += gw;
		}
		if (used + ellipsisWidth <= width) {
			text += ELLIPSIS;
			used += ellipsisWidth;
		}
		out.push({...s, text});
		break;
	}
	if (used < width) out.push({text: ' '.repeat(width - used)});
	return out;
}

/** A cell of a table row: text padded/truncated to exactly `width`. */
export function cell(
	text: string,
	width: number,
	align: Align,
	options: WidthOptions,
	style: Omit<Segment, 'text'> = {},
): Segment {
	return {text: pad(text, width, align, options), ...style};
}

export function plainLine(text: string, width: number, options: WidthOptions = {}): Line {
	return fitLine([{text}], width, options);
}

export function blankLine(width: number): Line {
	return [{text: ' '.repeat(Math.max(0, width))}];
}

/** Two panes side by side with a one-cell divider. */
export function joinColumns(left: Line, right: Line, divider: Segment): Line {
	return [...left, divider, ...right];
}

function sameStyle(a: Segment, b: Segment): boolean {
	return (
		(a.bold ?? false) === (b.bold ?? false) &&
		(a.inverse ?? false) === (b.inverse ?? false) &&
		(a.dim ?? false) === (b.dim ?? false) &&
		(a.underline ?? false) === (b.underline ?? false) &&
		a.tone === b.tone
	);
}

/** Adjacent segments with the same style as one: fewer nodes for Ink to lay out per frame. */
export function mergeSegments(line: Line): Line {
	const out: Line = [];
	for (const s of line) {
		if (s.text === '') continue;
		const last = out.at(-1);
		if (last && sameStyle(last, s)) out[out.length - 1] = {...last, text: last.text + s.text};
		else out.push(s);
	}
	return out;
}

/** The ▶ column of a selectable row: the selection must show without colour too. */
export function selectionMarker(
	selected: boolean,
	width: number,
	options: WidthOptions = {},
): Segment {
	return cell(selected ? '▶' : '', width, 'left', options, {bold: selected});
}

/** A selectable row as drawn: inverse when selected. */
export function selectedRow(line: Line, selected: boolean): Line {
	return selected ? line.map((segment) => ({...segment, inverse: true})) : line;
}
