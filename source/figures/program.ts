// A program's figures: the measures of its own cells and of each sub-item, and one result
// over all of them. No single measure stands for a program that has several: the result
// says how many there are, how many reached their plan, and the lowest and highest ratio.
import type {Item, Program, Scale} from '../report/model.js';
import {type Measure, readMeasures} from './measure.js';

export type MeasureGroup = {
	/** The sub-item the measures belong to; null for the program's own cells. */
	item: Item | null;
	measures: Measure[];
};

export type ProgramResult = {
	/** Every measure row: paired, unpaired and not comparable. */
	measures: number;
	/** Measures with a ratio (plan and actual of the same thing). */
	compared: number;
	/** Compared measures whose actual reached the plan. */
	reached: number;
	/** The compared measure with the lowest ratio (the first of equals). */
	lowest: Measure | null;
	/** The compared measure with the highest ratio. */
	highest: Measure | null;
	/** Rows where a plan and an actual figure stand side by side but count different things. */
	notComparable: number;
};

export type ProgramFigures = {groups: MeasureGroup[]; result: ProgramResult};

/** Reading measures for a pair of cells; the book (book.ts) passes one that remembers. */
export type MeasureReader = (plan: Scale, actual: Scale, unit: string) => Measure[];

export const reached = (m: Measure): boolean =>
	m.ratio !== null && m.plan !== null && m.actual !== null && m.actual.value >= m.plan.value;

/**
 * A ratio as a whole percent that never claims what the figures do not: below plan never
 * rounds up to 100 (99.6 → 99), at or over plan never rounds down below it.
 */
export function percentOf(m: Measure): number | null {
	if (m.ratio === null) return null;
	const raw = Math.round(m.ratio * 100);
	return reached(m) ? Math.max(raw, 100) : Math.min(raw, 99);
}

export function resultOf(groups: readonly MeasureGroup[]): ProgramResult {
	let measures = 0;
	let compared = 0;
	let reachedCount = 0;
	let notComparable = 0;
	let lowest: Measure | null = null;
	let highest: Measure | null = null;
	for (const group of groups) {
		for (const m of group.measures) {
			measures++;
			if (m.ratio === null) {
				if (m.plan && m.actual) notComparable++;
				continue;
			}
			compared++;
			if (reached(m)) reachedCount++;
			if (!lowest || m.ratio < (lowest.ratio as number)) lowest = m;
			if (!highest || m.ratio > (highest.ratio as number)) highest = m;
		}
	}
	return {measures, compared, reached: reachedCount, lowest, highest, notComparable};
}

export function programFigures(
	program: Program,
	read: MeasureReader = readMeasures,
): ProgramFigures {
	const groups: MeasureGroup[] = [];
	const own = read(program.plan, program.actual, program.unit);
	if (own.length > 0) groups.push({item: null, measures: own});
	for (const item of program.items) {
		groups.push({item, measures: read(item.plan, item.actual, item.unit)});
	}
	return {groups, result: resultOf(groups)};
}

/** A sub-item's name as the report prints it, with its marker (`①都営住宅への優先入居`). */
export const itemName = (item: Item): string => `${item.marker ?? ''}${item.name}`;
