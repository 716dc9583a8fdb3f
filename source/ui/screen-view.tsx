// Renders prepared lines. Each row is memoised on its content, so moving the selection
// re-renders two rows, not the screen.
import {Box, Text} from 'ink';
import {memo} from 'react';
import type {Line, Segment, Tone} from './line.js';
import {lineKey} from './line.js';

// 16-colour names only; meaning is always also carried by ▶, inverse, bold or underline.
const TONE_COLOR: Record<Tone, string> = {
	accent: 'cyan',
	match: 'yellow',
	good: 'green',
	warn: 'yellow',
	muted: 'gray',
};

function SegmentText({segment}: {segment: Segment}) {
	return (
		<Text
			bold={segment.bold ?? false}
			inverse={segment.inverse ?? false}
			dimColor={segment.dim ?? false}
			underline={segment.underline ?? false}
			{...(segment.tone ? {color: TONE_COLOR[segment.tone]} : {})}
		>
			{segment.text}
		</Text>
	);
}

const Row = memo(
	function Row({line}: {line: Line; id: string}) {
		return (
			<Text wrap="truncate">
				{line.map((segment, i) => (
					// Segments have no identity beyond their position in the line.
					// biome-ignore lint/suspicious/noArrayIndexKey: positional segments
					<SegmentText key={i} segment={segment} />
				))}
			</Text>
		);
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
