// The explorer fed by a background load: subscribes to the report store and hands
// the reports that are in so far, their search engine and the load status to App.
import {useApp} from 'ink';
import {useEffect, useMemo, useSyncExternalStore} from 'react';
import {App, type AppProps} from './app.js';
import {formatIssue} from './output/issues.js';
import type {ReportStore} from './state/report-store.js';
import type {LoadingStatus} from './ui/status-line.js';

export type LiveAppProps = Omit<
	AppProps,
	'reports' | 'engine' | 'loading' | 'index' | 'allIn' | 'lineage'
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
	const loading = useMemo((): LoadingStatus | undefined => {
		const problems = issues.filter((i) => i.severity !== 'info');
		if (progress.finished && problems.length === 0) return undefined;
		const first = problems[0];
		return {
			...progress,
			errors: problems.filter((i) => i.severity === 'error').length,
			warnings: problems.filter((i) => i.severity === 'warning').length,
			...(first ? {firstIssue: formatIssue(first, 'status')} : {}),
		};
	}, [progress, issues]);
	return (
		<App
			{...props}
			reports={reports}
			lineage={lineage}
			engine={engine}
			// Built once every report is in (the lineage may still be coming: it does not change
			// the engine), in slices between keystrokes and frames, then rehearsed
			// (ui/use-search-index.ts). (The romaji dictionary is read when the first Latin
			// letter is typed: prefetchRomaji.)
			index={engine}
			allIn={progress.allIn}
			{...(loading ? {loading} : {})}
		/>
	);
}
