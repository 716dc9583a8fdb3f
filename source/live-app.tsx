// The explorer fed by a background load: subscribes to the report store and hands
// the reports that are in so far, their search engine and the load status to App.
import {useApp} from 'ink';
import {useEffect, useMemo, useState, useSyncExternalStore} from 'react';
import {App, type AppProps} from './app.js';
import {collectGarbage} from './memory.js';
import type {ReportStore, WarmableEngine} from './state/report-store.js';
import {basename} from 'node:path';
import type {LoadIssue} from './report/model.js';
import type {LoadingStatus} from './ui/status-line.js';

const issueLine = (issue: LoadIssue) =>
	`${basename(issue.file)}${issue.line ? `:${issue.line}` : ''}: ${issue.message}`;

export type LiveAppProps = Omit<
	AppProps,
	'reports' | 'engine' | 'loading' | 'indexReady' | 'lineage'
> & {
	store: ReportStore;
};

export function LiveApp({store, ...props}: LiveAppProps) {
	const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
	const {exit} = useApp();
	const {progress, issues, reports, engine, lineage} = snapshot;
	const failed = progress.finished && reports.length === 0;
	useEffect(() => {
		// Nothing could be loaded: leave, so the errors are printed and the exit status says so.
		if (failed) exit();
	}, [failed, exit]);
	// Build the search index once every report is in (the lineage may still be coming: it
	// does not change the engine), in slices between keystrokes and frames, so it is ready
	// before the user needs it without freezing the screen; then the explorer rehearses
	// (ui/use-rehearsal.ts). (The romaji dictionary is read when the first Latin letter
	// is typed: prefetchRomaji.)
	const [indexed, setIndexed] = useState<WarmableEngine | null>(null);
	const {allIn} = progress;
	useEffect(() => {
		if (!allIn) return;
		let stopped = false;
		// Loading's garbage goes before the index adds its own (memory.ts).
		collectGarbage();
		void engine.warmAsync({cancelled: () => stopped}).then(() => {
			if (stopped) return;
			collectGarbage(); // and the index build's, before the rehearsal
			setIndexed(engine);
		});
		return () => {
			stopped = true;
		};
	}, [allIn, engine]);
	const loading = useMemo((): LoadingStatus | undefined => {
		const problems = issues.filter((i) => i.severity !== 'info');
		if (progress.finished && problems.length === 0) return undefined;
		const first = problems[0];
		return {
			...progress,
			errors: problems.filter((i) => i.severity === 'error').length,
			warnings: problems.filter((i) => i.severity === 'warning').length,
			...(first ? {firstIssue: issueLine(first)} : {}),
		};
	}, [progress, issues]);
	return (
		<App
			{...props}
			reports={reports}
			lineage={lineage}
			engine={engine}
			indexReady={indexed === engine}
			{...(loading ? {loading} : {})}
		/>
	);
}
