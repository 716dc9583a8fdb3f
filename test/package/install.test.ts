// The package as a user gets it (issue 16): `npm pack`, the tarball installed into a
// temporary global prefix, the `shuro` bin run from another directory, the library
// imported by name, its declarations type-checked, and the install's weight.
// dist/ is built by `npm test` before the tests (the tarball's `prepare` builds it too).
import {execFileSync, spawnSync} from 'node:child_process';
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	realpathSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let dir = '';
let bin = '';
let installed = '';

/** Bytes under `path`, as `du` counts files (symlinks not followed). */
function bytes(path: string): number {
	const stat = statSync(path, {throwIfNoEntry: false});
	if (!stat) return 0;
	if (!stat.isDirectory()) return stat.size;
	return readdirSync(path).reduce((sum, name) => sum + bytes(join(path, name)), 0);
}

const env = () => {
	const {CI: _ci, NO_COLOR: _nc, FORCE_COLOR: _fc, ...rest} = process.env;
	return {...rest, PATH: `${join(dir, 'prefix', 'bin')}:${rest.PATH}`};
};
const run = (args: string[], options: {cwd?: string} = {}) =>
	spawnSync(bin, args, {cwd: options.cwd ?? join(dir, 'elsewhere'), encoding: 'utf8', env: env()});

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'shuro-pack-'));
	mkdirSync(join(dir, 'elsewhere'));
	// --ignore-scripts: dist/ is fresh from `npm test`'s build; the tarball is the same.
	const packed = execFileSync(
		npm,
		['pack', '--ignore-scripts', '--json', '--pack-destination', dir],
		{cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']},
	);
	const [info] = JSON.parse(packed) as Array<{filename: string; files: Array<{path: string}>}>;
	if (!info) throw new Error('npm pack printed nothing');
	writeFileSync(join(dir, 'files.json'), JSON.stringify(info.files.map((f) => f.path)));
	execFileSync(
		npm,
		[
			'install',
			'--global',
			'--prefix',
			join(dir, 'prefix'),
			join(dir, info.filename),
			'--no-audit',
			'--no-fund',
			'--prefer-offline',
		],
		{cwd: join(dir, 'elsewhere'), stdio: 'ignore', env: env()},
	);
	bin = join(dir, 'prefix', 'bin', 'shuro');
	installed = join(dir, 'prefix', 'lib', 'node_modules');
}, 240_000);

afterAll(() => {
	if (dir) rmSync(dir, {recursive: true, force: true});
});

describe('the packed package', () => {
	it('ships dist/ (CLI, link worker, synonyms and their licence, library, types), seeds, docs, schema, LICENSE', () => {
		const files = JSON.parse(readFileSync(join(dir, 'files.json'), 'utf8')) as string[];
		for (const path of [
			'dist/cli.js',
			'dist/link-worker.js',
			'dist/main.js',
			'dist/package.json',
			'dist/synonyms.txt',
			'dist/synonyms.LICENSE',
			'dist/synonyms.NOTICE',
			'dist/lib.mjs',
			'dist/types/lib.d.ts',
			'docs/bad-input.md',
			'schema/program.schema.json',
			'LICENSE',
			'README.md',
		]) {
			expect(files).toContain(path);
		}
		expect(files.some((f) => f.startsWith('source/') || f.startsWith('test/'))).toBe(false);
	});

	it('installs with shuro on the PATH, in at most 5 MB', () => {
		expect(statSync(bin).isFile() || statSync(bin).isSymbolicLink()).toBe(true);
		// The bundle inlines everything but jsmigemo's dictionary (build.mjs externals).
		const deps = readdirSync(join(installed, 'shuro', 'node_modules')).filter(
			(n) => !n.startsWith('.'),
		);
		expect(deps).toEqual(['jsmigemo']);
		expect(bytes(installed)).toBeLessThanOrEqual(5 * 1024 * 1024);
	});

	it('runs shuro --version from another directory', () => {
		const out = run(['--version']);
		expect(out.status).toBe(0);
		expect(out.stdout.trim()).toBe('0.1.0');
	});

	it('prints the table for shuro テレワーク | cat', () => {
		const out = run(['テレワーク']);
		expect(out.status).toBe(0);
		expect(out.stdout.split('\n')[0]).toMatch(/^年度\s+No\s+事業名/);
		expect(out.stdout).toContain('テレワークの推進');
	});

	it('prints one program for shuro --json --limit 1, and romaji finds kana (the dictionary ships)', () => {
		const out = run(['--json', '--limit', '1']);
		expect(out.status).toBe(0);
		const programs = JSON.parse(out.stdout) as Array<{schemaVersion: number; fiscalYear: number}>;
		expect(programs).toHaveLength(1);
		expect(programs[0]).toMatchObject({schemaVersion: 4, fiscalYear: 2024});
		const romaji = run(['--json', '--limit', '3', 'kyaria']);
		expect(romaji.status).toBe(0);
		expect((JSON.parse(romaji.stdout) as Array<{name: string}>)[0]?.name).toContain('キャリア');
	});

	it('starts from a startup snapshot once a first run has had one made (issue 17)', async () => {
		const cache = join(dir, 'cache');
		const log = join(dir, 'cache.log');
		const runCached = (args: string[]) =>
			spawnSync(bin, args, {
				cwd: join(dir, 'elsewhere'),
				encoding: 'utf8',
				env: {...env(), SHURO_CACHE_DIR: cache, SHURO_CACHE_LOG: log},
			});
		const first = runCached(['--json']);
		expect(first.status).toBe(0);
		const logged = () => readFileSync(log, 'utf8');
		expect(logged()).toContain('print snapshot asked');
		for (
			let waited = 0;
			!/snapshot (made|not made)/.test(logged()) && waited < 20_000;
			waited += 50
		)
			await new Promise((resolve) => setTimeout(resolve, 50));
		expect(logged()).toContain('print snapshot made');
		// Made from the installed dist/cli.js, which the bin on the PATH links to.
		const stamp = readdirSync(cache).find((f) => f.endsWith('-print.snapshot.stamp')) ?? '';
		expect(readFileSync(join(cache, stamp), 'utf8').split('\n')[1]).toBe(
			realpathSync(join(installed, 'shuro', 'dist', 'cli.js')),
		);
		writeFileSync(log, '');
		const second = runCached(['--json']);
		expect(second.status).toBe(0);
		expect(second.stdout).toBe(first.stdout);
		expect(logged().split('\n').slice(0, 2)).toEqual([
			'print snapshot fit',
			expect.stringMatching(/^print snapshot used: main\.js /),
		]);
	});

	it('is a library: loadReports and createSearch imported by name, with declarations that type-check', () => {
		const project = join(dir, 'project');
		mkdirSync(join(project, 'node_modules'), {recursive: true});
		symlinkSync(join(installed, 'shuro'), join(project, 'node_modules', 'shuro'));
		writeFileSync(join(project, 'package.json'), '{"type": "module"}\n');
		// The README's example, as printed there, plus a typed use of the exported types.
		const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
		const example = /### Library[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
		expect(example.split('\n').length).toBeLessThanOrEqual(12);
		writeFileSync(join(project, 'example.mjs'), example);
		writeFileSync(
			join(project, 'example.ts'),
			`${example}\nimport type {Program, Report} from 'shuro';\nconst some: Program[] = reports.flatMap((r: Report) => r.programs);\nconsole.log(some.length);\n`,
		);
		writeFileSync(
			join(project, 'tsconfig.json'),
			JSON.stringify({
				compilerOptions: {
					module: 'node20',
					moduleResolution: 'node16',
					target: 'ES2023',
					strict: true,
					noEmit: true,
					skipLibCheck: false,
					types: ['node'],
					typeRoots: [join(ROOT, 'node_modules', '@types')],
				},
				files: ['example.ts'],
			}),
		);
		const out = spawnSync(process.execPath, ['example.mjs'], {cwd: project, encoding: 'utf8'});
		expect(out.status).toBe(0);
		expect(out.stdout).toContain('2024 14 女性再就職支援事業');
		expect(out.stdout).toContain('measures: 2,');
		expect(out.stderr).toContain('seeds/001_79635e35f1de570f.txt:61');
		const tsc = spawnSync(
			process.execPath,
			[join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project],
			{cwd: project, encoding: 'utf8'},
		);
		expect(tsc.stdout + tsc.stderr).toBe('');
		expect(tsc.status).toBe(0);
	});
});
