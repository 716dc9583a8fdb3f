// CSV for spreadsheets: UTF-8 with a BOM (so Excel opens the Japanese correctly),
// one row per program and one per sub-item, CRLF line ends as RFC 4180 asks.
// Report text is untrusted: controls other than tab/newline become visible pictures
// (␛) and BiDi controls are dropped (sanitizeData), so neither a spreadsheet nor
// `shuro --csv | cat` on a terminal ever gets a raw escape sequence.
import type {Achievement, Budget, Item, Program, Scale} from '../report/model.js';
import {displayName} from '../report/model.js';
import {sanitizeData} from '../ui/sanitize.js';

export const CSV_HEADER = [
	'fiscal_year',
	'era',
	'no',
	'no_inferred',
	'row',
	'name',
	'pillar_no',
	'pillar',
	'budget_text',
	'budget_yen',
	'plan',
	'actual',
	'unit',
	'achievement',
	'source_file',
	'source_line',
];

export function csvField(value: string | number | boolean | null): string {
	const text = value === null ? '' : sanitizeData(String(value));
	// A leading = + - @ would be run as a formula by spreadsheet software.
	const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const achievementText = (list: Achievement[]) =>
	list
		.map((a) => `${a.label ? `${a.label} ` : ''}${a.approximate ? '≈' : ''}${a.percent}%`)
		.join('; ');

function row(
	p: Program,
	kind: 'program' | 'item',
	name: string,
	budget: Budget,
	plan: Scale,
	actual: Scale,
	unit: string,
	achievement: Achievement[],
	line: number,
) {
	return [
		p.fiscalYear,
		p.era,
		p.no,
		p.noInferred,
		kind,
		name,
		p.pillar?.no ?? null,
		p.pillar?.title ?? null,
		budget.text,
		budget.yen,
		plan.text,
		actual.text,
		unit,
		achievementText(achievement),
		p.file,
		line,
	];
}

function itemRow(p: Program, item: Item) {
	return row(
		p,
		'item',
		`${item.marker ?? ''}${item.name}`,
		item.budget,
		item.plan,
		item.actual,
		item.unit,
		item.achievement,
		item.line,
	);
}

export function toCsv(programs: Program[]): string {
	const rows: Array<Array<string | number | boolean | null>> = [CSV_HEADER];
	for (const p of programs) {
		rows.push(
			row(
				p,
				'program',
				displayName(p),
				p.budget,
				p.plan,
				p.actual,
				p.unit,
				p.achievement,
				p.lines[0] ?? 0,
			),
		);
		for (const item of p.items) rows.push(itemRow(p, item));
	}
	return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
