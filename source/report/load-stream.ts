// Loading as a stream of events, so a caller can show the first report while the
// rest are still being read (the explorer parses in slices between frames: background.ts).
import {type LinkableReport, linkNames, linkReports} from './link.js';
import type {LoadIssue, ProgramLink, Report} from './model.js';
import {admitReport, expandPaths, loadFile} from './files.js';
import {Interner} from './interner.js';

export type LoadEvent =
	| {type: 'start'; files: number}
	| {type: 'issue'; issue: LoadIssue}
	| {type: 'report'; report: Report; done: number; files: number}
	| {type: 'skipped'; file: string; done: number; files: number}
	| {type: 'links'; links: Array<[id: string, links: ProgramLink[]]>}
	| {type: 'done'};

/**
 * What linking needs of a report (link.ts, linkNames), with links to set. The stream
 * keeps only these, so a large load does not hold every report twice (the consumer
 * keeps the reports). The names are the parser's own copies, no slices of a file.
 */
function linkStub(report: Report): LinkableReport {
	const {body, programs} = linkNames(report);
	return {body, programs: programs.map((p) => ({...p, links: []}))};
}

/** The events of reading, parsing and admitting every file (no links, no 'done'). */
export type ParseEvent = Exclude<LoadEvent, {type: 'links'} | {type: 'done'}>;

/** Reads, parses and admits every file, one event at a time. */
export function* parseStream(paths: string[]): Generator<ParseEvent> {
	const {files, issues: pathIssues} = expandPaths(paths);
	yield {type: 'start', files: files.length};
	for (const issue of pathIssues) yield {type: 'issue', issue};
	const seen = new Map<string, Pick<Report, 'file' | 'era'>>();
	// The load's interner: equal cells of all its files share one reading (interner.ts).
	// It lives as long as this loop: once the last file is read, nothing refers to it,
	// and its tables go before the caller links and indexes.
	const interner = new Interner();
	for (const [index, file] of files.entries()) {
		const {reports, issues} = loadFile(file, interner);
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

/** Reads, parses and admits every file; links the programs once all are in. */
export function* loadStream(paths: string[]): Generator<LoadEvent> {
	const stubs: LinkableReport[] = [];
	for (const event of parseStream(paths)) {
		if (event.type === 'report') stubs.push(linkStub(event.report));
		yield event;
	}
	linkReports(stubs);
	yield {
		type: 'links',
		links: stubs.flatMap((r) =>
			r.programs
				.filter((p) => p.links.length > 0)
				.map((p) => [p.id, p.links] as [string, ProgramLink[]]),
		),
	};
	yield {type: 'done'};
}

/** Sets each program's links from a 'links' event (in place: the reports are the caller's). */
export function applyLinks(reports: Report[], links: Array<[string, ProgramLink[]]>): void {
	const byId = new Map(links);
	for (const report of reports) {
		for (const program of report.programs) program.links = byId.get(program.id) ?? [];
	}
}
