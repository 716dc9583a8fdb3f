// --json is written a piece at a time (output/json.ts, writeJsonArray), so 25,000 programs
// never sit in memory as one text: the bytes must be toJsonText's, for any array.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {toJsonText, writeJsonArray} from '../../source/output/json.js';
import {seeds} from '../helpers/seeds.js';

async function written(items: unknown[], slow = false): Promise<{text: string; pieces: number}> {
	let text = '';
	let pieces = 0;
	await writeJsonArray(items, (piece) => {
		text += piece;
		pieces++;
		// A pipe that is full: the next piece waits.
		return slow ? new Promise((resolve) => setImmediate(resolve)) : undefined;
	});
	return {text, pieces};
}

describe('writeJsonArray', () => {
	it('writes toJsonText of the array, then a newline, for any values', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.jsonValue(), {maxLength: 8}),
				fc.boolean(),
				async (items, slow) => {
					expect((await written(items, slow)).text).toBe(`${toJsonText(items)}\n`);
				},
			),
			{numRuns: 300},
		);
	});

	it('escapes what a terminal would act on, as toJsonText does', async () => {
		const items = [{name: 'a\u009B31mb\u2028c\u202Ed'}, ['\u007F', {x: '\uFEFF'}], []];
		expect((await written(items)).text).toBe(`${toJsonText(items)}\n`);
		expect((await written(items)).text).toContain('\\u009B');
	});

	it('writes the seeds in pieces of about 64 K characters', async () => {
		const programs = seeds().reports.flatMap((r) => r.programs);
		const {text, pieces} = await written(programs);
		expect(text).toBe(`${toJsonText(programs)}\n`);
		expect(pieces).toBeGreaterThan(Math.floor(text.length / 2 ** 16) - 1);
		expect(pieces).toBeLessThanOrEqual(Math.ceil(text.length / 2 ** 16) + 1);
	});

	it('writes [] for no items', async () => {
		expect((await written([])).text).toBe('[]\n');
	});
});
