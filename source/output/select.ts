// What the non-interactive outputs print: all programs in report order, or the
// ranked matches of a query; narrowed to the asked fiscal years and limit.
import type {Program, Report} from '../report/model.js';
import type {FieldMatch, SearchEngine} from '../search/types.js';

export type Selected = {program: Program; matches?: FieldMatch[]};

export function selectPrograms(
	reports: Report[],
	engine: SearchEngine,
	options: {query: string; years: number[]; limit?: number | undefined},
): Selected[] {
	const years = new Set(options.years);
	const keep = (p: Program) => years.size === 0 || years.has(p.fiscalYear);
	const selected: Selected[] =
		options.query.trim() === ''
			? reports
					.flatMap((r) => r.programs)
					.filter(keep)
					.map((program) => ({program}))
			: engine
					.search(options.query)
					.filter((r) => keep(r.program))
					.map(({program, matches}) => ({program, matches}));
	return options.limit !== undefined && options.limit >= 0
		? selected.slice(0, options.limit)
		: selected;
}
