// Issue 17: --json, --csv and the table never load Ink, React or yoga. The build splits
// them into the chunk that the explorer imports (build.mjs); these tests hold both the
// module graph esbuild reports and what a running print actually reads: dist/cli.js runs
// the chunks as scripts (source/start/bin.ts), reading each file it runs.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {CLI} from '../helpers/run-cli.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
type Output = {inputs: string[]; imports: {path: string; kind: string; external?: boolean}[]};
// Written by build.mjs from esbuild's metafile.
const outputs = JSON.parse(
	readFileSync(join(root, 'node_modules/.cache/shuro/outputs.json'), 'utf8'),
) as Record<string, Output>;

const UI = /node_modules\/(ink|react|react-reconciler|scheduler|yoga-layout)\//;

/** The outputs loaded by static imports from `file`, itself included. */
function staticClosure(file: string): Set<string> {
	const seen = new Set<string>();
	const visit = (f: string) => {
		if (seen.has(f)) return;
		seen.add(f);
		for (const i of outputs[f]?.imports ?? [])
			if (!i.external && i.kind === 'import-statement') visit(i.path);
	};
	visit(file);
	return seen;
}

describe('the start-up patches of build.mjs (issue 17)', () => {
	it('all applied: a dependency that changed would leave its file unpatched, only slower', () => {
		const patches = JSON.parse(
			readFileSync(join(root, 'node_modules/.cache/shuro/patches.json'), 'utf8'),
		);
		expect(patches).toEqual([
			'ansi-escapes-at-run-time',
			'chalk-level-at-run-time',
			'chalk-supports-color-at-run-time',
			'ink-swap source/ink/discrete-input.ts',
			'ink-swap source/ink/output.ts',
			'ink-swap source/ink/sanitize.ts',
			'ink-without-top-level-await',
			'lazy-ansi-tokenize-segmenter',
			'lazy-meow-normalize',
			'lazy-slice-ansi-segmenter',
			'lazy-string-width',
			'lazy-terminal-size-child-process',
			'sync-yoga-index',
			'sync-yoga-instantiate',
		]);
	});
});

describe('the print path (issue 17)', () => {
	const entry = staticClosure('dist/main.js');

	it('holds no Ink, React or yoga in the files dist/main.js imports', () => {
		const inputs = [...entry].flatMap((f) => outputs[f]?.inputs ?? []);
		expect(inputs).toContain('source/output/json.ts');
		expect(inputs.filter((i) => UI.test(i))).toEqual([]);
	});

	it('leaves them to the chunk that the explorer imports', () => {
		const dynamic = (outputs['dist/main.js']?.imports ?? []).filter(
			(i) => i.kind === 'dynamic-import',
		);
		const lazy = dynamic.flatMap((i) => outputs[i.path]?.inputs ?? []);
		expect(lazy).toContain('source/explorer-runner.tsx');
		for (const name of ['ink', 'react', 'yoga-layout'])
			expect(lazy.some((i) => i.includes(`node_modules/${name}/`))).toBe(true);
	});

	const dir = mkdtempSync(join(tmpdir(), 'shuro-loads-'));
	afterAll(() => rmSync(dir, {recursive: true, force: true}));
	const loadedBy = (args: string[]) => {
		const log = join(dir, `${args.join('_') || 'table'}.log`);
		const run = spawnSync(
			process.execPath,
			['--require', join(root, 'test/helpers/record-reads.cjs'), CLI, ...args],
			{
				encoding: 'utf8',
				input: '',
				env: {...process.env, NO_COLOR: '1', SHURO_LOAD_LOG: log},
				timeout: 30_000,
			},
		);
		expect(run.status).toBe(0);
		return readFileSync(log, 'utf8')
			.split('\n')
			.filter((path) => path !== '')
			.map((path) => `dist/${basename(path)}`);
	};

	it.each([[['--json']], [['--csv']], [[]], [['--json', 'テレワーク']]])(
		'%j loads only what dist/main.js imports statically',
		(args) => {
			const loaded = loadedBy(args);
			expect(loaded).toContain('dist/main.js');
			// dist/cli.js itself, read by node, and the chunks it runs.
			expect(new Set(loaded)).toEqual(new Set(['dist/cli.js', ...entry]));
		},
	);

	// From a startup snapshot (source/start/snapshot.ts) nothing is read: the snapshot holds
	// the chunks already run. A print snapshot holds only those dist/main.js imports, and a
	// run from it says which it held.
	it('a print snapshot holds only what dist/main.js imports statically', () => {
		const cache = join(dir, 'snapshot-cache');
		const log = join(dir, 'snapshot.log');
		const env = {...process.env, NO_COLOR: '1', SHURO_CACHE_DIR: cache, SHURO_CACHE_LOG: log};
		const maker = spawnSync('/bin/sh', [CLI], {env: {...env, SHURO_SNAPSHOT_MAKE: 'print'}});
		expect(maker.status).toBe(0);
		for (const args of [['--json'], ['--csv'], [], ['--changes']]) {
			writeFileSync(log, '');
			const run = spawnSync(CLI, args, {env, input: '', timeout: 30_000});
			expect(run.status).toBe(0);
			const used = readFileSync(log, 'utf8')
				.split('\n')
				.find((l) => l.startsWith('print snapshot used: '));
			expect(used, args.join(' ')).toBeDefined();
			const held = (used ?? '').slice('print snapshot used: '.length).split(' ');
			expect(new Set(held.map((name) => `dist/${name}`))).toEqual(entry);
		}
	});
});
