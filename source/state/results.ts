// The visible result list: engine results narrowed by year and pillar, then sorted.
import type {SearchResult} from '../search/types.js';
import {primaryAchievement} from '../ui/format.js';
import type {PillarFilter, SortKey} from './explorer.js';

export type ResultView = {
	yearFilter: number | null;
	pillarFilter: PillarFilter | null;
	sort: SortKey;
};

/** Nulls sort last in every order; ties keep the engine's (relevance) order. */
function byDescending(value: (r: SearchResult) => number | null) {
	return (a: SearchResult, b: SearchResult): number => {
		const x = value(a);
		const y = value(b);
		if (x === null && y === null) return 0;
		if (x === null) return 1;
		if (y === null) return -1;
		return y - x;
	};
}

const COMPARE: Record<
	Exclude<SortKey, 'relevance'>,
	(a: SearchResult, b: SearchResult) => number
> = {
	budget: byDescending((r) => r.program.budget.yen),
	achievement: byDescending((r) => primaryAchievement(r.program)?.percent ?? null),
	number: (a, b) => b.program.fiscalYear - a.program.fiscalYear || a.program.no - b.program.no,
};

export function deriveResults(
	results: readonly SearchResult[],
	view: ResultView,
): readonly SearchResult[] {
	const {yearFilter, pillarFilter} = view;
	// The engine's list as it is: a one-letter query ranks ~25,000 programs.
	if (yearFilter === null && pillarFilter === null && view.sort === 'relevance') return results;
	const kept = results.filter((r) => {
		const p = r.program;
		if (yearFilter !== null && p.fiscalYear !== yearFilter) return false;
		if (pillarFilter) {
			return p.fiscalYear === pillarFilter.fiscalYear && p.pillar?.no === pillarFilter.no;
		}
		return true;
	});
	if (view.sort === 'relevance') return kept;
	// Array#sort is stable, so equal keys stay in relevance order.
	return kept.sort(COMPARE[view.sort]);
}
