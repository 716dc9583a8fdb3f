// The bin on Windows (issue 17). npm's Windows shims (cmd-shim: a .cmd, a .ps1, and a
// shell script for Git Bash) read the bin's first line and run what it names; a
// `#!/bin/sh` bin would not start there. Built on Windows, the bin begins with node and
// its flags instead (source/start/launcher.mjs). There is no Windows here: these tests
// make that bin from the built one, have cmd-shim (the version npm 11 bundles) write the
// shims npm would, and run the one a POSIX shell runs. `npm start` runs the launcher here.
import {spawnSync} from 'node:child_process';
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {binFlags, launcher, startCommand, WINDOWS_SHEBANG} from '../../source/start/launcher.mjs';
import {CLI} from '../helpers/run-cli.js';

const ROOT = resolve(import.meta.dirname, '../..');
const cmdShim = createRequire(import.meta.url)('cmd-shim') as (
	from: string,
	to: string,
) => Promise<void>;
const built = readFileSync(CLI, 'utf8');
const buildId = /blob=\$dir\/([0-9a-f]{16})-\$mode\.snapshot/.exec(built)?.[1] ?? '';
const dir = mkdtempSync(join(tmpdir(), 'shuro-windows-'));
/** The runs' caches: each run of the Unix bin asks for a snapshot, made in the background. */
const caches = new Set<string>();
afterAll(async () => {
	// Its maker writes into the cache until it reports: removing the directory before that
	// raced it (ENOTEMPTY).
	for (let waited = 0; waited < 30_000; waited += 100) {
		const busy = [...caches].some((name) => {
			const log = logOf(name);
			return log.includes('snapshot asked') && !/snapshot (made|not made)/.test(log);
		});
		if (!busy) break;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	rmSync(dir, {recursive: true, force: true, maxRetries: 10, retryDelay: 100});
}, 40_000);

/** The environment of a run: no CI, a cache and its log of its own. */
const envOf = (name: string) => {
	caches.add(name);
	const {CI: _ci, ...rest} = process.env;
	return {
		...rest,
		NO_COLOR: '1',
		SHURO_CACHE_DIR: join(dir, name),
		SHURO_CACHE_LOG: join(dir, `${name}.log`),
	};
};
const logOf = (name: string) => {
	try {
		return readFileSync(join(dir, `${name}.log`), 'utf8');
	} catch {
		return '';
	}
};
const run = (command: string, args: string[], name: string) =>
	spawnSync(command, args, {cwd: dir, encoding: 'utf8', env: envOf(name), timeout: 60_000});

describe('the bin as built on Windows', () => {
	const unix = launcher(buildId, 'linux');
	const windows = launcher(buildId, 'win32');

	it('is the Unix bin with node and its flags as its first line', () => {
		expect(buildId).toMatch(/^[0-9a-f]{16}$/);
		expect(built.startsWith(unix)).toBe(true);
		expect(unix.split('\n')[0]).toBe('#!/bin/sh');
		expect(windows.split('\n')[0]).toBe(WINDOWS_SHEBANG);
		expect(windows.split('\n').slice(1)).toEqual(unix.split('\n').slice(1));
		// The flags the launcher gives node on Unix.
		const flags = /^flags='([^']*)'$/m.exec(unix)?.[1];
		expect(WINDOWS_SHEBANG).toBe(`#!/usr/bin/env -S node ${flags}`);
		expect(binFlags.join(' ')).toBe(flags);
	});

	it('gets shims from cmd-shim that run node with the flags, and the shell one runs it', async () => {
		// A package whose bin is the Windows one, beside the built chunks.
		const dist = join(dir, 'pkg', 'dist');
		mkdirSync(dist, {recursive: true});
		for (const name of readdirSync(join(ROOT, 'dist')))
			if (name !== 'cli.js') symlinkSync(join(ROOT, 'dist', name), join(dist, name));
		for (const name of ['node_modules', 'seeds'])
			symlinkSync(join(ROOT, name), join(dir, 'pkg', name));
		const bin = join(dist, 'cli.js');
		writeFileSync(bin, windows + built.slice(unix.length), {mode: 0o755});
		await cmdShim(bin, join(dir, 'bin', 'shuro'));
		const flags = binFlags.join(' ');
		const cmd = readFileSync(join(dir, 'bin', 'shuro.cmd'), 'utf8');
		expect(cmd).toContain('SET "_prog=node"');
		expect(cmd).toContain(`"%_prog%" ${flags} "%dp0%\\..\\pkg\\dist\\cli.js" %*`);
		const ps1 = readFileSync(join(dir, 'bin', 'shuro.ps1'), 'utf8');
		expect(ps1).toContain(`& "node$exe" ${flags} "$basedir/../pkg/dist/cli.js" $args`);
		const sh = readFileSync(join(dir, 'bin', 'shuro'), 'utf8');
		expect(sh).toContain(`exec node ${flags} "$basedir/../pkg/dist/cli.js" "$@"`);
		// Run as Git Bash would (the .cmd and .ps1 run the same command line): the same
		// output as the built bin, and no snapshot asked for (node reads the launcher as a
		// comment, as on Windows).
		const version = run('sh', [join(dir, 'bin', 'shuro'), '--version'], 'shim');
		expect(version.stderr).toBe('');
		expect(version.stdout.trim()).toBe('0.1.0');
		const json = run('sh', [join(dir, 'bin', 'shuro'), '--json', 'テレワーク'], 'shim');
		expect(json.status).toBe(0);
		// (Its seeds are the package's: the same files, named from there.)
		expect(json.stdout.replaceAll(join(dir, 'pkg'), ROOT)).toBe(
			run(CLI, ['--json', 'テレワーク'], 'unix').stdout,
		);
		expect(JSON.parse(json.stdout).length).toBeGreaterThan(0);
		// The plain start, on the code cache: written by the first run, used by the second.
		// Run itself, as a Unix kernel runs it (env -S): the same.
		const direct = run(bin, ['--json', 'テレワーク'], 'shim');
		expect(direct.stdout).toBe(json.stdout);
		expect(logOf('shim')).not.toContain('snapshot');
		expect(logOf('shim')).toContain('print main.js hit');
		expect(logOf('unix')).toContain('print snapshot');
	});
});

describe('npm start (node build.mjs --if-needed --start ARGS)', () => {
	it('runs the launcher on Unix, and node with the flags on Windows', () => {
		expect(startCommand(CLI, ['--json'], 'linux')).toEqual({command: CLI, args: ['--json']});
		expect(startCommand(CLI, ['--json'], 'darwin')).toEqual({command: CLI, args: ['--json']});
		const windows = startCommand(CLI, ['--json', 'テレワーク'], 'win32');
		expect(windows).toEqual({
			command: process.execPath,
			args: [...binFlags, CLI, '--json', 'テレワーク'],
		});
		// What it names on Windows runs here too, with the same output.
		expect(run(windows.command, windows.args, 'started-win32').stdout).toBe(
			run(CLI, ['--json', 'テレワーク'], 'direct').stdout,
		);
	});

	it('passes the arguments after --start, and exits as the bin did', () => {
		const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
		const started = spawnSync(npm, ['start', '--silent', '--', '--json', 'テレワーク'], {
			cwd: ROOT,
			encoding: 'utf8',
			env: envOf('npm-start'),
			timeout: 120_000,
		});
		expect(started.status).toBe(0);
		expect(started.stdout).toBe(run(CLI, ['--json', 'テレワーク'], 'direct2').stdout);
		// Through the launcher: it looked for a print snapshot.
		expect(logOf('npm-start')).toMatch(/^print snapshot /);
		const wrong = spawnSync(npm, ['start', '--silent', '--', '--nonsense'], {
			cwd: ROOT,
			encoding: 'utf8',
			env: envOf('npm-start-wrong'),
			timeout: 120_000,
		});
		expect(wrong.status).toBe(2);
		expect(wrong.stderr).toContain('unknown flag --nonsense');
	});
});
