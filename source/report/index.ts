// loadReports(paths) → {reports, issues, lineage}: the whole load at once (CLI print
// modes, tests). The explorer uses the same stream of events, in slices (load-in-background.ts).
import {LineageBook} from './lineage.js';
import type {PackedLinks} from './lineage-body.js';
import {type LoadEvent, loadStream} from './load-stream.js';
import type {LoadIssue, Report} from './model.js';

export {bundledSeedPaths, expandPaths, loadFile, REPORT_EXTENSIONS} from './files.js';

export type LoadResult = {
	reports: Report[];
	issues: LoadIssue[];
	/** What became of each program across the years (worked out body by body when asked). */
	lineage: LineageBook;
};

export function loadReports(paths: string[]): LoadResult {
	return loadResultOf(loadStream(paths));
}

/**
 * The whole load from its events; 'lineage': every program's links, if worked out already
 * (a body's links as they came, 'lineage-body', are in it too).
 */
export function loadResultOf(
	events: Iterable<LoadEvent | {type: 'lineage-body'} | {type: 'lineage'; packed: PackedLinks}>,
): LoadResult {
	const reports: Report[] = [];
	const issues: LoadIssue[] = [];
	let packed: PackedLinks | null = null;
	for (const event of events) {
		if (event.type === 'report') reports.push(event.report);
		else if (event.type === 'issue') issues.push(event.issue);
		else if (event.type === 'lineage') packed = event.packed;
	}
	return {
		reports,
		issues,
		lineage: new LineageBook(
			reports.flatMap((r) => r.programs),
			packed,
		),
	};
}
