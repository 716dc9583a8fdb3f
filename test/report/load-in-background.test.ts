// Loading in the background: parsed on this thread in slices; once every report is in and
// the caller's linkAfter has resolved, the lineage is worked out by the link worker, or
// here when there is no worker (it sits next to the built bundle only: these tests build
// one) or it fails. Either way the links come packed, then 'done'.
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {build} from 'esbuild';
import {beforeAll, describe, expect, it} from 'vitest';
import {linkBody} from '../../source/report/lineage-body.js';
import {lineageFacts} from '../../source/report/lineage-evidence.js';
import {
	type BackgroundEvent,
	type BackgroundOptions,
	bodiesOf,
	loadInBackground,
} from '../../source/report/load-in-background.js';
import {loadReports} from '../../source/report/index.js';
import {corpusFiles} from '../helpers/corpus.js';
import {expectPackedGivesLineage} from '../helpers/links.js';

const written = corpusFiles(2500);
const {dir} = written;

function load(options: BackgroundOptions = {}): {
	events: BackgroundEvent[];
	finished: Promise<void>;
	stop: () => void;
} {
	const events: BackgroundEvent[] = [];
	let resolve = () => {};
	const finished = new Promise<void>((r) => {
		resolve = r;
	});
	const stop = loadInBackground(
		[dir],
		(event) => {
			events.push(event);
			if (event.type === 'done') resolve();
		},
		options,
	);
	return {events, finished, stop};
}

/**
 * Every report handed over, then each body's links, then every program's (each program's
 * lineage as worked out when asked), then done.
 */
function expectLoadedAndLinked(events: BackgroundEvent[]): void {
	const types = events.map((e) => e.type);
	expect(types.slice(-2)).toEqual(['lineage', 'done']);
	// Each body's links once, after the last report and before every program's, in the
	// order the bodies were first loaded, each as working that body out gives them.
	const bodies = events.flatMap((e) => (e.type === 'lineage-body' ? [e] : []));
	const groups = bodiesOf(events.flatMap((e) => (e.type === 'report' ? [e.report] : [])));
	expect(bodies.map((b) => b.programs)).toEqual(groups.map((g) => g.programs));
	for (const body of bodies)
		expect(body.packed).toStrictEqual(linkBody(body.programs.map(lineageFacts)));
	expect(types.indexOf('lineage-body')).toBeGreaterThan(types.lastIndexOf('report'));
	expect(types.lastIndexOf('lineage-body')).toBeLessThan(types.indexOf('lineage'));
	expect(types.filter((t) => t === 'report')).toHaveLength(written.files);
	const lineage = events.find((e) => e.type === 'lineage');
	if (lineage?.type !== 'lineage') throw new Error('no lineage');
	const programs = events.flatMap((e) => (e.type === 'report' ? e.report.programs : []));
	expect(programs).toHaveLength(written.programs);
	expect(programs.map((p) => p.id)).toEqual(
		loadReports([dir]).reports.flatMap((r) => r.programs.map((p) => p.id)),
	);
	expect(expectPackedGivesLineage(lineage.packed, programs)).toBeGreaterThan(programs.length);
}

/** Told to stop once every report is in (lineage under way): no links, no 'done', ever. */
async function expectStopsOnceAllIn(options: BackgroundOptions): Promise<void> {
	const {events, stop} = load(options);
	while (!events.some((e) => e.type === 'report' && e.done === e.files))
		await new Promise((resolve) => setImmediate(resolve));
	stop();
	await new Promise((resolve) => setTimeout(resolve, 500));
	expect(events.map((e) => e.type)).not.toContain('done');
	expect(events.map((e) => e.type)).not.toContain('lineage');
}

const workerFailed = (events: BackgroundEvent[]) =>
	events.filter((e) => e.type === 'issue' && /link worker failed/.test(e.issue.message));

/** A promise resolved from outside, and whether it has been asked for. */
function gate(): {linkAfter: () => Promise<void>; open: () => void; asked: () => boolean} {
	let open = () => {};
	let asked = false;
	const opened = new Promise<void>((resolve) => {
		open = resolve;
	});
	return {
		linkAfter: () => {
			asked = true;
			return opened;
		},
		open,
		asked: () => asked,
	};
}

/** Waits until every report is in, then a while longer. */
async function allInAndAWhile(events: BackgroundEvent[], ms = 300): Promise<void> {
	while (!events.some((e) => e.type === 'report' && e.done === e.files))
		await new Promise((resolve) => setImmediate(resolve));
	await new Promise((resolve) => setTimeout(resolve, ms));
}

describe('loadInBackground (large input, on this thread)', () => {
	it('hands over every report, then the links, then done', async () => {
		const {events, finished} = load();
		expect(events).toHaveLength(0); // nothing before the caller's first frame
		await finished;
		expectLoadedAndLinked(events);
	});

	it('stops when told, even while linking', async () => {
		await expectStopsOnceAllIn({});
	});

	it('links only once every report is in and linkAfter has resolved', async () => {
		const {linkAfter, open, asked} = gate();
		const {events, finished} = load({linkAfter});
		await allInAndAWhile(events);
		expect(asked()).toBe(true);
		expect(events.map((e) => e.type)).not.toContain('lineage');
		open();
		await finished;
		expectLoadedAndLinked(events);
	});

	it('still links when linkAfter fails', async () => {
		const {events, finished} = load({linkAfter: () => Promise.reject(new Error('no index'))});
		await finished;
		expectLoadedAndLinked(events);
	});
});

describe('loadInBackground with the link worker', () => {
	const workers = mkdtempSync(join(tmpdir(), 'shuro-link-worker-'));
	const linkWorker = join(workers, 'link-worker.js');
	beforeAll(async () => {
		await build({
			entryPoints: ['source/report/link-worker.ts'],
			outfile: linkWorker,
			bundle: true,
			platform: 'node',
			format: 'esm',
			logLevel: 'warning',
		});
	});

	it('works lineage out once every report is in: the same links, then done', async () => {
		const {events, finished} = load({linkWorker});
		await finished;
		expectLoadedAndLinked(events);
		expect(workerFailed(events)).toEqual([]);
		// The links come after the last report (the worker is told the end then).
		const last = events.findLastIndex((e) => e.type === 'report');
		expect(events.findIndex((e) => e.type === 'lineage')).toBeGreaterThan(last);
	});

	it.skipIf(process.platform !== 'linux')(
		'runs the worker at a lower priority than this thread (nice 10)',
		async () => {
			const niceOfThreads = () =>
				readdirSync('/proc/self/task').map((tid) => {
					const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
					return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
				});
			const before = niceOfThreads();
			const {events, finished} = load({linkWorker});
			let seen: number[] = [];
			while (!events.some((e) => e.type === 'lineage')) {
				seen = niceOfThreads();
				if (seen.includes(10)) break;
				// Every turn of the event loop: on a busy machine the worker may link the whole
				// corpus between two timer ticks.
				await new Promise((resolve) => setImmediate(resolve));
			}
			await finished;
			expect(before).not.toContain(10);
			expect(seen).toContain(10);
			expect(niceOfThreads()[0]).toBe(0); // this thread's own priority is untouched
		},
	);

	it('links here instead when the worker fails, and says so (info)', async () => {
		const broken = join(workers, 'throws.js');
		writeFileSync(broken, "throw new Error('broken on purpose');\n");
		const {events, finished} = load({linkWorker: broken});
		await finished;
		expectLoadedAndLinked(events);
		const [failed] = workerFailed(events);
		expect(failed).toMatchObject({issue: {severity: 'info', file: broken}});
		expect(failed?.type === 'issue' && failed.issue.message).toMatch(/broken on purpose/);
	});

	it('links here instead when the worker exits without an answer', async () => {
		const quits = join(workers, 'quits.js');
		writeFileSync(
			quits,
			"import {parentPort} from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n",
		);
		const {events, finished} = load({linkWorker: quits});
		await finished;
		expectLoadedAndLinked(events);
		expect(workerFailed(events)[0]).toMatchObject({
			issue: {message: expect.stringMatching(/exit code 3/)},
		});
	});

	it('stops when told: no links, no done', async () => {
		await expectStopsOnceAllIn({linkWorker});
	});

	it('posts the worker nothing until linkAfter has resolved', async () => {
		// A worker that fails on the first message it gets: the failure says when that was.
		const told = join(workers, 'fails-when-told.js');
		writeFileSync(
			told,
			"import {parentPort} from 'node:worker_threads';\nparentPort.on('message', () => process.exit(4));\n",
		);
		const {linkAfter, open} = gate();
		const {events, finished} = load({linkWorker: told, linkAfter});
		await allInAndAWhile(events);
		expect(workerFailed(events)).toEqual([]);
		open();
		await finished;
		// It failed on the first report posted; the rest were not posted, and the lineage
		// was worked out here, once.
		expect(workerFailed(events)[0]).toMatchObject({
			issue: {message: expect.stringMatching(/exit code 4/)},
		});
		expectLoadedAndLinked(events);
		expect(events.filter((e) => e.type === 'lineage')).toHaveLength(1);
	});
});
