// The store that feeds the explorer while reports arrive in the background.
import {describe, expect, it, vi} from 'vitest';
import {loadStream} from '../../source/report/load-stream.js';
import type {Program} from '../../source/report/model.js';
import {lazyEngine, ReportStore} from '../../source/state/report-store.js';
import {FY2022_FILE, FY2024_FILE} from '../helpers/seeds.js';
import {createSimpleEngine} from '../helpers/simple-engine.js';

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

describe('lazyEngine', () => {
	it('lists every program for an empty query without building the index', () => {
		const create = vi.fn(createSimpleEngine);
		const programs = [{id: 'a'}, {id: 'b'}] as Program[];
		const engine = lazyEngine(programs, create);
		expect(engine.search('').map((r) => r.program.id)).toEqual(['a', 'b']);
		expect(engine.search('', {limit: 1})).toHaveLength(1);
		expect(create).not.toHaveBeenCalled();
		engine.warm();
		engine.warm();
		expect(create).toHaveBeenCalledTimes(1);
	});
});

describe('ReportStore', () => {
	it('shows the first report at once, batches the rest, and applies links at the end', async () => {
		const store = new ReportStore(createSimpleEngine, {throttleMs: 20});
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
