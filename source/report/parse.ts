// rows → Report. The composer stage: rows are classified and folded into programs,
// their continuation lines and sub-items; then every cell is cleaned and parsed.
import {COLUMNS, canonicalCells, classify, col, type Layout} from './classify.js';
import {cleanText, measureWraps, type WrapProfile} from './clean.js';
import type {Budget, Item, LoadIssue, Pillar, Program, Report} from './model.js';
import {copyPool, memoByText} from './memo.js';
import {amountOverflows, mergedBudgetText, parseBudget} from './money.js';
import {parseScale} from './metric.js';
import {type Row, splitRows} from './rows.js';
import {parseTitle} from './title.js';

/** A cell's text; its line is the row's (kept in `lines`). */
type Cell = string;

type DraftItem = {
	line: number;
	name: Cell[];
	budget: Cell[];
	plan: Cell[];
	actual: Cell[];
	unit: Cell[];
};

type DraftProgram = DraftItem & {
	no: number;
	noInferred: boolean;
	summary: Cell[];
	pillar: Program['pillar'];
	items: DraftItem[];
	lines: number[];
	mergedBudgetLine?: number;
};

const FIELDS = ['budget', 'plan', 'actual', 'unit'] as const;

function draftItem(line: number): DraftItem {
	return {line, name: [], budget: [], plan: [], actual: [], unit: []};
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

function fill(target: DraftItem, cells: string[], from: 'name' | 'summary') {
	const name = cells[col(from)] ?? '';
	if (name) target.name = withCell(target.name, name);
	for (const field of FIELDS) {
		const text = cells[col(field)] ?? '';
		if (text) target[field] = withCell(target[field], text);
	}
}

export type ParseOutput = {
	/** The file's first report (null when none could be read). */
	report: Report | null;
	/** Every report in the file: a second title naming another year starts another. */
	reports: Report[];
	issues: LoadIssue[];
	/** Lines read as a title, a note or a page header (what the model keeps no line of). */
	frameLines: number[];
	/** Each report's title line. */
	titleLines: number[];
};

/** A title line after the first starts another report only if it reads as a whole title. */
const WHOLE_TITLE = /就労支援事業計画|実施状況/u;

/**
 * A whole title at the end of a row's last cell: a report pasted after one whose last line
 * had no line end (`cat a.txt b.txt`, and the seeds end without one) glues its title to
 * that line (the body before the era, if any, stays with the cell before it).
 */
const GLUED_TITLE =
	/(?:令和|平成)\s*(?:[0-9０-９]+|元)\s*年度\s*就労支援事業計画\s*事業の実施状況\s*$/u;
/(?:^|[^\S\t]|\P{Script=Han})((?:令和|平成)\s*(?:[0-9０-９]+|元)\s*年度\s*就労支援事業計画\s*事業の実施状況)\s*$/u;

/**
 * `row` split where a title of another report is glued to its end (see GLUED_TITLE):
 * the row before it and the title as a row of its own (the same line), or null.
 */
function unglueTitle(
	row: Row,
	title: NonNullable<ReturnType<typeof parseTitle>>,
): [Row, Row] | null {
	let last = row.cells.length - 1;
	while (last > 0 && (row.cells[last] as string).trim() === '') last--;
	if (last === 0) return null; // a row of one cell is a title row already
	const cell = row.cells[last] as string;
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
 * Reads a report file. One file normally holds one report; a second title line naming
 * another year (or body) starts another report (two reports pasted into one file: issue
 * 19), so no program is labelled with the wrong year.
 */
export function parseReport(text: string, file: string): ParseOutput {
	const issues: LoadIssue[] = [];
	const frameLines: number[] = [];
	const titleLines: number[] = [];
	const {rows, longLines} = splitRows(text);
	for (const line of longLines)
		issues.push({
			code: 'long-line',
			severity: 'warning',
			message: 'line is longer than 20,000 characters; the rest of it was cut',
			file,
			line,
		});
	const reports: Report[] = [];
	let start = 0;
	do {
		const section = parseSection(rows, start, file, issues, frameLines, titleLines);
		if (section.report) reports.push(section.report);
		start = section.next;
	} while (start < rows.length);
	return {report: reports[0] ?? null, reports, issues, frameLines, titleLines};
}

/**
 * Whether a row that reads as a pillar heading (a number and a name, nothing else) whose
 * number continues the program sequence is a program row that lost its other cells: it
 * is, unless the next program row carries the same number (pillar k heading program k).
 */
function continuesAsProgram(rows: Row[], index: number, layout: Layout, no: number): boolean {
	let current = layout;
	for (let j = index + 1; j < rows.length; j++) {
		const next = classify(rows[j] as Row, current);
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

/** One report: from rows[start] up to the title line of the next report (`next`). */
function parseSection(
	rows: Row[],
	start: number,
	file: string,
	issues: LoadIssue[],
	frameLines: number[],
	titleLines: number[],
): {report: Report | null; next: number} {
	const warn = (
		code: LoadIssue['code'],
		message: string,
		line?: number,
		severity: LoadIssue['severity'] = 'warning',
	) => issues.push({code, severity, message, file, ...(line ? {line} : {})});

	// One pass: classify each row (the layout follows the last header row) and fold it
	// into programs. Cells are cleaned at the end, once the wrap profile is known.
	let layout: Layout = 'separate';
	// Only cells with a space can show a wrap: their columns and texts, side by side.
	const spacedColumns: number[] = [];
	const spacedTexts: string[] = [];
	let title: ReturnType<typeof parseTitle> = null;
	let titleLine = 0;
	const notes: string[] = [];
	const pillarRows: Array<{pillar: NonNullable<Program['pillar']>; line: number}> = [];
	const drafts: DraftProgram[] = [];
	let pillar: Program['pillar'] = null; // shared by the pillar's programs
	let lastItem: DraftItem | null = null;
	let next = rows.length;

	rowLoop: for (let index = start; index < rows.length; index++) {
		let row = rows[index] as Row;
		const unglued = title && row.cells.length > 1 ? unglueTitle(row, title) : null;
		if (unglued) {
			// The title goes on as the next row: it starts the next report.
			[row] = unglued;
			rows.splice(index, 1, ...unglued);
		}
		let kind = classify(row, layout);
		const current = drafts[drafts.length - 1];
		if (kind.kind === 'pillar') {
			const previous = current?.no ?? 0;
			if (kind.no === previous + 1 && continuesAsProgram(rows, index, layout, kind.no)) {
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
				const text = kind.cells[column] as string;
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
				const read = parseTitle(shared(cleanText(kind.text)));
				if (!title) {
					title = read;
					titleLine = row.line;
					frameLines.push(row.line);
					titleLines.push(row.line);
				} else if (read && read.fiscalYear === title.fiscalYear && read.body === title.body) {
					frameLines.push(row.line); // the title repeated (on a new page)
				} else if (read && WHOLE_TITLE.test(read.title)) {
					next = index; // another report begins
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
				notes.push(shared(cleanText(kind.text)));
				frameLines.push(row.line);
				break;
			case 'header':
				if (kind.layout) layout = kind.layout;
				frameLines.push(row.line);
				break;
			case 'pillar':
				pillar = {no: kind.no, title: kind.title}; // cleaned below
				pillarRows.push({pillar, line: row.line});
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
					budget: [],
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
				fill(draft, kind.cells, 'name');
				const summary = kind.cells[col('summary')];
				if (summary) draft.summary = [summary];
				if (draft.name.length === 0)
					warn('missing-name', `program no. ${no} has no name in the report`, row.line, 'info');
				drafts.push(draft);
				lastItem = null;
				break;
			}
			case 'item': {
				if (!current) {
					warn('unplaced-row', 'sub-item row before any program; skipped', row.line);
					break;
				}
				const item = draftItem(row.line);
				fill(item, kind.cells, 'summary');
				const merged = mergedBudgetText(kind.cells[col('budget')] ?? '');
				if (merged && current.budget.length === 0) {
					// A merged budget cell printed on the first sub-item row belongs to the program.
					current.budget = [merged];
					current.mergedBudgetLine = row.line;
					item.budget = [];
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
				const target = lastItem && !/^[○〇◯]/u.test(summary) ? lastItem : current;
				if (summary) {
					if (target === current) current.summary = withCell(current.summary, summary);
					else target.name = withCell(target.name, summary);
				}
				for (const field of FIELDS) {
					const text = kind.cells[col(field)] ?? '';
					if (!text) continue;
					if (field === 'budget' && parseBudget(text).yen === null) {
						warn(
							'garbage-cell',
							`ignored unreadable text in the budget column: "${text}"`,
							row.line,
						);
						continue;
					}
					if (field === 'budget' && target.budget.length > 0) {
						warn(
							'garbage-cell',
							`a second budget "${text}" for one program; kept the first`,
							row.line,
						);
						continue;
					}
					target[field] = withCell(target[field], text);
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
	}

	if (!title) {
		issues.push({
			code: rows.length === 0 ? 'empty-file' : drafts.length > 0 ? 'no-era' : 'not-a-report',
			severity: 'error',
			message:
				rows.length === 0
					? 'the file has no text'
					: drafts.length > 0
						? 'the title line names no fiscal year (e.g. 令和6年度 就労支援事業計画 事業の実施状況)'
						: 'not a 就労支援事業計画 report: no title line with a fiscal year and no program rows',
			file,
		});
		return {report: null, next};
	}
	if (drafts.length === 0) {
		issues.push({
			code: 'not-a-report',
			severity: 'error',
			message: 'no program rows found',
			file,
			line: titleLine,
		});
		// Its pillar headings are named too, so no line goes without a word (a report
		// before a second title, or after it, may hold nothing but those).
		for (const {line} of pillarRows)
			warn('unplaced-row', 'pillar heading of a report with no program rows; skipped', line);
		return {report: null, next};
	}

	const profile = measureWraps(spacedColumns, spacedTexts);
	const pillars: Pillar[] = pillarRows.map(({pillar, line}) => {
		pillar.title = shared(cleanText(pillar.title, profile, col('name')));
		return {no: pillar.no, title: pillar.title, line};
	});
	const report: Report = {
		body: title.body,
		era: title.era,
		fiscalYear: title.fiscalYear,
		title: title.title,
		file,
		notes,
		pillars,
		programs: [],
	};
	const ids = new Set<string>();
	for (const draft of drafts) {
		let id = `${report.body}|${report.fiscalYear}|${draft.no}`;
		if (ids.has(id)) id = `${id}#${draft.line}`;
		ids.add(id);
		report.programs.push(finishProgram(draft, report, id, profile));
	}
	warnOverflows(report, warn);
	return {report, next};
}

/** Amounts too large to hold exactly were read as no figure: say so (issue 19). */
function warnOverflows(
	report: Report,
	warn: (code: 'amount-overflow', m: string, line: number) => void,
) {
	const check = (budget: Budget, line: number) => {
		if (budget.yen === null && budget.text && amountOverflows(budget.text))
			warn(
				'amount-overflow',
				`the amount "${budget.text.slice(0, 40)}" is too large to read exactly; no yen figure`,
				budget.mergedFromLine ?? line,
			);
	};
	for (const program of report.programs) {
		check(program.budget, program.lines[0] ?? 0);
		for (const item of program.items) check(item.budget, item.line);
	}
}

// Reports repeat themselves: a program keeps its summary, plan, actual and budget year
// after year, and many cells read the same (`各事業欄記載`, `1,000人`). What is read from
// a cell depends on its text alone, so equal cells get one copy of the text and of what
// was read from it, remembered for the texts seen lately (memo.ts): at 25,000 programs
// this keeps the model at a fraction of its size, and the copies are never made, so
// there is less to collect too. Shared values are read-only, as the whole model is once
// parsed; the one that varies by row (a merged budget's line) gets its own object.

/** One copy of each text, its own (not a slice of the file it was cut from: memo.ts). */
const shared = copyPool();
/** One plan or actual cell reading per text. */
const scaleOf = memoByText(parseScale);
/** One budget reading per text. */
const budgetOf = memoByText(parseBudget);
/** One summary (bullet list) per summary text. */
const bulletsOf = memoByText(splitBullets);
/** One list of source lines per list of numbers (a report's layout repeats year after year). */
const linesByText = memoByText((text: string) => text.split(',').map(Number));
// (The draft's own array grew by pushes and has spare slots the model would keep.)
const linesOf = (lines: number[]) => linesByText(lines.join(','));

/** The empty list every empty list of the model is (frozen: nothing may add to it). */
const NONE: never[] = Object.freeze([]) as unknown as never[];

function joinCells(cells: Cell[], profile: WrapProfile, column: number): string {
	// Most fields are one cell or none.
	if (cells.length === 0) return '';
	if (cells.length === 1) return shared(cleanText(cells[0] as Cell, profile, column));
	return shared(
		cells
			.map((c) => cleanText(c, profile, column))
			.filter(Boolean)
			.join(' '),
	);
}

function finishBudget(cells: Cell[], profile: WrapProfile, mergedFromLine?: number): Budget {
	const budget = budgetOf(joinCells(cells, profile, col('budget')));
	// Its own object: the line is this row's, not the text's.
	return mergedFromLine ? {...budget, mergedFromLine} : budget;
}

const ITEM_MARKER = /^[・･·①-⑳]/u;

function finishItem(draft: DraftItem, profile: WrapProfile): Item {
	const raw = joinCells(draft.name, profile, col('summary'));
	const marker = ITEM_MARKER.exec(raw)?.[0];
	const plan = scaleOf(joinCells(draft.plan, profile, col('plan')));
	const actual = scaleOf(joinCells(draft.actual, profile, col('actual')));
	const budget = finishBudget(draft.budget, profile);
	const unit = joinCells(draft.unit, profile, col('unit'));
	// Plain literals, not `...(marker ? {marker} : {})`: a spread builds each item key by
	// key through a slow generic path. `marker` comes first when there is one.
	if (!marker) return {name: raw, budget, plan, actual, unit, line: draft.line};
	return {
		marker: marker === '･' || marker === '·' ? '・' : marker,
		name: raw.slice(marker.length).trim(),
		budget,
		plan,
		actual,
		unit,
		line: draft.line,
	};
}

/** Splits summary cells into ○/〇 bullets. */
function bullets(cells: Cell[], profile: WrapProfile): string[] {
	return bulletsOf(joinCells(cells, profile, col('summary')));
}

function splitBullets(text: string): string[] {
	const list = text
		.split(/[○〇◯]/u)
		.map((b) => shared(b.trim()))
		.filter(Boolean);
	// `slice`: an exact copy, as `filter` leaves spare slots the model would keep.
	return list.length === 0 ? NONE : list.slice();
}

function nameHint(summary: string[]): string {
	const quoted = /「[^」]{2,30}」/u.exec(summary.join(' '));
	if (quoted) return quoted[0];
	const first = summary[0] ?? '';
	return [...first].length > 20 ? `${[...first].slice(0, 20).join('')}…` : first;
}

function finishProgram(
	draft: DraftProgram,
	report: Report,
	id: string,
	profile: WrapProfile,
): Program {
	const item = finishItem(draft, profile);
	const summary = bullets(draft.summary, profile);
	const name = joinCells(draft.name, profile, col('name'));
	const budget = finishBudget(draft.budget, profile, draft.mergedBudgetLine);
	const items = draft.items.length === 0 ? NONE : draft.items.map((i) => finishItem(i, profile));
	// A plain literal, as in finishItem.
	const program: Program = {
		id,
		no: draft.no,
		noInferred: draft.noInferred,
		name,
		pillar: draft.pillar,
		summary,
		budget,
		plan: item.plan,
		actual: item.actual,
		unit: item.unit,
		items,
		lines: linesOf(draft.lines),
		fiscalYear: report.fiscalYear,
		era: report.era,
		body: report.body,
		file: report.file,
	};
	if (name) return program;
	// Rare: a nameless program carries nameHint right after name (key order shows in JSON).
	const {id: _id, no, noInferred, name: _name, ...rest} = program;
	return {id, no, noInferred, name, nameHint: nameHint(summary), ...rest};
}
