// Loading as a stream of events, so a caller can show the first report while the
// rest are still being read (the explorer parses in slices between frames: load-in-background.ts).
// Lineage is not in the stream: it is worked out from the reports (lineage.ts).
import {admitReport, expandPaths, loadFile, ReadBuffer} from './files.js';
import {Interner} from './interner.js';
import type {LoadIssue, Report} from './model.js';

export type LoadEvent =
	| {type: 'start'; files: number}
	| {type: 'issue'; issue: LoadIssue}
	| {type: 'report'; report: Report; done: number; files: number}
	| {type: 'skipped'; file: string; done: number; files: number}
	| {type: 'done'};

/** The events of reading, parsing and admitting every file (no 'done'). */
export type ParseEvent = Exclude<LoadEvent, {type: 'done'}>;

/** Reads, parses and admits every file, one event at a time. */
export function* parseStream(paths: string[]): Generator<ParseEvent> {
	const {files, issues: pathIssues} = expandPaths(paths);
	yield {type: 'start', files: files.length};
	for (const issue of pathIssues) yield {type: 'issue', issue};
	const seen = new Map<string, Pick<Report, 'file' | 'era'>>();
	// The load's interner: equal cells of all its files share one reading (interner.ts).
	// It lives as long as this loop: once the last file is read, nothing refers to it,
	// and its tables go before the caller works out lineage and indexes.
	const interner = new Interner();
	// And its read buffer, which goes with it (files.ts).
	const buffer = new ReadBuffer();
	for (const [index, file] of files.entries()) {
		const {reports, issues} = loadFile(file, interner, buffer);
		// Usually one report; a file holding two (a second title: parse.ts) yields each.
		const admitted = reports.filter((report) => admitReport(seen, report, issues));
		for (const issue of issues) yield {type: 'issue', issue};
		for (const [n, report] of admitted.entries()) {
			// `done` counts files: it reaches the last only with a file's last report.
			const done = n === admitted.length - 1 ? index + 1 : index;
			yield {type: 'report', report, done, files: files.length};
		}
		if (admitted.length === 0) yield {type: 'skipped', file, done: index + 1, files: files.length};
	}
}

/** Reads, parses and admits every file, then says it is done. */
export function* loadStream(paths: string[]): Generator<LoadEvent> {
	yield* parseStream(paths);
	yield {type: 'done'};
}
