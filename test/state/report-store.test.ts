// The store that feeds the explorer while reports arrive in the background.
import {describe, expect, it} from 'vitest';
import {loadStream} from '../../source/report/load-stream.js';
import type {Program} from '../../source/report/model.js';
import {ReportStore} from '../../source/state/report-store.js';
import {FY2022_FILE, FY2024_FILE} from '../helpers/seeds.js';
import {createSimpleEngine} from '../helpers/simple-engine.js';

const warmable = (programs: Program[]) => ({
	...createSimpleEngine(programs),
	warmAsync: async () => {},
});

describe('loadStream', () => {
	it('emits start, each report with progress, issues, links, done', () => {
		const events = [...loadStream([FY2024_FILE, FY2022_FILE, '/no/such/file.txt'])];
		expect(events.map((e) => e.type).filter((t) => t !== 'issue')).toEqual([
			'start',
			'report',
			'report',
			'links',
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
		const links = events.find((e) => e.type === 'links');
		expect(links?.type === 'links' && new Map(links.links).get('|2024|10')?.[0]).toMatchObject({
			kind: 'same',
			no: 3,
		});
	});
});

describe('ReportStore', () => {
	it('shows the first report at once, batches the rest, and applies links at the end', async () => {
		const store = new ReportStore(warmable, {throttleMs: 20});
		const seen: number[] = [];
		store.subscribe(() => seen.push(store.getSnapshot().reports.length));
		const events = [...loadStream([FY2024_FILE, FY2022_FILE])];
		const second = events.findLastIndex((e) => e.type === 'report');
		for (const event of events.slice(0, second)) store.accept(event); // start, report 1, issues
		expect(store.getSnapshot().reports).toHaveLength(1);
		expect(store.getSnapshot().progress).toEqual({done: 1, files: 2, finished: false});
		store.accept(events[second]!); // report 2: batched
		expect(store.getSnapshot().reports).toHaveLength(1);
		await new Promise((resolve) => setTimeout(resolve, 40));
		expect(store.getSnapshot().reports).toHaveLength(2);
		for (const event of events.slice(second + 1)) store.accept(event);
		const snapshot = store.getSnapshot();
		expect(snapshot.progress.finished).toBe(true);
		expect(snapshot.engine.size).toBe(85);
		expect(snapshot.issues.filter((i) => i.severity !== 'info').map((i) => i.code)).toEqual([
			'garbage-cell',
		]);
		const p10 = snapshot.reports[0]?.programs.find((p) => p.no === 10);
		expect(p10?.links[0]).toMatchObject({kind: 'same', fiscalYear: 2022, no: 3});
		expect(seen.at(-1)).toBe(2);
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
		expect(engine.search('テレワークの推進', {limit: 1})[0]?.program.id).toBe('|2024|19');
	});
});
