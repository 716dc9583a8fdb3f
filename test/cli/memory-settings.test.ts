// Issue 17, memory with the seeds: what build.mjs does to keep resident memory down, held
// where a later change could quietly undo it (the figures: bench/RESULTS.md).
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {runCli} from '../helpers/run-cli.js';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const chunks = readdirSync(dist).filter((name) =>
	/^(main|(chunk|explorer-runner)-[A-Z0-9]+)\.js$/.test(name),
);

describe('the chunks dist/cli.js runs', () => {
	it('are ASCII, so V8 keeps each one-byte: their sources stay in memory while shuro runs', () => {
		expect(chunks).toContain('main.js');
		expect(chunks.some((name) => name.startsWith('explorer-runner-'))).toBe(true);
		for (const name of chunks) {
			const text = readFileSync(join(dist, name), 'utf8');
			expect(text.match(/[^\x00-\x7f]/g) ?? [], name).toEqual([]);
		}
	});

	it('still match Japanese text with the regular expressions whose characters were escaped', () => {
		// 令和 / 平成 years (report/title.ts's era pattern) and full-width digits, read from
		// the seeds through the escaped patterns of dist/main.js.
		const programs = JSON.parse(runCli(['--json']).stdout) as {fiscalYear: number}[];
		expect(new Set(programs.map((p) => p.fiscalYear))).toEqual(new Set([2022, 2024]));
		const found = JSON.parse(runCli(['--json', '令和4-20']).stdout) as {
			fiscalYear: number;
			no: number;
		}[];
		expect(found[0]).toMatchObject({fiscalYear: 2022, no: 20});
	});
});
