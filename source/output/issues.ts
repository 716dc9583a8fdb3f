// Load issues as one line each on stderr: `shuro: seeds/a.txt:61: warning: …`.
import type {LoadIssue} from '../report/model.js';
import {thousands} from '../text/numbers.js';
import {sanitize} from '../text/sanitize.js';

export function formatIssue(issue: LoadIssue): string {
	const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
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
