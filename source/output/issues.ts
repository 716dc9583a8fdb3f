// Load issues as one line each: on stderr `shuro: seeds/a.txt:61: warning: …`, and the
// first one in the explorer's status line while it loads, `a.txt:61: …`.
import {basename} from 'node:path';
import type {LoadIssue} from '../report/model.js';
import {thousands} from '../text/numbers.js';
import {sanitize} from '../text/sanitize.js';

/**
 * An issue as one line: for stderr (sanitised, with the level), or for the status line
 * (the file's base name and the message: the status line sanitises what it shows).
 */
export function formatIssue(issue: LoadIssue, form: 'stderr' | 'status' = 'stderr'): string {
	const file = form === 'status' ? basename(issue.file) : issue.file;
	const where = issue.line ? `${file}:${issue.line}` : file;
	if (form === 'status') return `${where}: ${issue.message}`;
	const level =
		issue.severity === 'error' ? 'error' : issue.severity === 'warning' ? 'warning' : 'note';
	return sanitize(`shuro: ${where}: ${level}: ${issue.message}`);
}

/** Lines shown per file and kind of problem before the rest are counted in one line. */
export const MAX_SAME_ISSUE = 5;

/**
 * The stderr lines for a load: one per problem (notes only with `verbose`), except that a
 * file repeating one problem thousands of times (a 50 MB file of rows the parser cannot
 * place) shows the first few and then says how many more there were.
 */
export function issueLines(issues: readonly LoadIssue[], verbose: boolean): string[] {
	const lines: string[] = [];
	const seen = new Map<string, {issue: LoadIssue; count: number}>();
	for (const issue of issues) {
		if (issue.severity === 'info' && !verbose) continue;
		const key = `${issue.severity}\u0000${issue.file}\u0000${issue.code}`;
		const entry = seen.get(key) ?? {issue, count: 0};
		entry.count++;
		seen.set(key, entry);
		if (verbose || entry.count <= MAX_SAME_ISSUE) lines.push(formatIssue(issue));
	}
	if (verbose) return lines;
	for (const {issue, count} of seen.values()) {
		if (count <= MAX_SAME_ISSUE) continue;
		lines.push(
			formatIssue({
				code: issue.code,
				severity: issue.severity,
				file: issue.file,
				message: `${thousands(count - MAX_SAME_ISSUE)} more like this (${issue.code}); --verbose lists them all`,
			}),
		);
	}
	return lines;
}
