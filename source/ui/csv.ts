// The result list as CSV for a spreadsheet: UTF-8 with a BOM (Excel needs it to read
// Japanese), CRLF line ends, RFC 4180 quoting.
import type {Program} from '../report/model.js';
import {displayName} from '../report/model.js';
import {primaryAchievement} from './format.js';
import {sanitize} from './sanitize.js';

const HEADER = [
	'年度',
	'番号',
	'事業名',
	'柱',
	'予算(記載)',
	'予算(円)',
	'計画',
	'実績',
	'達成率(%)',
	'出典',
	'行',
];

/** Quote a field; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula. */
export function csvField(value: string | number | null): string {
	if (value === null) return '';
	let text = typeof value === 'number' ? String(value) : sanitize(value);
	if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(program: Program): string {
	const a = primaryAchievement(program);
	return [
		program.fiscalYear,
		program.no,
		displayName(program),
		program.pillar ? `${program.pillar.no} ${program.pillar.title}` : '',
		program.budget.text,
		program.budget.yen,
		program.plan.text,
		program.actual.text,
		a ? a.percent : null,
		program.file,
		program.lines[0] ?? null,
	]
		.map(csvField)
		.join(',');
}

export function toCsv(programs: readonly Program[]): string {
	return `\uFEFF${[HEADER.join(','), ...programs.map(csvRow)].join('\r\n')}\r\n`;
}

/** shuro-20250314-093005.csv */
export function exportFileName(now: Date): string {
	const two = (n: number) => String(n).padStart(2, '0');
	const date = `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}`;
	const time = `${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
	return `shuro-${date}-${time}.csv`;
}
