// The store that feeds the explorer while reports arrive in the background.
import {describe, expect, it} from 'vitest';
import {loadStream} from '../../source/report/load-stream.js';
import type {Program, Report} from '../../source/report/model.js';
import {acrossYears, buildCatalog} from '../../source/state/catalog.js';
import {ReportStore} from '../../source/state/report-store.js';
import {linkBody} from '../../source/report/lineage-body.js';
import {lineageFacts} from '../../source/report/lineage-evidence.js';
import {LineageBook} from '../../source/report/lineage.js';
import {bodiesOf} from '../../source/report/load-in-background.js';
import {corpusFiles, corpusReports} from '../helpers/corpus.js';
import {packedByTheWorker} from '../helpers/links.js';
import {FY2022_FILE, FY2024_FILE} from '../helpers/seeds.js';
import {createSimpleEngine} from '../helpers/simple-engine.js';

const warmable = (programs: Program[]) => ({
	...createSimpleEngine(programs),
	ready: true,
	warmAsync: async () => {},
	whenReady: async () => {},
	rehearse: () => createSimpleEngine([]).search(''),
});

describe('loadStream', () => {
	it('emits start, each report with progress, issues, done', () => {
		const events = [...loadStream([FY2024_FILE, FY2022_FILE, '/no/such/file.txt'])];
		expect(events.map((e) => e.type).filter((t) => t !== 'issue')).toEqual([
			'start',
			'report',
			'report',
			'done',
		]);
		expect(events[1]).toMatchObject({type: 'issue', issue: {code: 'missing-path'}});
		expect(events.filter((e) => e.type === 'issue')).toHaveLength(5); // + FY2022's notes and warning
		expect(events[0]).toEqual({type: 'start', files: 2});
		expect(events[2]).toMatchObject({
			type: 'report',
			done: 1,
			files: 2,
			report: {fiscalYear: 2024},
		});
	});
});

describe('ReportStore', () => {
	it('shows the first report at once, batches the rest, and publishes the last at once', async () => {
		const store = new ReportStore(warmable, {throttleMs: 20});
		const seen: number[] = [];
		store.subscribe(() => seen.push(store.getSnapshot().reports.length));
		// The FY2024 file again at the end: skipped (given twice), the third of three files.
		const events = [...loadStream([FY2024_FILE, FY2022_FILE, FY2024_FILE])];
		const second = events.findLastIndex((e) => e.type === 'report');
		const last = events.findIndex((e) => e.type === 'skipped');
		for (const event of events.slice(0, second)) store.accept(event); // start, report 1, issues
		expect(store.getSnapshot().reports).toHaveLength(1);
		expect(store.getSnapshot().progress).toEqual({
			done: 1,
			files: 3,
			allIn: false,
			finished: false,
		});
		store.accept(events[second]!); // report 2: batched
		expect(store.getSnapshot().reports).toHaveLength(1);
		await new Promise((resolve) => setTimeout(resolve, 40));
		expect(store.getSnapshot().reports).toHaveLength(2);
		const before = store.getSnapshot();
		for (const event of events.slice(second + 1, last + 1)) store.accept(event);
		// Every file read: published at once, so the explorer can build its index.
		expect(store.getSnapshot().progress).toEqual({done: 3, files: 3, allIn: true, finished: false});
		expect(store.getSnapshot().reports).toBe(before.reports); // no new report: same engine
		expect(store.getSnapshot().engine).toBe(before.engine);
		for (const event of events.slice(last + 1)) store.accept(event);
		const snapshot = store.getSnapshot();
		expect(snapshot.progress.finished).toBe(true);
		expect(snapshot.engine.size).toBe(85);
		expect(snapshot.issues.filter((i) => i.severity !== 'info').map((i) => i.code)).toEqual([
			'garbage-cell',
			'duplicate-report',
		]);
		// Without the load's links, lineage is worked out when asked.
		const p10 = snapshot.reports[0]?.programs.find((p) => p.no === 10) as Program;
		expect(snapshot.lineage.packed).toBeNull();
		// Over, with no links from the load: a list row works its body out when asked.
		expect(snapshot.lineage.marksWork).toBe(true);
		expect(before.lineage.marksWork).toBe(false); // while loading, rows wait
		expect(snapshot.lineage.inYear(p10, 2022).counterpart).toMatchObject({
			kind: 'same',
			other: {fiscalYear: 2022, no: 3},
		});
		expect(snapshot.reports).toBe(before.reports);
		expect(seen.at(-1)).toBe(2);
	});

	it('copies reports and issues once per publish, not once per event', () => {
		const store = new ReportStore(warmable, {throttleMs: 1000});
		const [report] = [...loadStream([FY2024_FILE])].flatMap((e) =>
			e.type === 'report' ? [e.report] : [],
		);
		if (!report) throw new Error('no seed report');
		store.accept({type: 'report', report, done: 1, files: 2001});
		const first = store.getSnapshot();
		for (let i = 2; i <= 2000; i++) store.accept({type: 'report', report, done: i, files: 2001});
		expect(store.getSnapshot()).toBe(first); // batched: nothing published
		expect(first.reports).toHaveLength(1); // and the published list did not grow
		store.accept({type: 'skipped', file: 'x.txt', done: 2001, files: 2001});
		expect(store.getSnapshot().reports).toHaveLength(2000);
		expect(first.reports).toHaveLength(1);
	});
});

describe('ReportStore publishing a large load', () => {
	it('waits longer between publishes as programs pile up (0.04 ms each, at most 1 s)', async () => {
		const store = new ReportStore(warmable, {throttleMs: 10});
		const [report] = [...loadStream([FY2024_FILE])].flatMap((e) =>
			e.type === 'report' ? [e.report] : [],
		);
		if (!report) throw new Error('no seed report');
		const big = {...report, programs: Array.from({length: 5000}, () => report.programs).flat()};
		store.accept({type: 'report', report: big, done: 1, files: 3}); // the first: at once
		expect(store.getSnapshot().reports).toHaveLength(1);
		store.accept({type: 'report', report, done: 2, files: 3});
		await new Promise((resolve) => setTimeout(resolve, 60));
		expect(store.getSnapshot().reports).toHaveLength(1); // 235,000 programs: 1 s
		store.accept({type: 'done'});
		expect(store.getSnapshot().reports).toHaveLength(2); // the end is published at once
	});
});

describe("ReportStore with the load's lineage (a worker load)", () => {
	it("reads each program's lineage from the packed links, with a new book and the same engine", () => {
		const store = new ReportStore(warmable);
		const reports: Report[] = [];
		for (const event of loadStream([FY2024_FILE, FY2022_FILE])) {
			if (event.type === 'report') reports.push(event.report);
			if (event.type !== 'done') store.accept(event);
		}
		const before = store.getSnapshot();
		const p10 = before.reports[0]?.programs.find((p) => p.no === 10) as Program;
		expect(before.lineage.packed).toBeNull();
		const packed = packedByTheWorker(reports);
		store.accept({type: 'lineage', packed});
		store.accept({type: 'done'});
		const after = store.getSnapshot();
		expect(after.lineage).not.toBe(before.lineage); // the catalog is rebuilt
		expect(after.lineage.packed).toBe(packed);
		expect(after.engine).toBe(before.engine); // the index is not: no program changed
		expect(after.lineage.inYear(p10, 2022).counterpart).toMatchObject({
			kind: 'same',
			other: {fiscalYear: 2022, no: 3},
		});
		const catalog = buildCatalog(after.reports, after.lineage);
		expect(acrossYears(catalog, p10).map((p) => `${p.fiscalYear}#${p.no}`)).toEqual([
			'2022#3',
			'2024#10',
		]);
	});
});

describe("ReportStore, a body's links as they come", () => {
	it('keeps them in the book it has (no new book, no new catalog), and publishes them on a timer', async () => {
		const reports = corpusReports(3000);
		const store = new ReportStore(warmable);
		for (const event of loadStream([corpusFiles(3000).dir]))
			if (event.type !== 'done') store.accept(event);
		const before = store.getSnapshot();
		const [first] = bodiesOf(reports);
		if (!first) throw new Error('no body');
		const program = before.reports.flatMap((r) => r.programs)[0]!;
		expect(program.id).toBe(first.programs[0]?.id);
		expect(before.lineage.mark(program)).toBeNull(); // the load's links are coming
		// The store's own programs (the same files, loaded again for it).
		const mine = bodiesOf(before.reports)[0]!;
		const published = new Promise<void>((resolve) => store.subscribe(resolve));
		store.accept({
			type: 'lineage-body',
			programs: mine.programs,
			packed: linkBody(mine.programs.map(lineageFacts)),
		});
		// Not in the same turn: frames follow the bodies every 100 ms at most.
		expect(store.getSnapshot()).toBe(before);
		await published;
		const after = store.getSnapshot();
		expect(after).not.toBe(before);
		expect(after.lineage).toBe(before.lineage);
		expect(after.reports).toBe(before.reports);
		expect(after.lineage.mark(program)).toEqual(
			new LineageBook(before.reports.flatMap((r) => r.programs)).mark(program),
		);
	});
});

describe('the explorer engine', () => {
	it('comes back at once and builds its index in the background when asked', async () => {
		const {createSearchEngine} = await import('../../source/search/engine.js');
		const store = new ReportStore((programs) => createSearchEngine(programs, {deferBuild: true}));
		for (const event of loadStream([FY2024_FILE, FY2022_FILE])) store.accept(event);
		const {engine} = store.getSnapshot();
		expect((engine as unknown as {ready: boolean}).ready).toBe(false);
		expect(engine.search('')).toHaveLength(85);
		await engine.warmAsync();
		expect((engine as unknown as {ready: boolean}).ready).toBe(true);
		expect(engine.search('テレワークの推進', {limit: 1}).at(0)?.program.id).toBe('|2024|19');
	});

	it('says when every report is in and the index over all of them is built (allIndexed)', async () => {
		const {createSearchEngine} = await import('../../source/search/engine.js');
		const store = new ReportStore((programs) => createSearchEngine(programs, {deferBuild: true}));
		let indexed = false;
		void store.allIndexed().then(() => {
			indexed = true;
		});
		const events = [...loadStream([FY2024_FILE, FY2022_FILE])];
		const last = events.findLastIndex((e) => e.type === 'report');
		for (const event of events.slice(0, last)) store.accept(event);
		await store.getSnapshot().engine.warmAsync(); // the first report's index: not all
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(indexed).toBe(false);
		for (const event of events.slice(last)) store.accept(event);
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(indexed).toBe(false); // all in, the index not built yet
		const {engine} = store.getSnapshot();
		expect(engine.size).toBe(85);
		await engine.warmAsync();
		await new Promise((resolve) => setImmediate(resolve));
		expect(indexed).toBe(true);
		await expect(store.allIndexed()).resolves.toBeUndefined(); // asked late: at once
	});
});
