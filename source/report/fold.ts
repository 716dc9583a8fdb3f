// rows → drafts + issues: the parser's first stage. Rows are classified (the layout
// follows the last header row) and folded into program drafts: each program's cells,
// its continuation lines and its sub-items, still raw. A budget cell is read here, once
// (its amount decides whether a continuation row's budget is kept); cleaning waits for
// the finish stage (finish.ts), as it needs the wrap profile of the whole report.
import {COLUMNS, canonicalCells, classify, col, type Layout} from './classify.js';
import {cleanText} from './clean.js';
import type {Interner} from './interner.js';
import type {IssueCode, LoadIssue} from './model.js';
import {type Amount, mergedBudget} from './money.js';
import type {Row} from './rows.js';
import {parseTitle, type Title} from './title.js';

/** A cell's text, trimmed, as classify gives it; its line is the row's. */
type Cell = string;

/** A budget cell and its amount, read once (money.ts, readAmount). */
export type DraftBudget = {readonly cell: Cell; readonly amount: Amount};

export type DraftItem = {
	line: number;
	name: Cell[];
	/** A program or item has one budget cell at most: a second one is warned of and dropped. */
	budget: DraftBudget | null;
	plan: Cell[];
	actual: Cell[];
	unit: Cell[];
};

export type DraftPillar = {readonly no: number; readonly title: Cell; readonly line: number};

export type DraftProgram = DraftItem & {
	no: number;
	noInferred: boolean;
	summary: Cell[];
	/** The index of its pillar in the draft's pillars, or -1 before any pillar heading. */
	pillar: number;
	items: DraftItem[];
	lines: number[];
	mergedBudgetLine?: number;
};

/** One report's rows, folded. */
export type ReportDraft = {
	/** The title, cleaned; null when no title line was found (finish reports why). */
	title: Title | null;
	titleLine: number;
	/** The file has no rows at all. */
	empty: boolean;
	/** Notes (`※…`), cleaned. */
	notes: string[];
	pillars: DraftPillar[];
	programs: DraftProgram[];
	/** Every cell with a space (the only ones that can show a wrap): columns and texts. */
	spacedColumns: number[];
	spacedTexts: string[];
};

export type Fold = {
	draft: ReportDraft;
	issues: LoadIssue[];
	/** Lines read as a title, a note or a page header. */
	frameLines: number[];
	/** The report's title line (none or one). */
	titleLines: number[];
	/** The rows after this report, from the title line of the next one (none at the end). */
	rest: readonly Row[];
};

const TEXT_FIELDS = ['plan', 'actual', 'unit'] as const;

/** A title line after the first starts another report only if it reads as a whole title. */
const WHOLE_TITLE = /就労支援事業計画|実施状況/u;

/**
 * A whole title at the end of a row's last cell: a report pasted after one whose last line
 * had no line end (`cat a.txt b.txt`, and the seeds end without one) glues its title to
 * that line (the body before the era, if any, stays with the cell before it).
 */
const GLUED_TITLE =
	/(?:令和|平成)\s*(?:[0-9０-９]+|元)\s*年度\s*就労支援事業計画\s*事業の実施状況\s*$/u;

/** A summary cell that starts a bullet belongs to the program, not to its last item. */
const BULLET = /^[○〇◯]/u;

function draftItem(line: number): DraftItem {
	return {line, name: [], budget: null, plan: [], actual: [], unit: []};
}

/**
 * `cells` with `text` added. Most fields get one cell or none: a literal `[text]` holds
 * exactly one, where the first push onto `[]` reserves room for 17.
 */
function withCell(cells: Cell[], text: Cell): Cell[] {
	if (cells.length === 0) return [text];
	cells.push(text);
	return cells;
}

/** Fills a fresh draft from its row's cells (its name from the `from` column). */
function fill(
	target: DraftItem,
	cells: string[],
	from: 'name' | 'summary',
	amountOf: (text: string) => Amount,
) {
	const name = cells[col(from)] ?? '';
	if (name) target.name = [name];
	const budget = cells[col('budget')] ?? '';
	if (budget) target.budget = {cell: budget, amount: amountOf(budget)};
	for (const field of TEXT_FIELDS) {
		const text = cells[col(field)] ?? '';
		if (text) target[field] = [text];
	}
}

/**
 * `row` split where a title of another report is glued to its end (see GLUED_TITLE):
 * the row before it and the title as a row of its own (the same line), or null.
 */
function unglueTitle(row: Row, title: Title): [Row, Row] | null {
	let last = row.cells.length - 1;
	while (last > 0 && row.cells[last]!.trim() === '') last--;
	if (last === 0) return null; // a row of one cell is a title row already
	const cell = row.cells[last]!;
	if (!cell.includes('実施状況')) return null; // the common case, without the regex
	const glued = GLUED_TITLE.exec(cell);
	if (!glued) return null;
	const read = parseTitle(glued[0]);
	if (!read || (read.fiscalYear === title.fiscalYear && read.body === title.body)) return null;
	const at = glued.index;
	const before = [...row.cells.slice(0, last), cell.slice(0, at)];
	return [
		{line: row.line, cells: before},
		{line: row.line, cells: [cell.slice(at)]},
	];
}

/**
 * Whether a row that reads as a pillar heading (a number and a name, nothing else) whose
 * number continues the program sequence is a program row that lost its other cells: it
 * is, unless the next program row carries the same number (pillar k heading program k).
 */
function continuesAsProgram(
	rows: readonly Row[],
	index: number,
	layout: Layout,
	no: number,
): boolean {
	let current = layout;
	for (let j = index + 1; j < rows.length; j++) {
		const next = classify(rows[j]!, current);
		if (next.kind === 'header') {
			if (next.layout) current = next.layout;
			continue;
		}
		if (next.kind === 'note') continue;
		// A next program that lost its number tells nothing, but a pillar heading whose
		// number continues the programs' is the first heading (1, before program 1) or a
		// coincidence: after programs, the row is a program.
		if (next.kind === 'program') return next.no === null ? no > 1 : next.no !== no;
		// Program k cut down to its number and name under pillar heading k.
		if (next.kind === 'pillar') return next.no !== no;
		return true;
	}
	return true; // a last program row cut short
}

/** An issue of `file` as data (never thrown). */
export function issueOf(
	file: string,
	code: IssueCode,
	message: string,
	line?: number,
	severity: LoadIssue['severity'] = 'warning',
): LoadIssue {
	return {code, severity, message, file, ...(line ? {line} : {})};
}

/**
 * Folds one report's rows: from the first row up to the title line of the next report,
 * if any (`rest`). Pure: the rows are not changed (a row with the next report's title
 * glued to its end is split into two in `rest`).
 */
export function foldReport(rows: readonly Row[], file: string, interner: Interner): Fold {
	const issues: LoadIssue[] = [];
	const frameLines: number[] = [];
	const titleLines: number[] = [];
	const warn = (
		code: IssueCode,
		message: string,
		line?: number,
		severity: LoadIssue['severity'] = 'warning',
	) => issues.push(issueOf(file, code, message, line, severity));
	const amountOf = (text: string) => interner.amount(text);

	let layout: Layout = 'separate';
	const spacedColumns: number[] = [];
	const spacedTexts: string[] = [];
	let title: Title | null = null;
	let titleLine = 0;
	const notes: string[] = [];
	const pillars: DraftPillar[] = [];
	const programs: DraftProgram[] = [];
	let pillar = -1; // the current pillar heading's index in `pillars`
	let lastItem: DraftItem | null = null;
	let rest: readonly Row[] = [];

	rowLoop: for (let index = 0; index < rows.length; index++) {
		let row = rows[index]!;
		// The next report's title glued to this row: the row without it, then the title,
		// which starts the next report.
		const unglued = title && row.cells.length > 1 ? unglueTitle(row, title) : null;
		let gluedTitle: Row | null = null;
		if (unglued) [row, gluedTitle] = unglued;
		let kind = classify(row, layout);
		const current = programs[programs.length - 1];
		if (kind.kind === 'pillar') {
			const previous = current?.no ?? 0;
			// (A title glued to the row comes next: it is no program, so the row is one.)
			const asProgram =
				kind.no === previous + 1 &&
				(gluedTitle !== null || continuesAsProgram(rows, index, layout, kind.no));
			if (asProgram) {
				warn(
					'incomplete-row',
					`program no. ${kind.no} has only its number and name (its other cells are empty); read as a program, as its number continues the sequence`,
					row.line,
				);
				kind = {kind: 'program', no: kind.no, cells: canonicalCells(row.cells, layout)};
			}
		}
		if ('cells' in kind) {
			for (let column = 0; column < kind.cells.length; column++) {
				const text = kind.cells[column]!;
				if (text.includes(' ')) {
					spacedColumns.push(column);
					spacedTexts.push(text);
				}
			}
			if (kind.cells.length > COLUMNS.length) {
				const extra = kind.cells.slice(COLUMNS.length).filter(Boolean);
				if (extra.length > 0)
					warn(
						'garbage-cell',
						`text beyond the ${COLUMNS.length} report columns was not used: "${extra.join(' ').slice(0, 60)}"`,
						row.line,
					);
			}
		}
		switch (kind.kind) {
			case 'title': {
				const read = parseTitle(interner.text(cleanText(kind.text)));
				if (!title) {
					title = read;
					titleLine = row.line;
					frameLines.push(row.line);
					titleLines.push(row.line);
				} else if (read && read.fiscalYear === title.fiscalYear && read.body === title.body) {
					frameLines.push(row.line); // the title repeated (on a new page)
				} else if (read && WHOLE_TITLE.test(read.title)) {
					rest = rows.slice(index); // another report begins
					break rowLoop;
				} else {
					warn(
						'stray-title',
						`a line naming another fiscal year is not a title line; skipped: "${kind.text.slice(0, 60)}"`,
						row.line,
					);
				}
				break;
			}
			case 'note':
				notes.push(interner.text(cleanText(kind.text)));
				frameLines.push(row.line);
				break;
			case 'header':
				if (kind.layout) layout = kind.layout;
				frameLines.push(row.line);
				break;
			case 'pillar':
				pillar = pillars.length;
				pillars.push({no: kind.no, title: kind.title, line: row.line}); // cleaned by finish
				lastItem = null;
				break;
			case 'program': {
				const previous = current?.no ?? 0;
				const no = kind.no ?? previous + 1;
				if (kind.no === null) {
					warn(
						'inferred-number',
						`program row has no number; inferred no. ${no} from the sequence`,
						row.line,
						'info',
					);
				} else if (current && kind.no !== previous + 1) {
					warn('number-gap', `program no. ${kind.no} follows no. ${previous}`, row.line);
				}
				const draft: DraftProgram = {
					line: row.line,
					name: [],
					budget: null,
					plan: [],
					actual: [],
					unit: [],
					no,
					noInferred: kind.no === null,
					summary: [],
					pillar,
					items: [],
					lines: [row.line],
				};
				fill(draft, kind.cells, 'name', amountOf);
				const summary = kind.cells[col('summary')];
				if (summary) draft.summary = [summary];
				if (draft.name.length === 0)
					warn('missing-name', `program no. ${no} has no name in the report`, row.line, 'info');
				programs.push(draft);
				lastItem = null;
				break;
			}
			case 'item': {
				if (!current) {
					warn('unplaced-row', 'sub-item row before any program; skipped', row.line);
					break;
				}
				const item = draftItem(row.line);
				fill(item, kind.cells, 'summary', amountOf);
				const merged = mergedBudget(kind.cells[col('budget')] ?? '', amountOf);
				if (merged && current.budget === null) {
					// A merged budget cell printed on the first sub-item row belongs to the program.
					current.budget = {cell: merged.text, amount: merged.amount};
					current.mergedBudgetLine = row.line;
					item.budget = null;
				}
				current.items.push(item);
				current.lines.push(row.line);
				lastItem = item;
				break;
			}
			case 'continuation': {
				if (!current) {
					warn('unplaced-row', 'continuation row before any program; skipped', row.line);
					break;
				}
				current.lines.push(row.line);
				const summary = kind.cells[col('summary')] ?? '';
				const target = lastItem && !BULLET.test(summary) ? lastItem : current;
				if (summary) {
					if (target === current) current.summary = withCell(current.summary, summary);
					else target.name = withCell(target.name, summary);
				}
				const budget = kind.cells[col('budget')] ?? '';
				if (budget) {
					const amount = amountOf(budget);
					if (amount.yen === null)
						warn(
							'garbage-cell',
							`ignored unreadable text in the budget column: "${budget}"`,
							row.line,
						);
					else if (target.budget !== null)
						warn(
							'garbage-cell',
							`a second budget "${budget}" for one program; kept the first`,
							row.line,
						);
					else target.budget = {cell: budget, amount};
				}
				for (const field of TEXT_FIELDS) {
					const text = kind.cells[col(field)] ?? '';
					if (text) target[field] = withCell(target[field], text);
				}
				break;
			}
			case 'noise':
				if (title)
					warn(
						'unplaced-row',
						`row could not be placed; skipped: "${kind.text.slice(0, 60)}"`,
						row.line,
					);
				break;
			default: {
				const never: never = kind;
				throw new Error(`unhandled row kind ${JSON.stringify(never)}`);
			}
		}
		if (gluedTitle) {
			rest = [gluedTitle, ...rows.slice(index + 1)];
			break;
		}
	}

	const draft: ReportDraft = {
		title,
		titleLine,
		empty: rows.length === 0,
		notes,
		pillars,
		programs,
		spacedColumns,
		spacedTexts,
	};
	return {draft, issues, frameLines, titleLines, rest};
}
