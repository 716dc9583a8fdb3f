// text → reports: rows (rows.ts), then for each report in the file a fold of its rows
// into drafts (fold.ts) and a finish of the drafts into the model (finish.ts). Each
// stage is a pure function; what they share across a load is the interner passed in.
import {finishReport} from './finish.js';
import {foldReport} from './fold.js';
import {Interner} from './interner.js';
import type {LoadIssue, Report} from './model.js';
import {type Row, splitRows} from './rows.js';

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

/**
 * Reads a report file. One file normally holds one report; a second title line naming
 * another year (or body) starts another report (two reports pasted into one file: issue
 * 19), so no program is labelled with the wrong year. `interner` is the load's (see
 * interner.ts); a parse of its own by default.
 */
export function parseReport(
	text: string,
	file: string,
	interner: Interner = new Interner(),
): ParseOutput {
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
	let rest: readonly Row[] = rows;
	do {
		const fold = foldReport(rest, file, interner);
		const finished = finishReport(fold.draft, file, interner);
		// A loop, not push(...): a damaged file may have more issues than a call takes arguments.
		for (const issue of [...fold.issues, ...finished.issues]) issues.push(issue);
		for (const line of fold.frameLines) frameLines.push(line);
		titleLines.push(...fold.titleLines); // none or one
		if (finished.report) reports.push(finished.report);
		rest = fold.rest;
	} while (rest.length > 0);
	return {report: reports[0] ?? null, reports, issues, frameLines, titleLines};
}
