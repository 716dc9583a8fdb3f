// Loading as a stream of events, so a caller can show the first report while the
// rest are still being read (a worker thread posts these events to the UI).
import {linkReports} from './link.js';
import type {LoadIssue, ProgramLink, Report} from './model.js';
import {admitReport, expandPaths, loadFile} from './files.js';

export type LoadEvent =
	| {type: 'start'; files: number}
	| {type: 'issue'; issue: LoadIssue}
	| {type: 'report'; report: Report; done: number; files: number}
	| {type: 'skipped'; file: string; done: number; files: number}
	| {type: 'links'; links: Array<[id: string, links: ProgramLink[]]>}
	| {type: 'done'};

/** Reads, parses and admits every file; links the programs once all are in. */
export function* loadStream(paths: string[]): Generator<LoadEvent> {
	const {files, issues: pathIssues} = expandPaths(paths);
	yield {type: 'start', files: files.length};
	for (const issue of pathIssues) yield {type: 'issue', issue};
	const reports: Report[] = [];
	for (const [index, file] of files.entries()) {
		const out = loadFile(file);
		const issues = [...out.issues];
		const admitted = out.report !== null && admitReport(reports, out.report, issues);
		for (const issue of issues) yield {type: 'issue', issue};
		if (admitted && out.report)
			yield {type: 'report', report: out.report, done: index + 1, files: files.length};
		else yield {type: 'skipped', file, done: index + 1, files: files.length};
	}
	linkReports(reports);
	yield {
		type: 'links',
		links: reports.flatMap((r) =>
			r.programs
				.filter((p) => p.links.length > 0)
				.map((p) => [p.id, p.links] as [string, ProgramLink[]]),
		),
	};
	yield {type: 'done'};
}
