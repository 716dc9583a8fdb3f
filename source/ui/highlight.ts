// Matched characters of a name as styled segments. Ranges are UTF-16 offsets into the raw
// text; each piece is sanitised on its own so dropped control characters cannot shift them.
import {graphemeBoundaries} from '../text/graphemes.js';
import type {Range} from '../search/types.js';
import type {Segment} from './line.js';
import {sanitize} from '../text/sanitize.js';

const MATCH: Omit<Segment, 'text'> = {bold: true, underline: true, tone: 'match'};

export function highlight(text: string, ranges: readonly Range[]): Segment[] {
	if (ranges.length === 0) return text === '' ? [] : [{text: sanitize(text)}];
	// Grapheme boundaries, so a range never splits 𠮷 or が (か + ゛) into two styles.
	// Found by binary search in the ascending boundaries: a row's name has one cut per
	// character, and a filter per range put a list per range into every row of a frame.
	const cuts = graphemeBoundaries(text);
	const floor = (at: number) => {
		const k = cutsBelow(cuts, at, true); // cuts[k - 1] <= at < cuts[k]
		return k > 0 ? cuts[k - 1]! : 0;
	};
	const ceil = (at: number) => {
		const k = cutsBelow(cuts, at, false); // cuts[k - 1] < at <= cuts[k]
		return k < cuts.length ? cuts[k]! : text.length;
	};
	const sorted = [...ranges]
		.map(([s, e]): Range => [floor(Math.max(0, s)), ceil(Math.min(text.length, e))])
		.filter(([s, e]) => e > s)
		.sort((a, b) => a[0] - b[0]);
	const out: Segment[] = [];
	let at = 0;
	for (const [start, end] of sorted) {
		if (end <= at) continue;
		const from = Math.max(start, at);
		if (from > at) out.push({text: sanitize(text.slice(at, from))});
		out.push({text: sanitize(text.slice(from, end)), ...MATCH});
		at = end;
	}
	if (at < text.length) out.push({text: sanitize(text.slice(at))});
	return out.filter((s) => s.text !== '');
}

/** How many of the ascending `cuts` lie below `at` (or at it, when `orAt`). */
function cutsBelow(cuts: readonly number[], at: number, orAt: boolean): number {
	let lo = 0;
	let hi = cuts.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		const cut = cuts[mid]!;
		if (cut < at || (orAt && cut === at)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
