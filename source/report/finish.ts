// drafts → model: the parser's second stage. Every cell of a folded report (fold.ts) is
// cleaned with the report's wrap profile, read (plans and actuals into metrics, budgets
// from the amount the fold read) and shared through the load's interner (interner.ts).
import {col} from './classify.js';
import {cleanText, measureWraps, type WrapProfile} from './clean.js';
import {
	type DraftBudget,
	type DraftItem,
	type DraftProgram,
	issueOf,
	type ReportDraft,
} from './fold.js';
import type {Interner} from './interner.js';
import type {Budget, Item, LoadIssue, Pillar, Program, Report} from './model.js';
import {NO_AMOUNT} from './money.js';

/** A cell's text; its line is the row's (kept in `lines`). */
type Cell = string;

/** The empty list every empty list of the model is (frozen: nothing may add to it). */
const NONE: never[] = Object.freeze([]) as unknown as never[];

const ITEM_MARKER = /^[・･·①-⑳]/u;

/** What finishing one report needs besides its draft. */
type Finishing = {profile: WrapProfile; interner: Interner};

function joinCells(cells: readonly Cell[], column: number, {profile, interner}: Finishing): string {
	// Most fields are one cell or none.
	if (cells.length === 0) return '';
	if (cells.length === 1) return interner.text(cleanText(cells[0]!, profile, column));
	return interner.text(
		cells
			.map((c) => cleanText(c, profile, column))
			.filter(Boolean)
			.join(' '),
	);
}

function finishBudget(budget: DraftBudget | null, how: Finishing, mergedFromLine?: number): Budget {
	const text = budget ? how.interner.text(cleanText(budget.cell, how.profile, col('budget'))) : '';
	const shared = how.interner.budget(text, budget?.amount ?? NO_AMOUNT);
	// Its own object: the line is this row's, not the text's.
	return mergedFromLine ? {...shared, mergedFromLine} : shared;
}

function finishItem(draft: DraftItem, how: Finishing): Item {
	const raw = joinCells(draft.name, col('summary'), how);
	const marker = ITEM_MARKER.exec(raw)?.[0];
	const plan = how.interner.scale(joinCells(draft.plan, col('plan'), how));
	const actual = how.interner.scale(joinCells(draft.actual, col('actual'), how));
	const budget = finishBudget(draft.budget, how);
	const unit = joinCells(draft.unit, col('unit'), how);
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

/** Splits a summary into its ○/〇 bullets, each text shared. */
function splitBullets(text: string, interner: Interner): readonly string[] {
	const list = text
		.split(/[○〇◯]/u)
		.map((b) => interner.text(b.trim()))
		.filter(Boolean);
	// `slice`: an exact copy, as `filter` leaves spare slots the model would keep.
	return list.length === 0 ? NONE : list.slice();
}

function nameHint(summary: readonly string[]): string {
	const quoted = /「[^」]{2,30}」/u.exec(summary.join(' '));
	if (quoted) return quoted[0];
	const first = summary[0] ?? '';
	return [...first].length > 20 ? `${[...first].slice(0, 20).join('')}…` : first;
}

type ReportHead = Pick<Report, 'fiscalYear' | 'era' | 'body' | 'file'>;

function finishProgram(
	draft: DraftProgram,
	head: ReportHead,
	id: string,
	pillar: Program['pillar'],
	how: Finishing,
): Program {
	const item = finishItem(draft, how);
	const summary = how.interner.bullets(joinCells(draft.summary, col('summary'), how), (text) =>
		splitBullets(text, how.interner),
	);
	const name = joinCells(draft.name, col('name'), how);
	const budget = finishBudget(draft.budget, how, draft.mergedBudgetLine);
	const items = draft.items.length === 0 ? NONE : draft.items.map((i) => finishItem(i, how));
	// A plain literal, as in finishItem.
	const program: Program = {
		id,
		no: draft.no,
		noInferred: draft.noInferred,
		name,
		pillar,
		summary,
		budget,
		plan: item.plan,
		actual: item.actual,
		unit: item.unit,
		items,
		lines: how.interner.lines(draft.lines),
		fiscalYear: head.fiscalYear,
		era: head.era,
		body: head.body,
		file: head.file,
	};
	if (name) return program;
	// Rare: a nameless program carries nameHint right after name (key order shows in JSON).
	const {id: _id, no, noInferred, name: _name, ...rest} = program;
	return {id, no, noInferred, name, nameHint: nameHint(summary), ...rest};
}

/** Amounts too large to hold exactly were read as no figure: say so (issue 19). */
function overflowIssues(
	programs: readonly Program[],
	drafts: readonly DraftProgram[],
	file: string,
): LoadIssue[] {
	const issues: LoadIssue[] = [];
	const check = (budget: Budget, draft: DraftItem, line: number) => {
		if (draft.budget?.amount.overflows)
			issues.push(
				issueOf(
					file,
					'amount-overflow',
					`the amount "${budget.text.slice(0, 40)}" is too large to read exactly; no yen figure`,
					budget.mergedFromLine ?? line,
				),
			);
	};
	for (let k = 0; k < programs.length; k++) {
		const program = programs[k]!;
		const draft = drafts[k]!;
		check(program.budget, draft, program.lines[0] ?? 0);
		for (let i = 0; i < program.items.length; i++) {
			const item = program.items[i]!;
			check(item.budget, draft.items[i]!, item.line);
		}
	}
	return issues;
}

/**
 * Finishes a folded report: the model, or null with an error when the rows hold no
 * report (no title line, or no program rows), and the issues found on the way.
 */
export function finishReport(
	draft: ReportDraft,
	file: string,
	interner: Interner,
): {report: Report | null; issues: LoadIssue[]} {
	const {title, programs: drafts} = draft;
	if (!title) {
		const issue: LoadIssue = {
			code: draft.empty ? 'empty-file' : drafts.length > 0 ? 'no-era' : 'not-a-report',
			severity: 'error',
			message: draft.empty
				? 'the file has no text'
				: drafts.length > 0
					? 'the title line names no fiscal year (e.g. 令和6年度 就労支援事業計画 事業の実施状況)'
					: 'not a 就労支援事業計画 report: no title line with a fiscal year and no program rows',
			file,
		};
		return {report: null, issues: [issue]};
	}
	if (drafts.length === 0) {
		const issues: LoadIssue[] = [
			{
				code: 'not-a-report',
				severity: 'error',
				message: 'no program rows found',
				file,
				line: draft.titleLine,
			},
		];
		// Its pillar headings are named too, so no line goes without a word (a report
		// before a second title, or after it, may hold nothing but those).
		for (const {line} of draft.pillars)
			issues.push(
				issueOf(
					file,
					'unplaced-row',
					'pillar heading of a report with no program rows; skipped',
					line,
				),
			);
		return {report: null, issues};
	}

	const how: Finishing = {
		profile: measureWraps(draft.spacedColumns, draft.spacedTexts),
		interner,
	};
	// One object per pillar, shared by its programs.
	const heads = draft.pillars.map(({no, title}) => ({
		no,
		title: interner.text(cleanText(title, how.profile, col('name'))),
	}));
	// Literals: a spread of the head gave each pillar a hidden class of its own (+0.4 MB).
	const pillars: Pillar[] = draft.pillars.map(({no, line}, k) => ({
		no,
		title: heads[k]!.title,
		line,
	}));
	const head: ReportHead = {
		fiscalYear: title.fiscalYear,
		era: title.era,
		body: title.body,
		file,
	};
	const ids = new Set<string>();
	const programs = drafts.map((program) => {
		let id = `${title.body}|${title.fiscalYear}|${program.no}`;
		if (ids.has(id)) id = `${id}#${program.line}`;
		ids.add(id);
		return finishProgram(program, head, id, heads[program.pillar] ?? null, how);
	});
	const report: Report = {
		body: title.body,
		era: title.era,
		fiscalYear: title.fiscalYear,
		title: title.title,
		file,
		notes: draft.notes,
		pillars,
		programs,
	};
	return {report, issues: overflowIssues(programs, drafts, file)};
}
