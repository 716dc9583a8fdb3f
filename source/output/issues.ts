// Load issues as one line each on stderr: `shuro: seeds/a.txt:61: warning: …`.
import type {LoadIssue} from '../report/model.js';
import {sanitize} from '../ui/sanitize.js';

export function formatIssue(issue: LoadIssue): string {
	const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
	const level =
		issue.severity === 'error' ? 'error' : issue.severity === 'warning' ? 'warning' : 'note';
	return sanitize(`shuro: ${where}: ${level}: ${issue.message}`);
}

export function summarizeIssues(issues: LoadIssue[]): string {
	const errors = issues.filter((i) => i.severity === 'error').length;
	const warnings = issues.filter((i) => i.severity === 'warning').length;
	const parts = [
		errors ? `${errors} error${errors > 1 ? 's' : ''}` : '',
		warnings ? `${warnings} warning${warnings > 1 ? 's' : ''}` : '',
	];
	return parts.filter(Boolean).join(', ');
}
