// CSV for spreadsheets: UTF-8 with a BOM (so Excel opens the Japanese correctly), CRLF line
// ends as RFC 4180 asks, in long form: one row per measure (a program's own and its
// sub-items'), with the program's columns repeated, so a pivot table can count and sum.
// A program or sub-item without any figure still gets one row. Numbers stay numbers:
// budget_yen, plan_value, actual_value and ratio are plain decimals. program_row counts a
// program's rows from 1: count or sum programs over the rows where it is 1, or every
// budget is counted once per measure.
// Report text is untrusted: controls other than tab/newline become visible pictures
// (␛) and BiDi controls are dropped (sanitizeData), so neither a spreadsheet nor
// `shuro --csv | cat` on a terminal ever gets a raw escape sequence.
import type {FigureBook} from '../figures/book.js';
import type {Figure} from '../figures/figure.js';
import type {Measure} from '../figures/measure.js';
import {programMoney} from '../figures/money.js';
import {itemName, type MeasureGroup, reached} from '../figures/program.js';
import type {Item, Program} from '../report/model.js';
import {displayName} from '../report/model.js';
import {resultSummary} from '../figures/format.js';
import {sanitizeData} from '../text/sanitize.js';

export const CSV_HEADER = [
	'fiscal_year',
	'era',
	'no',
	'no_inferred',
	'program_row',
	'name',
	'pillar_no',
	'pillar',
	'budget_text',
	'budget_yen',
	'budget_approximate',
	'budget_from',
	'result',
	'measures',
	'compared',
	'reached',
	'item',
	'item_budget_text',
	'item_budget_yen',
	'part',
	'label',
	'plan_value',
	'plan_unit',
	'plan_approximate',
	'actual_value',
	'actual_unit',
	'actual_approximate',
	'ratio',
	'reached_plan',
	'reason',
	'plan',
	'actual',
	'unit',
	'summary',
	'source_file',
	'source_line',
];

type Value = string | number | boolean | null;

export function csvField(value: Value): string {
	const text = value === null ? '' : sanitizeData(String(value));
	// A leading = + - @ would be run as a formula by spreadsheet software (not a number we wrote).
	const safe = typeof value !== 'number' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const figureValues = (f: Figure | null): Value[] =>
	f ? [f.value, f.unit, f.approximate] : [null, null, null];

/** actual ÷ plan to four decimals: 0.9091. */
const ratioValue = (m: Measure): number | null =>
	m.ratio === null ? null : Math.round(m.ratio * 10_000) / 10_000;

function measureValues(m: Measure | null): Value[] {
	if (!m) return [null, null, ...figureValues(null), ...figureValues(null), null, null, null];
	return [
		m.part,
		m.label,
		...figureValues(m.plan),
		...figureValues(m.actual),
		ratioValue(m),
		m.ratio === null ? null : reached(m),
		m.reason?.message ?? null,
	];
}

export function toCsv(
	programs: Program[],
	figures: FigureBook,
	nameOf: (file: string) => string,
): string {
	const rows: Value[][] = [CSV_HEADER];
	for (const p of programs) {
		const programFigures = figures.of(p);
		const money = programMoney(p);
		const {result} = programFigures;
		let rowInProgram = 0;
		const programValues = (): Value[] => [
			p.fiscalYear,
			p.era,
			p.no,
			p.noInferred,
			++rowInProgram,
			displayName(p),
			p.pillar?.no ?? null,
			p.pillar?.title ?? null,
			p.budget.text,
			money.yen,
			money.yen === null ? null : money.approximate,
			money.from,
			resultSummary(result),
			result.measures,
			result.compared,
			result.reached,
		];
		const row = (item: Item | null, m: Measure | null) => [
			...programValues(),
			item ? itemName(item) : null,
			item?.budget.text ?? null,
			item?.budget.yen ?? null,
			...measureValues(m),
			(item ?? p).plan.text,
			(item ?? p).actual.text,
			(item ?? p).unit,
			p.summary.join('\n'),
			nameOf(p.file),
			item ? item.line : (p.lines[0] ?? 0),
		];
		const groups: MeasureGroup[] = programFigures.groups;
		if (!groups.some((g) => g.item === null)) rows.push(row(null, null));
		for (const group of groups) {
			if (group.measures.length === 0) rows.push(row(group.item, null));
			for (const m of group.measures) rows.push(row(group.item, m));
		}
	}
	return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
