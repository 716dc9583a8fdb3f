// Renders prepared lines. Each row is memoised on its content, so moving the selection
// re-renders two rows, not the screen.
import chalk from 'chalk';
import {Box, Text} from 'ink';
import {memo} from 'react';
import type {Line, Segment, Tone} from './line.js';
import {lineKey} from './line.js';

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
 * order: ink/build/components/Text.js), so a row is one <Text> holding one string
 * rather than a <Text> per segment: a keystroke redraws ~20 rows of ~8 segments, and
 * the element, fiber and text node per segment were a third of a frame's work.
 */
function styled(segment: Segment): string {
	let text = segment.text;
	if (text === '') return text;
	if (segment.dim) text = chalk.dim(text);
	if (segment.tone) text = chalk[TONE_COLOR[segment.tone]](text);
	if (segment.bold) text = chalk.bold(text);
	if (segment.underline) text = chalk.underline(text);
	if (segment.inverse) text = chalk.inverse(text);
	return text;
}

const Row = memo(
	function Row({line}: {line: Line; id: string}) {
		return <Text wrap="truncate">{line.map(styled).join('')}</Text>;
	},
	(a, b) => a.id === b.id,
);

export function ScreenView({lines, width}: {lines: readonly Line[]; width: number}) {
	return (
		<Box flexDirection="column" width={width}>
			{lines.map((line, i) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: a screen row is its position
				<Row key={i} line={line} id={lineKey(line)} />
			))}
		</Box>
	);
}
