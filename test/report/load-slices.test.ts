// The explorer parses a large load in slices between frames (load-in-background.ts): what
// it hands over is exactly what loading at once gives, the same reports and the same
// issues in the same order, on a generated corpus and on one with a damaged file and a
// binary one among its files.
import {copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {decode} from '../../source/report/decode.js';
import {type BackgroundEvent, loadInBackground} from '../../source/report/load-in-background.js';
import {type LoadEvent, loadStream} from '../../source/report/load-stream.js';
import {parseReport} from '../../source/report/parse.js';
import {corpusFiles} from '../helpers/corpus.js';
import {FY2022_FILE, FY2024_FILE} from '../helpers/seeds.js';

const text = (file: string) => {
	const decoded = decode(readFileSync(file));
	if (!decoded.ok) throw new Error(`cannot decode ${file}`);
	return decoded.text;
};

/** A seed with damage: a long line, a second title (another year), an overflowing amount. */
const damaged = (() => {
	const lines = text(FY2024_FILE).split('\n');
	lines.splice(12, 0, `x\t${'長'.repeat(20_100)}`);
	lines.splice(30, 0, text(FY2022_FILE));
	return lines.join('\n').replace(/(\d)億円/, '$1999999999999999999999億円');
})();

describe('the damaged file', () => {
	it('holds the damage it was made with', () => {
		const {reports, issues} = parseReport(damaged, 'r.txt');
		expect(reports.map((r) => r.fiscalYear)).toEqual([2024, 2022]);
		expect(issues.map((i) => i.code)).toEqual(expect.arrayContaining(['long-line']));
	});
});

/** The load events as plain data, the order kept. */
const eventsOf = (events: Array<LoadEvent | BackgroundEvent>) =>
	events.filter((e) => e.type !== 'lineage' && e.type !== 'lineage-body' && e.type !== 'done');

describe('a load parsed in slices', () => {
	it("gives the same reports and issues in the explorer's slices as at once", async () => {
		const {dir} = corpusFiles(2500);
		// The generated corpus again, with a damaged file and a binary one among its files.
		const copy = mkdtempSync(join(tmpdir(), 'shuro-steps-'));
		for (const name of readdirSync(dir)) copyFileSync(join(dir, name), join(copy, name));
		writeFileSync(join(copy, '0000a-damaged.txt'), damaged);
		writeFileSync(join(copy, '0000b-binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 255]));
		for (const source of [dir, copy]) {
			// Large enough to be parsed in slices (load-in-background.ts, SMALL_INPUT_BYTES).
			const atOnce = eventsOf([...loadStream([source])]);
			const inSlices: BackgroundEvent[] = [];
			await new Promise<void>((resolve) => {
				loadInBackground(
					[source],
					(event) => {
						inSlices.push(event);
						if (event.type === 'done') resolve();
					},
					{linkWorker: join(copy, 'no-worker.js')},
				);
			});
			expect(eventsOf(inSlices)).toEqual(atOnce);
		}
	});
});
