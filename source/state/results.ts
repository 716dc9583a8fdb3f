// The visible result list: engine results narrowed by year and pillar, then sorted.
// Read by program and rank (result-list.ts): no result object is made for this.
import type {Program} from '../report/model.js';
import type {ResultList} from '../search/result-list.js';
import {primaryAchievement} from '../ui/format.js';
import type {PillarFilter, SortKey} from './explorer.js';

export type ResultView = {
	yearFilter: number | null;
	pillarFilter: PillarFilter | null;
	sort: SortKey;
};

/** Nulls sort last in every order; ties keep the engine's (relevance) order. */
function byDescending(value: (p: Program) => number | null) {
	return (a: Program, b: Program): number => {
		const x = value(a);
		const y = value(b);
		if (x === null && y === null) return 0;
		if (x === null) return 1;
		if (y === null) return -1;
		return y - x;
	};
}

const COMPARE: Record<Exclude<SortKey, 'relevance'>, (a: Program, b: Program) => number> = {
	budget: byDescending((p) => p.budget.yen),
	achievement: byDescending((p) => primaryAchievement(p)?.percent ?? null),
	number: (a, b) => b.fiscalYear - a.fiscalYear || a.no - b.no,
};

export function deriveResults(results: ResultList, view: ResultView): ResultList {
	const {yearFilter, pillarFilter} = view;
	// The engine's list as it is: a one-letter query ranks ~25,000 programs.
	if (yearFilter === null && pillarFilter === null && view.sort === 'relevance') return results;
	const kept: number[] = [];
	for (let rank = 0; rank < results.length; rank++) {
		const p = results.programAt(rank);
		if (yearFilter !== null && p.fiscalYear !== yearFilter) continue;
		if (
			pillarFilter &&
			(p.fiscalYear !== pillarFilter.fiscalYear || p.pillar?.no !== pillarFilter.no)
		)
			continue;
		kept.push(rank);
	}
	if (view.sort !== 'relevance') {
		const compare = COMPARE[view.sort];
		// Array#sort is stable, so equal keys stay in relevance order.
		kept.sort((a, b) => compare(results.programAt(a), results.programAt(b)));
	}
	return results.pick(kept);
}
