// The one seam between search filters and the figures: `達成率<80` and `未達` ask a
// FigureLens. It reads each program's result from the figures layer (source/figures/):
// the lowest ratio over every measure of the program and its sub-items, as the list shows
// it, and whether any measure fell short of its plan.
import type {FigureBook} from '../figures/book.js';
import {percentOf} from '../figures/program.js';
import type {Program} from '../report/model.js';

export type FigureLens = {
	/** The program's lowest plan-vs-actual percentage over all its measures; null: none comparable. */
	lowestPercent(program: Program): number | null;
	/** Some measure of the program fell short of its plan. */
	belowPlan(program: Program): boolean;
};

/** A lens over the figures a book derives (and remembers for as long as the book lives). */
export function figureLens(book: FigureBook): FigureLens {
	return {
		lowestPercent(program) {
			const {lowest} = book.of(program).result;
			return lowest ? percentOf(lowest) : null;
		},
		belowPlan(program) {
			const {result} = book.of(program);
			return result.reached < result.compared;
		},
	};
}
