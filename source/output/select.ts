// What the non-interactive outputs print: all programs in report order, or the
// ranked matches of a query; narrowed to the asked fiscal years and limit.
import type {Program, Report} from '../report/model.js';
import type {Filter} from '../search/filters.js';
import type {FieldMatch, SearchEngine} from '../search/types.js';

export type Selected = {
	program: Program;
	matches?: FieldMatch[];
	/** The query's field filters and report numbers the program passes. */
	passed?: readonly Filter[];
};

export function selectPrograms(
	reports: Report[],
	engine: SearchEngine,
	options: {query: string; years: number[]; limit?: number | undefined},
): Selected[] {
	const years = new Set(options.years);
	const keep = (p: Program) => years.size === 0 || years.has(p.fiscalYear);
	const limit =
		options.limit !== undefined && options.limit >= 0 ? options.limit : Number.POSITIVE_INFINITY;
	if (options.query.trim() === '')
		return reports
			.flatMap((r) => r.programs)
			.filter(keep)
			.slice(0, limit)
			.map((program) => ({program}));
	const found = engine.search(options.query);
	const kept: number[] = [];
	for (let rank = 0; rank < found.length && kept.length < limit; rank++) {
		if (keep(found.programAt(rank))) kept.push(rank);
	}
	// Only the results printed are made (and their matches worked out).
	return found
		.pick(kept)
		.map(({program, matches, passed}) => ({program, matches, ...(passed ? {passed} : {})}));
}
