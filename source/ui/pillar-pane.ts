// The pillars (柱) of each report with their program count and total budget.
import type {Catalog} from '../state/catalog.js';
import type {Cursor} from '../state/cursor.js';
import {settle} from '../state/cursor.js';
import type {PillarFilter} from '../state/explorer.js';
import {compactYen} from './format.js';
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

export type PillarEntry = PillarFilter & {
	count: number;
	/** Sum of the budgets given in yen. */
	totalYen: number;
	/** Some programs' budgets are not amounts (各事業欄記載 …), so the sum is partial. */
	partial: boolean;
};

export function pillarEntries(catalog: Catalog, yearFilter: number | null): PillarEntry[] {
	const out: PillarEntry[] = [];
	const reports = [...catalog.reports].sort((a, b) => b.fiscalYear - a.fiscalYear);
	for (const report of reports) {
		if (yearFilter !== null && report.fiscalYear !== yearFilter) continue;
		for (const pillar of report.pillars) {
			const programs = report.programs.filter((p) => p.pillar?.no === pillar.no);
			let totalYen = 0;
			let partial = false;
			for (const p of programs) {
				if (p.budget.yen === null) partial = true;
				else totalYen += p.budget.yen;
			}
			out.push({
				fiscalYear: report.fiscalYear,
				no: pillar.no,
				title: pillar.title,
				count: programs.length,
				totalYen,
				partial,
			});
		}
	}
	return out;
}

export function pillarTotal(entry: PillarEntry): string {
	return `${compactYen(entry.totalYen)}${entry.partial ? ' (一部不明)' : ''}`;
}

const GAP: Segment = {text: ' '};

function pillarLine(
	entry: PillarEntry,
	selected: boolean,
	width: number,
	options: WidthOptions,
): Line {
	const total = 18;
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
	cursor: Cursor,
	width: number,
	height: number,
	options: WidthOptions,
): PillarPane {
	const view = Math.max(1, height - 1);
	const settled = settle(cursor, entries.length, view);
	const lines: Line[] = [
		fitLine(
			[{text: '柱ごとの事業 (Enter で一覧 · y で年度)', bold: true, tone: 'accent'}],
			width,
			options,
		),
	];
	if (entries.length === 0) lines.push(plainLine('  柱の記載がありません', width, options));
	const end = Math.min(entries.length, settled.scroll + view);
	for (let i = settled.scroll; i < end; i++) {
		lines.push(pillarLine(entries[i]!, i === settled.index, width, options));
	}
	return {lines, cursor: settled, view};
}
