// The search line, scrolled sideways so the insertion point is always on screen, and the
// cell the real terminal cursor goes to (where the IME draws what is being composed).
import {fitLine, type Line, type Segment} from './line.js';
import {displayWidth, graphemes, type WidthOptions} from '../text/width.js';

const PROMPT = '検索> ';

export type SearchLine = {line: Line; cursorX: number};

export function searchLine(
	query: string,
	cursor: number,
	width: number,
	focused: boolean,
	options: WidthOptions,
): SearchLine {
	const promptWidth = displayWidth(PROMPT, options);
	const available = Math.max(1, width - promptWidth);
	const parts = graphemes(query);
	// Index of the grapheme the cursor stands before.
	let at = 0;
	let offset = 0;
	while (at < parts.length && offset < cursor) offset += parts[at++]!.length;
	// Leave one cell for the cursor itself at the end of the line.
	let start = 0;
	const before = (from: number) => displayWidth(parts.slice(from, at).join(''), options);
	while (start < at && before(start) > available - 2) start++;
	const visible = parts.slice(start).join('');
	const prompt: Segment = focused ? {text: PROMPT, bold: true, tone: 'accent'} : {text: PROMPT};
	const body: Segment =
		query === '' && !focused
			? {text: '/ で検索', dim: true}
			: query === ''
				? {text: '事業名・概要・計画などで検索', dim: true}
				: {text: visible};
	const line = fitLine([prompt, body], width, options);
	return {line, cursorX: Math.min(width - 1, promptWidth + before(start))};
}
