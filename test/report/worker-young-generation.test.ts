// The link worker's young generation: larger than the process's small one (the bin gives
// node 2 MB semi-spaces), while the UI thread's heap, and a worker started afterwards,
// keep the process's size.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {build} from 'esbuild';
import {beforeAll, describe, expect, it} from 'vitest';
import {processSemiSpace} from '../../source/report/worker-young-generation.js';

describe('processSemiSpace', () => {
	it("reads node's flag, the last one given winning, and 0 without one", () => {
		expect(processSemiSpace(['--max-semi-space-size=2', '--expose-gc'])).toBe(2);
		expect(processSemiSpace(['--max_semi_space_size=4'])).toBe(4);
		expect(processSemiSpace(['--max-semi-space-size=2', '--max-semi-space-size=8'])).toBe(8);
		expect(processSemiSpace(['--expose-gc'])).toBe(0);
		expect(processSemiSpace([])).toBe(0);
	});

	it('reads NODE_OPTIONS too, the command line winning', () => {
		const before = process.env.NODE_OPTIONS;
		try {
			process.env.NODE_OPTIONS = '--max-semi-space-size=4 --enable-source-maps';
			expect(processSemiSpace()).toBe(4);
		} finally {
			if (before === undefined) delete process.env.NODE_OPTIONS;
			else process.env.NODE_OPTIONS = before;
		}
		expect(processSemiSpace(['--max-semi-space-size=4', '--max-semi-space-size=2'])).toBe(2);
	});
});

describe('withYoungGeneration', () => {
	const dir = mkdtempSync(join(tmpdir(), 'shuro-young-'));
	const script = join(dir, 'young.mjs');
	// Each heap's new space after enough short-lived garbage to grow it to its most.
	// Enough short-lived garbage to grow a heap's new space to its most.
	const churn =
		'let a = []; for (let i = 0; i < 4e6; i++) { a.push({i}); if (a.length > 1e5) a = []; }';
	const newSpace =
		'v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size / 2 ** 20';
	const worker = `const v8 = require("node:v8"); ${churn} require("node:worker_threads").parentPort.postMessage(${newSpace})`;
	const entry = `
import {Worker} from 'node:worker_threads';
import v8 from 'node:v8';
import {withYoungGeneration} from ${JSON.stringify(join(process.cwd(), 'source/report/worker-young-generation.ts'))};
const code = ${JSON.stringify(worker)};
const answer = (worker) => new Promise((resolve) => worker.once('message', (mb) => { worker.terminate(); resolve(mb); }));
const large = await answer(withYoungGeneration(16, () => new Worker(code, {eval: true})));
const later = await answer(new Worker(code, {eval: true}));
${churn}
console.log(JSON.stringify({large, later, main: ${newSpace}}));
`;
	beforeAll(async () => {
		const source = join(dir, 'entry.mjs');
		writeFileSync(source, entry);
		await build({
			entryPoints: [source],
			outfile: script,
			bundle: true,
			platform: 'node',
			format: 'esm',
			logLevel: 'warning',
		});
	});

	it('gives the worker 16 MB semi-spaces under a process of 2 MB ones, and puts the flag back', () => {
		const out = execFileSync(process.execPath, ['--max-semi-space-size=2', script], {
			encoding: 'utf8',
		});
		const {large, later, main} = JSON.parse(out) as Record<string, number>;
		// A new space is two semi-spaces.
		expect(large).toBe(32);
		expect(later).toBe(4);
		expect(main).toBe(4);
	});
});
