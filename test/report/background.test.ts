// Loading in the background on this thread (the bundled worker sits next to the built
// bundle only; test/cli/tui-background-load.test.ts runs that one): parsed, then linked
// in slices, with the links as a table and 'done' last.
import {describe, expect, it} from 'vitest';
import {type BackgroundEvent, loadInBackground} from '../../source/report/background.js';
import {loadReports} from '../../source/report/index.js';
import {corpusFiles} from '../helpers/corpus.js';

const written = corpusFiles(2500);
const {dir} = written;

function load(): {events: BackgroundEvent[]; finished: Promise<void>; stop: () => void} {
	const events: BackgroundEvent[] = [];
	let resolve = () => {};
	const finished = new Promise<void>((r) => {
		resolve = r;
	});
	const stop = loadInBackground([dir], (event) => {
		events.push(event);
		if (event.type === 'done') resolve();
	});
	return {events, finished, stop};
}

describe('loadInBackground (large input, on this thread)', () => {
	it('hands over every report, then the links as a table, then done', async () => {
		const {events, finished} = load();
		expect(events).toHaveLength(0); // nothing before the caller's first frame
		await finished;
		const types = events.map((e) => e.type);
		expect(types.slice(-2)).toEqual(['link-table', 'done']);
		expect(types.filter((t) => t === 'report')).toHaveLength(written.files);
		const table = events.find((e) => e.type === 'link-table');
		if (table?.type !== 'link-table') throw new Error('no link table');
		const expected = loadReports([dir]).reports.flatMap((r) => r.programs);
		expect(expected).toHaveLength(written.programs);
		for (const program of expected)
			expect(table.table.linksOf(program.id)).toStrictEqual(program.links);
	});

	it('stops when told, even while linking', async () => {
		const {events, stop} = load();
		while (!events.some((e) => e.type === 'report' && e.done === e.files))
			await new Promise((resolve) => setImmediate(resolve));
		stop();
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(events.map((e) => e.type)).not.toContain('done');
		expect(events.map((e) => e.type)).not.toContain('link-table');
	});
});
