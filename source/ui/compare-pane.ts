// The same program in every report, side by side, and the programs linked to it.
import type {Achievement, Program} from '../report/model.js';
import {displayName} from '../report/model.js';
import type {Catalog, RelatedEntry} from '../state/catalog.js';
import {acrossYears, relatedPrograms} from '../state/catalog.js';
import type {Cursor} from '../state/cursor.js';
import {settle} from '../state/cursor.js';
import {
	budgetChange,
	budgetCompact,
	percentText,
	pointChange,
	primaryAchievement,
	quantity,
} from './format.js';
import {
	cell,
	fitLine,
	type Line,
	plainLine,
	type Segment,
	selectionMarker,
	selectedRow,
} from './line.js';
import {sanitize} from './sanitize.js';
import type {WidthOptions} from './text.js';

const LABEL = 8;
const GAP: Segment = {text: ' '};

type Row = {
	label: string;
	values: (p: Program, previous: Program | undefined) => string;
	bold?: boolean;
};

// 人 and 名 both count people; reports use them interchangeably from year to year.
const UNIT_CLASS: Record<string, string> = {人: 'people', 名: 'people'};
const unitClass = (unit: string) => UNIT_CLASS[unit] ?? unit;

/**
 * The achievement compared across years: the one measuring the same thing as the oldest
 * year's first pair (same label, else same unit), so 71% of 支援対象数 is not set against
 * 100% of 連携団体.
 */
function comparableAchievements(years: readonly Program[]): Map<Program, Achievement | null> {
	const reference = years.find((p) => primaryAchievement(p))?.achievement[0];
	const out = new Map<Program, Achievement | null>();
	for (const p of years) {
		const same = reference
			? (p.achievement.find((a) => a.label !== undefined && a.label === reference.label) ??
				p.achievement.find((a) => unitClass(a.unit) === unitClass(reference.unit)))
			: undefined;
		out.set(p, same ?? primaryAchievement(p));
	}
	return out;
}

function rows(chosen: Map<Program, Achievement | null>): Row[] {
	const pick = (p: Program | undefined) => (p ? (chosen.get(p) ?? null) : null);
	const scaleText = (p: Program, side: 'plan' | 'actual'): string => {
		const a = pick(p);
		if (a) return quantity(side === 'plan' ? a.plan : a.actual, a.unit);
		return sanitize(p[side].text).trim() || '—';
	};
	return [
		{label: 'No', values: (p) => String(p.no)},
		{label: '事業名', values: (p) => sanitize(displayName(p))},
		{label: '予算', values: (p) => budgetCompact(p.budget), bold: true},
		{
			label: ' 増減',
			values: (p, prev) => (prev ? budgetChange(prev.budget.yen, p.budget.yen) : ''),
		},
		{label: '計画', values: (p) => scaleText(p, 'plan')},
		{label: '実績', values: (p) => scaleText(p, 'actual')},
		{
			label: '達成率',
			values: (p) => {
				const a = pick(p);
				return a ? `${percentText(a)}${a.label ? ` ${sanitize(a.label)}` : ''}` : '—';
			},
			bold: true,
		},
		{label: ' 増減', values: (p, prev) => (prev ? pointChange(pick(prev), pick(p)) : '')},
	];
}

function yearTable(years: readonly Program[], width: number, options: WidthOptions): Line[] {
	const n = Math.max(1, years.length);
	const column = Math.max(4, Math.floor((width - LABEL) / n) - 1);
	const head: Line = [cell('', LABEL, 'left', options)];
	for (const p of years)
		head.push(GAP, cell(`FY${p.fiscalYear}`, column, 'left', options, {bold: true}));
	const lines: Line[] = [
		fitLine(
			head.map((s) => ({...s, underline: true})),
			width,
			options,
		),
	];
	for (const row of rows(comparableAchievements(years))) {
		const line: Line = [cell(row.label, LABEL, 'left', options, {dim: true})];
		years.forEach((p, i) => {
			line.push(
				GAP,
				cell(row.values(p, years[i - 1]), column, 'left', options, {bold: row.bold ?? false}),
			);
		});
		lines.push(fitLine(line, width, options));
	}
	return lines;
}

function relatedLine(
	entry: RelatedEntry,
	selected: boolean,
	width: number,
	options: WidthOptions,
): Line {
	const p = entry.program;
	const kind = entry.kind === 'same' ? '同一' : `関連 ${entry.score.toFixed(2)}`;
	const line = fitLine(
		[
			selectionMarker(selected, 2, options),
			cell(`FY${p.fiscalYear}`, 6, 'left', options),
			GAP,
			cell(String(p.no), 3, 'right', options),
			GAP,
			cell(sanitize(displayName(p)), Math.max(4, width - 24), 'left', options),
			GAP,
			cell(kind, 10, 'right', options, {dim: !selected}),
		],
		width,
		options,
	);
	return selectedRow(line, selected);
}

export type ComparePane = {lines: Line[]; cursor: Cursor; related: RelatedEntry[]; view: number};

export function comparePane(
	program: Program,
	catalog: Catalog,
	cursor: Cursor,
	width: number,
	height: number,
	options: WidthOptions,
): ComparePane {
	const years = acrossYears(catalog, program);
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
	if (years.length < 2) top.push(plainLine('他の年度に同じ事業はありません', width, options));
	top.push(...yearTable(years, width, options));
	top.push(
		fitLine([{text: '関連する事業 (Enter で開く)', bold: true, tone: 'accent'}], width, options),
	);
	// Keep at least three rows for the related list; the table gives way on short screens.
	const listRows = Math.max(3, height - top.length);
	const head = top.slice(0, Math.max(0, height - listRows));
	const lines = [...head];
	const settled = settle(cursor, related.length, listRows);
	if (related.length === 0) lines.push(plainLine('  関連する事業はありません', width, options));
	const end = Math.min(related.length, settled.scroll + listRows);
	for (let i = settled.scroll; i < end; i++) {
		lines.push(relatedLine(related[i]!, i === settled.index, width, options));
	}
	return {lines: lines.slice(0, height), cursor: settled, related, view: listRows};
}
