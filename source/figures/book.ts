// Figures are derived from the model on demand and remembered here, for as long as the
// book lives (the explorer keeps one; a print run makes one). Equal cells are one object
// in the model (report/interner.ts), so at 25,000 programs most cell pairs are read once.
import type {Program, Scale} from '../report/model.js';
import {type Measure, readMeasures} from './measure.js';
import {type ProgramFigures, programFigures} from './program.js';

export class FigureBook {
	private readonly programs = new WeakMap<Program, ProgramFigures>();
	private readonly cells = new WeakMap<Scale, WeakMap<Scale, Map<string, Measure[]>>>();

	of(program: Program): ProgramFigures {
		let found = this.programs.get(program);
		if (!found) {
			found = programFigures(program, this.measures);
			this.programs.set(program, found);
		}
		return found;
	}

	private readonly measures = (plan: Scale, actual: Scale, unit: string): Measure[] => {
		let byActual = this.cells.get(plan);
		if (!byActual) {
			byActual = new WeakMap();
			this.cells.set(plan, byActual);
		}
		let byUnit = byActual.get(actual);
		if (!byUnit) {
			byUnit = new Map();
			byActual.set(actual, byUnit);
		}
		let found = byUnit.get(unit);
		if (!found) {
			found = readMeasures(plan, actual, unit);
			byUnit.set(unit, found);
		}
		return found;
	};
}
