// Wrapped paragraphs as lines: a first-line prefix (a label or bullet) and a hanging indent.
import {fitLine, type Line, type Segment} from './line.js';
import {displayWidth, pad, type WidthOptions, wrap} from '../text/width.js';

export function paragraph(
	text: string,
	width: number,
	options: WidthOptions,
	prefix = '',
	style: Omit<Segment, 'text'> = {},
): Line[] {
	const indent = Math.min(displayWidth(prefix, options), Math.max(0, width - 4));
	const body = Math.max(1, width - indent);
	const rows = wrap(text, body, options);
	return rows.map((row, i) =>
		fitLine(
			[
				{text: i === 0 ? pad(prefix, indent, 'left', options) : ' '.repeat(indent)},
				{text: row, ...style},
			],
			width,
			options,
		),
	);
}

/** 'lines 3, 5–8' from [3, 5, 6, 7, 8]. */
export function lineRanges(lines: readonly number[]): string {
	const sorted = [...new Set(lines)].sort((a, b) => a - b);
	const parts: string[] = [];
	let i = 0;
	while (i < sorted.length) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
		parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
		i = j + 1;
	}
	return parts.join(', ');
}
