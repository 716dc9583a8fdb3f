// Renders prepared lines.
import chalk from 'chalk';
import {Box, Text} from 'ink';
import {useMemo} from 'react';
import type {Line, Segment, Tone} from './line.js';

// 16-colour names only; meaning is always also carried by ▶, inverse, bold or underline.
const TONE_COLOR: Record<Tone, 'cyan' | 'yellow' | 'green' | 'gray'> = {
	accent: 'cyan',
	match: 'yellow',
	good: 'green',
	warn: 'yellow',
	muted: 'gray',
};

/**
 * A segment styled exactly as Ink's <Text> would style it (same chalk calls, same
 * order: ink/build/components/Text.js), so the screen is one <Text> holding one string
 * rather than a <Text> per segment: a keystroke redraws ~20 rows of ~8 segments, and
 * the element, fiber and text node per segment were a third of a frame's work.
 */
function styled(segment: Segment, color: boolean): string {
	let text = segment.text;
	if (text === '') return text;
	if (segment.dim) text = chalk.dim(text);
	if (segment.tone && color) text = chalk[TONE_COLOR[segment.tone]](text);
	if (segment.bold) text = chalk.bold(text);
	if (segment.underline) text = chalk.underline(text);
	if (segment.inverse) text = chalk.inverse(text);
	return text;
}

/** A row as one string of styled segments. */
function styledLine(line: Line, color: boolean): string {
	let text = '';
	for (const segment of line) text += styled(segment, color);
	return text;
}

/**
 * The screen as one <Text> of styled rows: one node for React to update, Yoga to lay
 * out and Ink to draw, where a node per row cost ~3 ms a frame in layout alone. Every
 * row is exactly as wide as the screen (text/width.ts fits them), so the text never wraps;
 * Ink's incremental rendering still rewrites only the rows that changed.
 */
export function ScreenView({
	lines,
	width,
	color = true,
}: {
	lines: readonly Line[];
	width: number;
	/** false: no colours (NO_COLOR, --color=never); bold, dim, underline and inverse stay. */
	color?: boolean;
}) {
	const text = useMemo(
		() => lines.map((line) => styledLine(line, color)).join('\n'),
		[lines, color],
	);
	return (
		<Box flexDirection="column" width={width}>
			<Text>{text}</Text>
		</Box>
	);
}
