// The one seam between search filters and the figures: `達成率<80` and `未達` ask a
// FigureLens, never the model's achievement fields directly. The default below reads
// today's `program.achievement` and the sub-items' `items[].achievement`; when the
// figures module gives each program a result (its measures, how many reached plan, the
// lowest ratio), pass a lens over that result to createSearchEngine({figures}) instead,
// or change DEFAULT_FIGURE_LENS here: nothing else in search/ reads achievements.
import type {Program} from '../report/model.js';

export type FigureLens = {
	/** The program's lowest plan-vs-actual percentage over all its measures; null: none comparable. */
	lowestPercent(program: Program): number | null;
	/** Some measure of the program fell short of its plan (below 100 %). */
	belowPlan(program: Program): boolean;
};

function lowest(program: Program): number | null {
	let low: number | null = null;
	const see = (percent: number) => {
		if (low === null || percent < low) low = percent;
	};
	for (const a of program.achievement) see(a.percent);
	for (const item of program.items) for (const a of item.achievement) see(a.percent);
	return low;
}

export const DEFAULT_FIGURE_LENS: FigureLens = {
	lowestPercent: lowest,
	belowPlan(program) {
		const low = lowest(program);
		return low !== null && low < 100;
	},
};
