// The same program in several years, like with like: a program's total with the other
// year's total, a part (course, site) with the same part, a sub-item with the sub-item of
// the same name. What has no counterpart is listed as only in its year, never set beside
// something else.
import type {Program} from '../report/model.js';
import type {Figure} from './figure.js';
import type {Measure} from './measure.js';
import {itemName, type ProgramFigures} from './program.js';

/** One comparable thing in one year. */
export type YearEntry = {
	key: string;
	label: string;
	plan: Figure | null;
	actual: Figure | null;
	/** The measure, when the entry is one (not a sum of parts). */
	measure: Measure | null;
	/** The figures were added up from the parts here (a total the report did not print). */
	summed: boolean;
};

export type CompareRow = {
	key: string;
	label: string;
	/** One entry per year column, null where that year has no counterpart. */
	cells: Array<YearEntry | null>;
};

export type YearComparison = {
	rows: CompareRow[];
	/** Entries with a counterpart in no other year, per year column. */
	only: YearEntry[][];
};

const norm = (text: string) => text.replace(/[\s・･·:：、，,「」『』（）()①-⑳]/gu, '');
const unitClass = (unit: string) => (unit === '名' ? '人' : unit);

function sumFigures(figures: Figure[]): Figure | null {
	const first = figures[0];
	if (!first) return null;
	return {
		...first,
		value: figures.reduce((sum, f) => sum + f.value, 0),
		approximate: figures.some((f) => f.approximate),
		atLeast: figures.some((f) => f.atLeast),
		raw: '',
		label: '合計',
		part: '',
		parent: null,
	};
}

/**
 * The program's total over its parts, when it has two or more parts counted in one unit:
 * the printed total where the report gives one for the whole, else the sum of the parts.
 */
function totalEntry(measures: readonly Measure[]): YearEntry | null {
	const parts = measures.filter((m) => m.part !== '');
	if (parts.length < 2) return null;
	const whole = measures.filter((m) => m.part === '');
	const units = new Set(
		[...parts, ...whole].map((m) => unitClass((m.plan ?? m.actual)?.unit ?? '')),
	);
	if (units.size !== 1) return null;
	let summed = false;
	const side = (pick: (m: Measure) => Figure | null): Figure | null => {
		const printed = whole.map(pick).filter((f): f is Figure => f !== null);
		if (printed.length === 1) return printed[0] ?? null;
		const fromParts = parts.map(pick);
		if (fromParts.some((f) => f === null)) return null;
		summed = true;
		return sumFigures(fromParts as Figure[]);
	};
	const plan = side((m) => m.plan);
	const actual = side((m) => m.actual);
	if (!plan && !actual) return null;
	return {key: 'total', label: '合計', plan, actual, measure: null, summed};
}

/** Every comparable thing of one program: its total, its measures, its sub-items' measures. */
export function yearEntries(figures: ProgramFigures): YearEntry[] {
	const out: YearEntry[] = [];
	for (const group of figures.groups) {
		const prefix = group.item ? `item:${norm(group.item.name)}|` : '';
		const name = group.item ? `${itemName(group.item)} ` : '';
		const total = group.item ? null : totalEntry(group.measures);
		if (total) out.push(total);
		for (const m of group.measures) {
			// The whole's own figures are the total's, not a thing of their own.
			if (total && m.part === '') continue;
			const key = `${prefix}${m.part ? `part:${norm(m.part)}` : `label:${norm(m.label)}`}`;
			const label = `${name}${m.part ? `${m.part} ${m.label}` : m.label}`;
			out.push({key, label, plan: m.plan, actual: m.actual, measure: m, summed: false});
		}
	}
	return out;
}

const entryUnit = (e: YearEntry) => unitClass((e.plan ?? e.actual)?.unit ?? '');

/**
 * Rows across the years: entries of equal key; then, where every year has exactly one own
 * entry left and all count in the same unit, those (a program measured one way, whatever
 * each year's report called it).
 */
export function compareYears(years: ReadonlyArray<ProgramFigures>): YearComparison {
	const entries = years.map(yearEntries);
	const used = entries.map(() => new Set<YearEntry>());
	const rows: CompareRow[] = [];
	const keys = [...new Set(entries.flat().map((e) => e.key))];
	for (const key of keys) {
		const cells = entries.map((list) => list.find((e) => e.key === key) ?? null);
		if (cells.filter(Boolean).length < 2) continue;
		cells.forEach((c, i) => {
			if (c) used[i]?.add(c);
		});
		const first = cells.find(Boolean) as YearEntry;
		rows.push({key, label: first.label, cells});
	}
	const left = entries.map((list, i) =>
		list.filter((e) => !used[i]?.has(e) && !e.key.startsWith('item:')),
	);
	if (
		years.length >= 2 &&
		left.every((list) => list.length === 1) &&
		new Set(left.map((list) => entryUnit(list[0]!))).size === 1
	) {
		const cells = left.map((list) => list[0]!);
		cells.forEach((c, i) => {
			used[i]?.add(c);
		});
		rows.push({key: cells[0]?.key ?? '', label: cells.at(-1)?.label ?? '', cells});
	}
	const only = entries.map((list, i) => list.filter((e) => !used[i]?.has(e)));
	return {rows, only};
}

/** The 単位の説明 of each year, when they differ (支援者数 → 新規登録者数). */
export function unitChange(programs: readonly Program[]): string[] | null {
	const units = programs.map((p) => p.unit.replace(/\s+/gu, ' ').trim());
	// A year that gives none is no change of what is counted.
	const said = units.filter((u) => u !== '');
	return said.length > 1 && new Set(said.map(norm)).size > 1 ? units : null;
}
