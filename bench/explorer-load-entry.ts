// Bundled into dist/ (next to dist/link-worker.js) and run by bench/run.mjs: loads a
// directory of reports the way the explorer does (source/cli.tsx, source/live-app.tsx):
// a background load into a ReportStore; once every report is in, a full collection and
// the search index, in slices, while the links may still be coming. Prints, as JSON, the
// milliseconds from the call to: the first report, every report parsed, the first body's
// links, every program's links in, the index built, and both (`ready`: everything
// searchable and linked).
import {collectGarbage} from '../source/memory.js';
import {loadInBackground} from '../source/report/load-in-background.js';
import {createSearchEngine} from '../source/search/engine.js';
import {ReportStore} from '../source/state/report-store.js';

const dir = process.argv[2] ?? '';
const start = performance.now();
const since = () => Math.round(performance.now() - start);
const at: Record<string, number> = {};
const store = new ReportStore((programs) =>
	createSearchEngine(programs, {deferBuild: true, prefetchRomaji: true}),
);
loadInBackground(
	[dir],
	(event) => {
		if (event.type === 'report' && at.firstReport === undefined) at.firstReport = since();
		if ((event.type === 'report' || event.type === 'skipped') && event.done === event.files)
			at.parsed = since();
		if (event.type === 'lineage-body' && at.firstBody === undefined) at.firstBody = since();
		if (event.type === 'lineage') at.linked = since();
		store.accept(event);
	},
	{linkAfter: store.allIndexed},
);
const keepAlive = setInterval(() => {}, 1000); // the link worker does not hold the process
const indexed = new Promise<void>((resolve) => {
	let started = false;
	store.subscribe(() => {
		const {progress, engine} = store.getSnapshot();
		if (!progress.allIn || started) return;
		started = true;
		collectGarbage();
		void engine.warmAsync().then(() => {
			at.indexed = since();
			collectGarbage();
			resolve();
		});
	});
});
const finished = new Promise<void>((resolve) => {
	store.subscribe(() => {
		if (store.getSnapshot().progress.finished) resolve();
	});
});
await Promise.all([indexed, finished]);
at.ready = since();
clearInterval(keepAlive);
const {engine, reports} = store.getSnapshot();
console.log(
	JSON.stringify({
		reports: reports.length,
		programs: engine.size,
		...at,
		heapMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
		rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
	}),
);
