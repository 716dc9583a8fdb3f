// The pillars (柱) of each report with their program count and total budget.
import type {Catalog} from '../state/catalog.js';
import {type Cursor, listWindow} from '../state/cursor.js';
import type {PillarFilter} from '../state/explorer.js';
import {moneyChange, type MoneySum, sumByYear, sumMoney} from '../figures/money.js';
import {changeText, sumText} from '../figures/format.js';
import {
	cell,
	fitLine,
	type Line,
	plainLine,
	type Segment,
	selectionMarker,
	selectedRow,
} from './line.js';
import {sanitize} from '../text/sanitize.js';
import type {WidthOptions} from '../text/width.js';

export type PillarEntry = PillarFilter & {
	count: number;
	/** The money of the pillar's programs (a sub-item sum where the program prints none). */
	money: MoneySum;
};

export function pillarEntries(catalog: Catalog, yearFilter: number | null): PillarEntry[] {
	const out: PillarEntry[] = [];
	const reports = [...catalog.reports].sort((a, b) => b.fiscalYear - a.fiscalYear);
	for (const report of reports) {
		if (yearFilter !== null && report.fiscalYear !== yearFilter) continue;
		for (const pillar of report.pillars) {
			const programs = report.programs.filter((p) => p.pillar?.no === pillar.no);
			out.push({
				fiscalYear: report.fiscalYear,
				no: pillar.no,
				title: pillar.title,
				count: programs.length,
				money: sumMoney(programs),
			});
		}
	}
	return out;
}

export function pillarTotal(entry: PillarEntry): string {
	return sumText(entry.money);
}

/** Each year's grand total over all its programs, newest first, with the change from the year before. */
export function yearTotalLines(
	catalog: Catalog,
	yearFilter: number | null,
	width: number,
	options: WidthOptions,
): Line[] {
	const totals = sumByYear(catalog.reports.flatMap((r) => r.programs)).filter(
		(t) => yearFilter === null || t.fiscalYear === yearFilter,
	);
	if (totals.length === 0) return [];
	const lines: Line[] = [
		fitLine([{text: '年度ごとの合計', bold: true, tone: 'accent'}], width, options),
	];
	totals.forEach((t, i) => {
		const older = totals[i + 1];
		const change = older ? changeText(moneyChange(older, t)) : '';
		lines.push(
			fitLine(
				[
					{text: `  FY${t.fiscalYear}  ${t.counted + t.unknown}件  `},
					{text: sumText(t), bold: true},
					{text: change ? `  FY${older?.fiscalYear}から ${change}` : '', dim: true},
				],
				width,
				options,
			),
		);
	});
	return lines;
}

const GAP: Segment = {text: ' '};

function pillarLine(
	entry: PillarEntry,
	selected: boolean,
	width: number,
	options: WidthOptions,
): Line {
	const total = 22;
	const line = fitLine(
		[
			selectionMarker(selected, 2, options),
			cell(`FY${entry.fiscalYear}`, 6, 'left', options),
			GAP,
			cell(String(entry.no), 2, 'right', options),
			GAP,
			cell(
				sanitize(entry.title),
				Math.max(4, width - (2 + 6 + 2 + 5 + total) - 4),
				'left',
				options,
			),
			GAP,
			cell(`${entry.count}件`, 5, 'right', options),
			GAP,
			cell(pillarTotal(entry), total, 'right', options),
		],
		width,
		options,
	);
	return selectedRow(line, selected);
}

export type PillarPane = {lines: Line[]; cursor: Cursor; view: number};

export function pillarPane(
	entries: readonly PillarEntry[],
	footer: readonly Line[],
	cursor: Cursor,
	width: number,
	height: number,
	options: WidthOptions,
): PillarPane {
	// The year totals stay at the bottom while the pillars scroll above them.
	const shown = footer.length + 1 < height - 3 ? footer : [];
	const view = Math.max(1, height - 1 - (shown.length > 0 ? shown.length + 1 : 0));
	const rows = listWindow(cursor, entries.length, view);
	const lines: Line[] = [
		fitLine(
			[{text: '柱ごとの事業 (Enter で一覧 · y で年度)', bold: true, tone: 'accent'}],
			width,
			options,
		),
	];
	if (entries.length === 0) lines.push(plainLine('  柱の記載がありません', width, options));
	for (let i = rows.start; i < rows.end; i++) {
		lines.push(pillarLine(entries[i]!, i === rows.cursor.index, width, options));
	}
	if (shown.length > 0) {
		while (lines.length < height - shown.length) lines.push(plainLine('', width, options));
		lines.push(...shown);
	}
	return {lines, cursor: rows.cursor, view};
}
