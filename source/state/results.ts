// The visible result list: engine results narrowed by year, pillar and 未達, then sorted.
// Read by program and rank (result-list.ts): no result object is made for this.
import type {FigureBook} from '../figures/book.js';
import {type MoneySum, moneyTableOf, programMoney, sumByYearOf} from '../figures/money.js';
import type {Program} from '../report/model.js';
import type {ResultList} from '../search/result-list.js';
import type {PillarFilter, SortKey} from './explorer.js';

export type ResultView = {
	yearFilter: number | null;
	pillarFilter: PillarFilter | null;
	sort: SortKey;
	/** The sort runs the other way from its natural direction. */
	sortReverse?: boolean;
	/** Only programs below plan on any measure. */
	belowPlanOnly?: boolean;
};

/** Each sort's natural direction: the largest budget first; the lowest achievement first. */
export const SORT_DIRECTION: Record<Exclude<SortKey, 'relevance'>, 'up' | 'down'> = {
	budget: 'down',
	achievement: 'up',
	number: 'up',
};

/** A sort by a value; programs without one go last whichever way the sort runs. */
function byValue(value: (p: Program) => number | null, descending: boolean) {
	return (a: Program, b: Program): number => {
		const x = value(a);
		const y = value(b);
		if (x === null && y === null) return 0;
		if (x === null) return 1;
		if (y === null) return -1;
		return descending ? y - x : x - y;
	};
}

/** A program is below plan when any of its compared measures is. */
export function belowPlan(figures: FigureBook, program: Program): boolean {
	const {result} = figures.of(program);
	return result.reached < result.compared;
}

/** The lowest ratio of a program's measures, or null when none could be compared. */
export function lowestRatio(figures: FigureBook, program: Program): number | null {
	return figures.of(program).result.lowest?.ratio ?? null;
}

function comparer(
	sort: Exclude<SortKey, 'relevance'>,
	reverse: boolean,
	figures: FigureBook,
): (a: Program, b: Program) => number {
	const down = (SORT_DIRECTION[sort] === 'down') !== reverse;
	switch (sort) {
		case 'budget':
			return byValue((p) => programMoney(p).yen, down);
		case 'achievement':
			return byValue((p) => lowestRatio(figures, p), down);
		case 'number': {
			const order = (a: Program, b: Program) => b.fiscalYear - a.fiscalYear || a.no - b.no;
			return down ? (a, b) => order(b, a) : order;
		}
	}
}

export function deriveResults(
	results: ResultList,
	view: ResultView,
	figures: FigureBook,
): ResultList {
	const {yearFilter, pillarFilter} = view;
	const belowOnly = view.belowPlanOnly === true;
	// The engine's list as it is: a one-letter query ranks ~25,000 programs.
	if (yearFilter === null && pillarFilter === null && !belowOnly && view.sort === 'relevance')
		return results;
	const kept: number[] = [];
	for (let rank = 0; rank < results.length; rank++) {
		const p = results.programAt(rank);
		if (yearFilter !== null && p.fiscalYear !== yearFilter) continue;
		if (
			pillarFilter &&
			(p.fiscalYear !== pillarFilter.fiscalYear || p.pillar?.no !== pillarFilter.no)
		)
			continue;
		if (belowOnly && !belowPlan(figures, p)) continue;
		kept.push(rank);
	}
	if (view.sort !== 'relevance') {
		const compare = comparer(view.sort, view.sortReverse === true, figures);
		// Array#sort is stable, so equal keys stay in relevance order.
		kept.sort((a, b) => compare(results.programAt(a), results.programAt(b)));
	}
	return results.pick(kept);
}

/** A result list's budgets summed by year, newest first, as the status line shows them. */
export function totalsOf(list: ResultList): Array<{fiscalYear: number} & MoneySum> {
	const source = list.source();
	return source
		? moneyTableOf(source.all).sumByYear(list.length, source.indexAt)
		: sumByYearOf(list.length, (i) => list.programAt(i));
}
