// The same program in every report, side by side, and the programs linked to it.
import type {FigureBook} from '../figures/book.js';
import {compareYears, unitChange, type YearEntry} from '../figures/compare.js';
import {moneyChange, programMoney} from '../figures/money.js';
import type {ProgramFigures} from '../figures/program.js';
import type {Program} from '../report/model.js';
import {displayName} from '../report/model.js';
import type {Catalog, RelatedEntry} from '../state/catalog.js';
import {acrossYears, relatedPrograms} from '../state/catalog.js';
import {kindLabel} from '../report/lineage.js';
import type {Cursor} from '../state/cursor.js';
import {settle} from '../state/cursor.js';
import {
	changeText,
	figureText,
	moneyCompact,
	percentText,
	resultSummary,
} from '../figures/format.js';
import {
	cell,
	fitLine,
	type Line,
	plainLine,
	type Segment,
	selectionMarker,
	selectedRow,
} from './line.js';
import {paragraph} from './paragraph.js';
import {sanitize} from '../text/sanitize.js';
import type {WidthOptions} from '../text/width.js';

const LABEL = 8;
const GAP: Segment = {text: ' '};

type Row = {
	label: string;
	values: (column: Column, previous: Column | undefined) => string;
	bold?: boolean;
};
type Column = {program: Program; figures: ProgramFigures};

/** '930人 → 1,438人 155%': an entry's plan, actual and (when they are one measure) ratio. */
function entryText(entry: YearEntry | null): string {
	if (!entry) return '—';
	const percent =
		entry.measure && entry.measure.ratio !== null ? ` ${percentText(entry.measure)}` : '';
	return `${figureText(entry.plan)} → ${figureText(entry.actual)}${percent}`;
}

const HEAD_ROWS: Row[] = [
	{label: 'No', values: ({program}) => String(program.no)},
	{label: '事業名', values: ({program}) => sanitize(displayName(program))},
	{label: '予算', values: ({program}) => moneyCompact(program), bold: true},
	{
		label: ' 増減',
		values: ({program}, prev) =>
			prev ? changeText(moneyChange(programMoney(prev.program), programMoney(program))) : '',
	},
	{label: '単位', values: ({program}) => sanitize(program.unit).trim() || '—'},
	{label: '結果', values: ({figures}) => resultSummary(figures.result), bold: true},
];

function yearTable(columns: readonly Column[], width: number, options: WidthOptions): Line[] {
	const n = Math.max(1, columns.length);
	const column = Math.max(4, Math.floor((width - LABEL) / n) - 1);
	const head: Line = [cell('', LABEL, 'left', options)];
	for (const {program} of columns)
		head.push(GAP, cell(`FY${program.fiscalYear}`, column, 'left', options, {bold: true}));
	const lines: Line[] = [
		fitLine(
			head.map((s) => ({...s, underline: true})),
			width,
			options,
		),
	];
	const valueLine = (label: string, values: string[], bold = false, dim = true): Line => {
		const line: Line = [cell(label, LABEL, 'left', options, {dim})];
		for (const v of values) line.push(GAP, cell(v, column, 'left', options, {bold}));
		return fitLine(line, width, options);
	};
	for (const row of HEAD_ROWS) {
		lines.push(
			valueLine(
				row.label,
				columns.map((c, i) => row.values(c, columns[i - 1])),
				row.bold ?? false,
			),
		);
	}
	const units = unitChange(columns.map((c) => c.program));
	if (units) {
		lines.push(
			...paragraph(
				sanitize(units.map((u) => u || '—').join(' → ')),
				width,
				options,
				'単位の説明が変わりました: ',
				{
					tone: 'warn',
				},
			),
		);
	}
	const {rows, only} = compareYears(columns.map((c) => c.figures));
	if (rows.length > 0) {
		lines.push(
			fitLine([{text: '計画 → 実績 達成率 (同じものどうし)', bold: true}], width, options),
		);
	}
	for (const row of rows) {
		const summed = row.cells.some((c) => c?.summed);
		lines.push(
			fitLine(
				[{text: `  ${sanitize(row.label)}${summed ? ' (内訳の合計を含む)' : ''}`, dim: true}],
				width,
				options,
			),
		);
		lines.push(valueLine('', row.cells.map(entryText)));
	}
	only.forEach((entries, i) => {
		const year = columns[i]?.program.fiscalYear;
		if (entries.length === 0 || columns.length < 2) return;
		const text = entries.map((e) => `${sanitize(e.label)} ${entryText(e)}`).join(' · ');
		lines.push(...paragraph(text, width, options, `FY${year}のみ: `, {dim: true}));
	});
	return lines;
}

function relatedLine(
	entry: RelatedEntry,
	selected: boolean,
	width: number,
	options: WidthOptions,
): Line {
	const p = entry.program;
	const kind = `${kindLabel(entry.kind)} ${entry.score.toFixed(2)}`;
	const line = fitLine(
		[
			selectionMarker(selected, 2, options),
			cell(`FY${p.fiscalYear}`, 6, 'left', options),
			GAP,
			cell(String(p.no), 3, 'right', options),
			GAP,
			cell(sanitize(displayName(p)), Math.max(4, width - 27), 'left', options),
			GAP,
			cell(kind, 13, 'right', options, {dim: !selected}),
		],
		width,
		options,
	);
	return selectedRow(line, selected);
}

/**
 * What became of the program in each other year, in words: 「FY2022 名称変更 (0.95):
 * 特定技能外国人雇用支援事業 — 概要の一致 0.47、名称の一致 0.24」, or 新規 / 終了.
 */
function lineageLines(
	program: Program,
	catalog: Catalog,
	width: number,
	options: WidthOptions,
): Line[] {
	const out: Line[] = [];
	for (const year of catalog.lineage.of(program)) {
		const c = year.counterpart;
		const prefix = `FY${year.fiscalYear} `;
		if (c) {
			const head = c.kind === 'same' ? '継続' : `${kindLabel(c.kind)} ${c.score.toFixed(2)}`;
			const text = `${head}: No.${c.other.no} ${sanitize(displayName(c.other))} — ${sanitize(c.reason)}`;
			out.push(...paragraph(text, width, options, prefix, {dim: c.kind === 'same'}));
		} else {
			const status =
				year.fiscalYear < program.fiscalYear
					? '新規 (前の年度に対応する事業なし)'
					: '終了 (この年度に対応する事業なし)';
			out.push(...paragraph(status, width, options, prefix, {tone: 'warn'}));
		}
	}
	return out;
}

export type ComparePane = {lines: Line[]; cursor: Cursor; related: RelatedEntry[]; view: number};

export function comparePane(
	program: Program,
	catalog: Catalog,
	figures: FigureBook,
	cursor: Cursor,
	width: number,
	height: number,
	options: WidthOptions,
): ComparePane {
	const years = acrossYears(catalog, program).map((p) => ({program: p, figures: figures.of(p)}));
	const related = relatedPrograms(catalog, program);
	const top: Line[] = [
		fitLine(
			[
				{text: '年度比較: ', bold: true, tone: 'accent'},
				{text: sanitize(displayName(program)), bold: true},
			],
			width,
			options,
		),
	];
	top.push(...lineageLines(program, catalog, width, options));
	if (years.length >= 2) top.push(...yearTable(years, width, options));
	top.push(
		fitLine([{text: '関連する事業 (Enter で開く)', bold: true, tone: 'accent'}], width, options),
	);
	// The table and the related list are one column of lines; it scrolls so that the
	// selected related program is always in view (a tall table moves up as the cursor goes down).
	const listRows = Math.max(3, height - top.length);
	const settled = settle(cursor, related.length, listRows);
	const all = [...top];
	if (related.length === 0) all.push(plainLine('  関連する事業はありません', width, options));
	related.forEach((entry, i) => {
		all.push(relatedLine(entry, i === settled.index, width, options));
	});
	// Why the selected program is linked, right below the list.
	const chosen = related[settled.index];
	if (chosen)
		all.push(...paragraph(sanitize(chosen.reason), width, options, '  理由: ', {dim: true}));
	const selectedLine = top.length + settled.index;
	const start = Math.max(0, Math.min(selectedLine - height + 2, all.length - height));
	const lines = all.slice(start, start + height);
	return {lines: lines.slice(0, height), cursor: settled, related, view: listRows};
}
