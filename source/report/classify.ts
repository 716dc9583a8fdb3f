// row → what it is. Rows are first put into the canonical seven columns
// [no, name, summary, budget, plan, actual, unit]; some pages of the FY2022 seed
// print the number and the name in one cell (`33 ものづくり産業人材確保支援事業`),
// and their header row says so by putting 予算 one column to the left.
import type {Row} from './rows.js';

export const COLUMNS = ['no', 'name', 'summary', 'budget', 'plan', 'actual', 'unit'] as const;
export type Column = (typeof COLUMNS)[number];
const COLUMN_INDEX = Object.fromEntries(COLUMNS.map((c, i) => [c, i])) as Record<Column, number>;
export const col = (name: Column) => COLUMN_INDEX[name];

export type Layout = 'separate' | 'joined';

export type RowKind =
	| {kind: 'title'; text: string}
	| {kind: 'note'; text: string}
	| {kind: 'header'; layout: Layout | null}
	| {kind: 'pillar'; no: number; title: string}
	| {kind: 'program'; no: number | null; cells: string[]}
	| {kind: 'continuation'; cells: string[]}
	| {kind: 'item'; cells: string[]}
	| {kind: 'noise'; text: string};

const HEADER_WORDS = new Set([
	'重点事業',
	'事業概要',
	'計画',
	'実績',
	'実績（参考値）',
	'実績(参考値)',
	'予算',
	'規模',
	'単位の説明',
	'事業名',
	'No',
	'番号',
]);
/** The longest header word's length: longer cells are not looked up (hashing a long cell costs). */
const HEADER_WORD_MAX = Math.max(...[...HEADER_WORDS].map((w) => w.length));
const ERA = /(令和|平成)\s*([0-9０-９]+|元)\s*年度/u;
const SUMMARY_BULLET = /^[○〇◯]/u;
const ITEM_MARKER = /^[・･·①-⑳「『]/u;
const JOINED_NUMBER = /^([0-9]{1,6})[ \u3000]+(\S.*)$/u;

export function headerLayout(cells: string[]): Layout | null {
	const trimmed = cells.map((c) => c.trim());
	const budget = trimmed.indexOf('予算');
	if (budget >= 0) return budget <= 2 ? 'joined' : 'separate';
	const program = trimmed.indexOf('重点事業');
	if (program >= 0) return program === 0 ? 'joined' : 'separate';
	return null;
}

/** Puts a row's cells into the canonical seven columns. */
export function canonicalCells(cells: string[], layout: Layout): string[] {
	return canonicalTrimmed(
		cells.map((c) => c.trim()),
		layout,
	);
}

/** `canonicalCells` of cells already trimmed (classify trims each cell once). */
function canonicalTrimmed(raw: string[], layout: Layout): string[] {
	const joined = JOINED_NUMBER.exec(raw[0] ?? '');
	let out: string[];
	if (joined) {
		out = [joined[1] ?? '', joined[2] ?? ''];
		for (let i = 1; i < raw.length; i++) out.push(raw[i]!);
	} else if (layout === 'joined') out = ['', ...raw];
	else out = raw;
	while (out.length < COLUMNS.length) out.push('');
	return out;
}

const nonEmpty = (cells: string[], from: number) => {
	for (let i = from; i < cells.length; i++) if (cells[i] !== '') return true;
	return false;
};

/** The row's non-empty cells joined by spaces, as a note, title or noise row is kept. */
const rowText = (raw: string[]) => raw.filter(Boolean).join(' ');

export function classify(row: Row, layout: Layout): RowKind {
	// One pass over the cells: trimmed copies, how many are non-empty, how many are header words.
	const raw: string[] = new Array(row.cells.length);
	let filled = 0;
	let only = '';
	let headerWords = 0;
	for (let i = 0; i < row.cells.length; i++) {
		const cell = row.cells[i]!.trim();
		raw[i] = cell;
		if (cell === '') continue;
		filled++;
		only = cell;
		if (cell.length <= HEADER_WORD_MAX && HEADER_WORDS.has(cell)) headerWords++;
	}
	// A note or a title is the only non-empty cell of its row.
	if (filled === 1) {
		if (/^[※＊*]/u.test(only)) return {kind: 'note', text: only};
		if (ERA.test(only) && !/^[0-9]/.test(raw[0] ?? '')) return {kind: 'title', text: only};
	}
	if (headerWords >= 2) return {kind: 'header', layout: headerLayout(raw)};

	const cells = canonicalTrimmed(raw, layout);
	const no = cells[0]!;
	const name = cells[1]!;
	const summary = cells[2]!;
	const hasFigures = nonEmpty(cells, col('budget'));
	if (/^[0-9]{1,6}$/.test(no)) {
		if (!SUMMARY_BULLET.test(summary) && !hasFigures && name !== '') {
			// A pillar title may be split across cells by a wrap (`雇用就⇥業情勢`).
			return {kind: 'pillar', no: Number(no), title: cells.slice(1).join('')};
		}
		return {kind: 'program', no: Number(no), cells};
	}
	if (no !== '') return {kind: 'noise', text: rowText(raw)};
	if (name !== '' && SUMMARY_BULLET.test(summary)) return {kind: 'program', no: null, cells};
	if (name === '' && ITEM_MARKER.test(summary)) return {kind: 'item', cells};
	if (name === '' && (summary !== '' || hasFigures)) return {kind: 'continuation', cells};
	return {kind: 'noise', text: rowText(raw)};
}
