// loadReports(paths) → {reports, issues}: the whole load at once (CLI print modes,
// tests). The explorer uses the same stream of events, in slices (background.ts).
import {applyLinks, loadStream} from './load-stream.js';
import type {LoadIssue, LoadResult, Report} from './model.js';

export {bundledSeedPaths, expandPaths, loadFile, REPORT_EXTENSIONS} from './files.js';

export function loadReports(paths: string[]): LoadResult {
	const reports: Report[] = [];
	const issues: LoadIssue[] = [];
	for (const event of loadStream(paths)) {
		if (event.type === 'report') reports.push(event.report);
		else if (event.type === 'issue') issues.push(event.issue);
		else if (event.type === 'links') applyLinks(reports, event.links);
	}
	return {reports, issues};
}
