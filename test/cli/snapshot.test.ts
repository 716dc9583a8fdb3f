// Issue 17: the startup snapshot (source/start/snapshot.ts, the launcher at the top of
// dist/cli.js). A snapshot that is missing, cut, garbage, made by another node, for another
// dist/cli.js, other NODE_OPTIONS or another build is never handed to node (node would exit
// or crash), and the run gives the same output and the same first frame as without any
// cache; one damaged in place behind its modification time fails one start (node's
// checksum) and is never used again. A valid one is used. What the launcher and the loader did is read from
// $SHURO_CACHE_LOG, never from timings.
import {execFileSync, spawnSync} from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	realpathSync,
	renameSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cacheDirectory} from '../../source/start/code-cache.js';
import {differingReads, recordEnvironmentReads} from '../../source/start/snapshot.js';
import {
	type Cache,
	firstFrame,
	logText,
	takeLines,
	tempCaches,
	until,
} from '../helpers/cache-log.js';
import {CLI, runCli} from '../helpers/run-cli.js';
import {hasTmux} from '../helpers/terminal-session.js';

const {dir, fresh} = tempCaches('shuro-snapshot-');
const logOf = (cache: Cache) => logText(cache.log);
/** The log's lines so far; the log is emptied. */
const lines = (cache: Cache) => takeLines(cache.log);
const envOf = (cache: Cache) => ({
	SHURO_CACHE_DIR: cache.path,
	SHURO_CACHE_LOG: cache.log,
	NO_COLOR: '1',
});

/** The bin run as a program (its launcher chooses node's command line), stdin empty. */
const runBin = (args: string[], cache: Cache, env: Record<string, string> = {}, cli = CLI) => {
	const out = spawnSync(cli, args, {
		encoding: 'utf8',
		input: '',
		env: {...process.env, ...envOf(cache), ...env},
		timeout: 30_000,
	});
	expect(out.stderr).not.toContain('snapshot'); // node never complained of a snapshot
	expect(out.status).toBe(0);
	return out.stdout;
};
/** The launcher as the maker, in the foreground. */
const make = (
	mode: 'print' | 'explorer',
	cache: Cache,
	env: Record<string, string> = {},
	cli = CLI,
) =>
	spawnSync('/bin/sh', [cli], {
		encoding: 'utf8',
		env: {...process.env, ...envOf(cache), ...env, SHURO_SNAPSHOT_MAKE: mode},
		timeout: 60_000,
	}).status;
/**
 * Waits for the maker started in the background to say it is done (in `read` or the log).
 * The maker runs at nice 10: beside a busy test run it gets a small share of the cores.
 */
async function made(cache: Cache, read: string[] = [], waitMs = 20_000): Promise<string> {
	for (let waited = 0; waited < waitMs; waited += 50) {
		const done = `${read.join('\n')}\n${logOf(cache)}`.match(/snapshot (made|not made)/);
		if (done) return done[1] as string;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	const files = existsSync(cache.path) ? readdirSync(cache.path).join(' ') : 'no directory';
	throw new Error(`no maker finished: ${logOf(cache)} (${files})`);
}
const snapshotFile = (cache: Cache, mode: string) => {
	const name = readdirSync(cache.path).find((f) => f.endsWith(`-${mode}.snapshot`));
	if (!name) throw new Error(`no ${mode} snapshot in ${cache.path}`);
	return join(cache.path, name);
};
/** Keeps a file's modification time while its bytes change (`touch -r`, to the nanosecond). */
const keepingTime = (file: string, change: () => void) => {
	const reference = `${file}.time`;
	execFileSync('touch', ['-r', file, reference]);
	change();
	execFileSync('touch', ['-r', reference, file]);
	rmSync(reference);
};

/** One byte flipped in the middle of `file`, its modification time kept. */
const damageInPlace = (file: string) =>
	keepingTime(file, () => {
		const bytes = readFileSync(file);
		const middle = bytes.length >> 1;
		bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
		writeFileSync(file, bytes);
	});

const reference = (args: string[]) => runCli(args, {env: {SHURO_CACHE_DIR: ''}}).stdout;
/** A fresh cache with a print snapshot made, `--json`'s output without one, and its file. */
const printSnapshotMade = () => {
	const cache = fresh();
	expect(make('print', cache)).toBe(0);
	return {cache, json: reference(['--json']), file: snapshotFile(cache, 'print')};
};
/** The launcher found the print snapshot `found` (stale, none, …) and node did not use one. */
const expectNotUsed = (log: string[], found: string, what: string) => {
	expect(log[0], what).toBe(`print snapshot ${found}`);
	expect(
		log.some((l) => l.includes('snapshot used')),
		what,
	).toBe(false);
};

describe('what the snapshot records of the environment (source/start/snapshot.ts)', () => {
	it('records the variables read, with their values, and only while recording', () => {
		const env = process.env;
		env.SHURO_TEST_READ = 'a';
		let kept: NodeJS.ProcessEnv = {};
		const reads = recordEnvironmentReads(() => {
			kept = process.env;
			void process.env.SHURO_TEST_READ;
			void ('SHURO_TEST_ABSENT' in process.env);
		});
		expect(process.env).toBe(env);
		void kept.SHURO_TEST_LATER;
		expect([...reads]).toEqual([
			['SHURO_TEST_READ', 'a'],
			['SHURO_TEST_ABSENT', undefined],
		]);
		expect(differingReads(reads, {SHURO_TEST_READ: 'a'})).toEqual([]);
		expect(differingReads(reads, {SHURO_TEST_READ: 'b'})).toEqual(['SHURO_TEST_READ']);
		expect(differingReads(reads, {SHURO_TEST_READ: 'a', SHURO_TEST_ABSENT: ''})).toEqual([
			'SHURO_TEST_ABSENT',
		]);
		expect(differingReads(new Map([['*', undefined]]), {})).toEqual(['*']);
		delete env.SHURO_TEST_READ;
	});
});

describe('the print snapshot (issue 17)', () => {
	it('is made in the background after a run that found none, then used: same output', async () => {
		const cache = fresh();
		const json = reference(['--json']);
		expect(JSON.parse(json)).toHaveLength(85);
		expect(runBin(['--json'], cache)).toBe(json);
		const first = lines(cache);
		expect(first[0]).toBe('print snapshot none');
		expect(first).toContain('print snapshot asked');
		expect(await made(cache, first)).toBe('made');
		const file = snapshotFile(cache, 'print');
		// The stamp: the node that made it and the dist/cli.js it was made from, real paths.
		const [node, cli, options] = readFileSync(`${file}.stamp`, 'utf8').split('\n');
		expect(node).toBe(realpathSync(process.execPath));
		expect(cli).toBe(realpathSync(CLI));
		expect(options).toBe(process.env.NODE_OPTIONS ?? '');
		lines(cache);
		for (const args of [['--json'], ['--csv'], [], ['--changes'], ['--json', 'kyaria'], ['女性']]) {
			expect(runBin(args, cache)).toBe(reference(args));
			const log = lines(cache);
			expect(log[0]).toBe('print snapshot fit');
			// A print snapshot holds main.js and the chunk it imports: no Ink, React or yoga.
			expect(log[1]).toMatch(/^print snapshot used: main\.js chunk-[A-Z0-9]+\.js$/);
			// Nothing compiled: the snapshot had it all.
			expect(log.some((l) => / (miss|hit|rejected)$/.test(l))).toBe(false);
		}
	});

	it('cut, garbage, empty or missing: not used, same output, and made again', async () => {
		const {cache, json, file} = printSnapshotMade();
		const whole = readFileSync(file);
		const garbage = Buffer.alloc(whole.length, 0x5a);
		const damages: Array<[string, () => void, string]> = [
			['cut', () => writeFileSync(file, whole.subarray(0, whole.length >> 1)), 'stale'],
			['garbage', () => writeFileSync(file, garbage), 'stale'],
			['empty', () => writeFileSync(file, ''), 'stale'],
			['missing', () => rmSync(file), 'none'],
			['stamp missing', () => rmSync(`${file}.stamp`), 'none'],
		];
		for (const [what, damage, found] of damages) {
			lines(cache);
			damage();
			expect(runBin(['--json'], cache), what).toBe(json);
			const log = lines(cache);
			// Run from the files (on the code cache), not from the snapshot.
			expectNotUsed(log, found, what);
			expect(
				log.some((l) => l.startsWith('print cache ')),
				what,
			).toBe(true);
			expect(await made(cache, log), what).toBe('made');
			expect(runBin(['--json'], cache), what).toBe(json);
			expect(lines(cache).slice(-3, -1), what).toEqual([
				'print snapshot fit',
				expect.stringMatching(/^print snapshot used: /),
			]);
		}
	});

	it('of another node, dist/cli.js, NODE_OPTIONS or build: not used, same output', async () => {
		const {cache, json, file} = printSnapshotMade();
		const stamp = `${file}.stamp`;
		// One field changed, the others (the snapshot's change time last) as the maker wrote them.
		const edit = (line: number, to: string) => () =>
			keepingTime(stamp, () => {
				const fields = readFileSync(stamp, 'utf8').split('\n');
				fields[line] = to;
				writeFileSync(stamp, fields.join('\n'));
			});
		const changes: Array<[string, () => void, Record<string, string>, string]> = [
			['another node', edit(0, '/bin/sh'), {}, 'stale'],
			['another dist/cli.js', edit(1, join(dir, 'elsewhere.js')), {}, 'stale'],
			// node exits with status 14 on a snapshot made with other flags.
			['other NODE_OPTIONS', () => {}, {NODE_OPTIONS: '--max-old-space-size=300'}, 'stale'],
			// A node upgraded in place has another modification time than the stamp's.
			['node changed in place', () => execFileSync('touch', [stamp]), {}, 'stale'],
			['changed after it was made', () => execFileSync('touch', [file]), {}, 'stale'],
			[
				'another build',
				() => {
					renameSync(file, join(cache.path, 'another-print.snapshot'));
					renameSync(stamp, join(cache.path, 'another-print.snapshot.stamp'));
				},
				{},
				'none',
			],
		];
		for (const [what, change, env, found] of changes) {
			lines(cache);
			change();
			expect(runBin(['--json'], cache, env), what).toBe(json);
			const log = lines(cache);
			expectNotUsed(log, found, what);
			expect(await made(cache, log), what).toBe('made');
		}
		// The maker removes other builds' snapshots.
		expect(existsSync(join(cache.path, 'another-print.snapshot'))).toBe(false);
	});

	it('a run whose environment differs from the maker’s runs the chunks afresh: same output', () => {
		const cache = fresh();
		expect(make('print', cache)).toBe(0);
		const json = reference(['--json']);
		expect(runBin(['--json'], cache)).toBe(json);
		const checked = lines(cache).find((l) => l.startsWith('print snapshot checked'));
		// What the bundle's top level reads of the environment, as of this build (meow's
		// yargs-parser reads YARGS_MIN_NODE_VERSION, default 20: setting it to 20 changes nothing).
		expect(checked?.split(' ').slice(3)).toContain('YARGS_MIN_NODE_VERSION');
		expect(process.env.YARGS_MIN_NODE_VERSION).toBeUndefined();
		expect(runBin(['--json'], cache, {YARGS_MIN_NODE_VERSION: '20'})).toBe(json);
		const log = lines(cache);
		expect(log.slice(0, 3)).toEqual([
			'print snapshot fit',
			'print snapshot not used: YARGS_MIN_NODE_VERSION differ',
			'print cache none',
		]);
	});

	it('the explorer’s is made without node’s code cache of its own modules; the print one, or from a path JSON cannot hold, with it', () => {
		const plain = fresh();
		expect(make('explorer', plain)).toBe(0);
		expect(make('print', plain)).toBe(0);
		// The maker's configuration file is gone with it.
		expect(readdirSync(plain.path).filter((f) => f.includes('.tmp'))).toEqual([]);
		// The same bin where the path to it holds a quote: node's snapshot configuration is
		// JSON, so that one is made with `--build-snapshot` as before, code cache and all.
		const copy = join(dir, 'a"quote');
		for (const part of ['dist', 'seeds', 'package.json'])
			cpSync(join(CLI, '..', '..', part), join(copy, part), {recursive: true});
		symlinkSync(join(CLI, '..', '..', 'node_modules'), join(copy, 'node_modules'));
		const quoted = join(copy, 'dist', 'cli.js');
		const withCodeCache = fresh();
		expect(make('explorer', withCodeCache, {}, quoted)).toBe(0);
		expect(make('print', withCodeCache, {}, quoted)).toBe(0);
		const size = (cache: Cache, mode: string) => statSync(snapshotFile(cache, mode)).size;
		// node's code cache is ~3 MB: left out of the explorer's, kept in the print one.
		expect(size(withCodeCache, 'explorer') - size(plain, 'explorer')).toBeGreaterThan(2 * 2 ** 20);
		expect(Math.abs(size(withCodeCache, 'print') - size(plain, 'print'))).toBeLessThan(2 ** 20);
		expect(size(plain, 'print') - size(plain, 'explorer')).toBeGreaterThan(2 ** 20);
		// The print ones are used, and print what a run without any cache prints (the
		// explorer's first frame from its snapshot: the tmux test below).
		// Quiet: the seeds' warnings name the copy's path, which holds "snapshot".
		const csv = spawnSync(quoted, ['--csv', '--quiet'], {
			encoding: 'utf8',
			input: '',
			env: {...process.env, SHURO_CACHE_DIR: ''},
		}).stdout;
		expect(csv).toBe(reference(['--csv', '--quiet']));
		for (const [cache, cli] of [
			[plain, CLI],
			[withCodeCache, quoted],
		] as const) {
			lines(cache);
			expect(runBin(['--csv', '--quiet'], cache, {}, cli)).toBe(csv);
			expect(lines(cache)[0]).toBe('print snapshot fit');
		}
	});

	it('damaged in place behind its modification time: not used (its change time moved), same output, made again', async () => {
		const {cache, json, file} = printSnapshotMade();
		damageInPlace(file);
		lines(cache);
		expect(runBin(['--json'], cache)).toBe(json);
		const log = lines(cache);
		expectNotUsed(log, 'stale', 'damaged in place');
		expect(await made(cache, log)).toBe('made');
		lines(cache); // the maker's word may have come after the lines were taken
		expect(runBin(['--json'], cache)).toBe(json);
		expect(lines(cache)[0]).toBe('print snapshot fit');
	});

	it('damaged where no check sees it: one start fails, the later ones start without', () => {
		const {cache, json, file} = printSnapshotMade();
		damageInPlace(file);
		// As if the disk had changed it: the stamp given the snapshot's new change time too.
		const stamp = `${file}.stamp`;
		keepingTime(stamp, () => {
			const fields = readFileSync(stamp, 'utf8').split('\n');
			fields[3] = execFileSync('stat', ['-c', '%z', file], {encoding: 'utf8'}).trim();
			writeFileSync(stamp, fields.join('\n'));
		});
		lines(cache);
		// Every check the launcher can make passes: node reads it, and aborts (its checksum).
		const crashed = spawnSync(CLI, ['--json'], {
			encoding: 'utf8',
			input: '',
			env: {...process.env, ...envOf(cache)},
		});
		expect(crashed.status).not.toBe(0);
		expect(crashed.stdout).toBe('');
		expect(lines(cache)).toEqual(['print snapshot fit']);
		// The mark that start left behind (its process is gone) says what happened.
		expect(readdirSync(cache.path).filter((f) => f.endsWith('.try'))).toHaveLength(1);
		expect(runBin(['--json'], cache)).toBe(json);
		const after = lines(cache);
		expect(after.slice(0, 2)).toEqual([
			'print snapshot crashed: not used again',
			'print snapshot none (could not be made)',
		]);
		expect(after.some((l) => l.includes('asked'))).toBe(false);
		expect(readdirSync(cache.path).some((f) => f.endsWith('.try'))).toBe(false);
		expect(existsSync(file)).toBe(false);
		expect(runBin(['--json'], cache)).toBe(json);
		expect(lines(cache)[0]).toBe('print snapshot none (could not be made)');
	});

	it('a start from a snapshot removes its mark; a live start’s mark is left alone', () => {
		const {cache, json, file} = printSnapshotMade();
		// A mark of a process still running (this one): another start under way.
		const live = `${file}.${process.pid}.try`;
		writeFileSync(live, '');
		lines(cache);
		expect(runBin(['--json'], cache)).toBe(json);
		expect(lines(cache).slice(0, 2)).toEqual([
			'print snapshot fit',
			expect.stringMatching(/^print snapshot used: /),
		]);
		expect(readdirSync(cache.path).filter((f) => f.endsWith('.try'))).toEqual([
			live.slice(cache.path.length + 1),
		]);
	});

	it('one that cannot be made is not asked for again by that build; made once it can be', async () => {
		const cache = fresh();
		writeFileSync(cache.path, ''); // a file where the directory should be
		const json = reference(['--json']);
		expect(runBin(['--json'], cache)).toBe(json);
		const first = lines(cache);
		expect(first[0]).toBe('print snapshot none');
		expect(await made(cache, first)).toBe('not made');
		lines(cache); // the maker's word may have come after the lines were taken
		rmSync(cache.path);
		// The maker could not make the directory: nothing marks the failure, so it is retried.
		expect(runBin(['--json'], cache)).toBe(json);
		const again = lines(cache);
		expect(again).toContain('print snapshot asked');
		expect(await made(cache, again)).toBe('made');
		// A maker that fails in a directory it can write marks it: the build asks no more.
		lines(cache);
		const file = snapshotFile(cache, 'print');
		writeFileSync(`${file}.failed`, '');
		rmSync(file);
		expect(runBin(['--json'], cache)).toBe(json);
		const marked = lines(cache);
		expect(marked[0]).toBe('print snapshot none (could not be made)');
		expect(marked.some((l) => l.includes('asked'))).toBe(false);
	});

	it('a maker killed before it runs (a hangup as it is started) leaves nothing behind: the next run asks again', async () => {
		const cache = fresh();
		const json = reference(['--json']);
		// As the hangup leaves it (snapshot.ts): spawn() succeeded, and the maker dies of SIGHUP
		// before it runs anything. Here `nice` is the first thing the maker runs.
		const bin = join(dir, 'hung-up-bin');
		const started = join(dir, 'hung-up-nice');
		mkdirSync(bin, {recursive: true});
		writeFileSync(join(bin, 'nice'), `#!/bin/sh\n: > '${started}'\nkill -HUP $$\n`, {mode: 0o755});
		expect(runBin(['--json'], cache, {PATH: `${bin}:${process.env.PATH}`})).toBe(json);
		const first = lines(cache);
		expect(first[0]).toBe('print snapshot none');
		expect(first).toContain('print snapshot asked');
		await until(() => existsSync(started));
		expect(existsSync(started)).toBe(true);
		// No word from the maker, no snapshot, no temporary file and no failure mark.
		expect(logOf(cache)).toBe('');
		expect(readdirSync(cache.path).filter((f) => f.includes('snapshot'))).toEqual([]);
		expect(runBin(['--json'], cache)).toBe(json);
		const again = lines(cache);
		expect(again[0]).toBe('print snapshot none');
		expect(again).toContain('print snapshot asked');
		expect(await made(cache, again)).toBe('made');
	});

	it.skipIf(process.platform !== 'linux')(
		'lives where code-cache.ts puts caches; SHURO_CACHE_DIR= or SHURO_SNAPSHOT=0: none',
		() => {
			const home = join(dir, 'home');
			const xdg = join(dir, 'xdg');
			const {SHURO_CACHE_DIR: _, XDG_CACHE_HOME: __, ...rest} = process.env;
			const makeIn = (env: Record<string, string>) =>
				spawnSync('/bin/sh', [CLI], {env: {...rest, ...env, SHURO_SNAPSHOT_MAKE: 'print'}}).status;
			const places: Record<string, string>[] = [{HOME: home, XDG_CACHE_HOME: xdg}, {HOME: home}];
			for (const env of places) {
				expect(makeIn(env)).toBe(0);
				const where = cacheDirectory(env, 'linux') as string;
				expect(readdirSync(where).filter((f) => f.endsWith('-print.snapshot'))).toHaveLength(1);
			}
			expect(makeIn({HOME: home, SHURO_CACHE_DIR: ''})).not.toBe(0);
			const cache = fresh();
			expect(make('print', cache)).toBe(0);
			const off: Record<string, string>[] = [{SHURO_SNAPSHOT: '0'}, {SHURO_CACHE_DIR: ''}];
			for (const env of off) {
				lines(cache);
				runBin(['--json'], cache, env);
				expect(logOf(cache)).not.toContain('snapshot');
			}
		},
	);
});

describe.skipIf(!hasTmux())('the explorer’s snapshot (issue 17)', () => {
	it('made after a first run, used by the next, ignored when damaged: the same first frame', async () => {
		const none = await firstFrame({SHURO_CACHE_DIR: ''});
		expect(none).toContain('/ 85 件');
		const cache = fresh();
		const env = envOf(cache);
		// The session ends (tmux hangs up the terminal: SIGHUP to its foreground process
		// group) only once the run has said it asked for the snapshot, which it says once
		// spawn() is back: the maker is then in a session of its own. Ended as soon as the
		// frame was out, the hangup could come while the maker was forked but still in that
		// group, and killed it before it ran (snapshot.ts): in two full test runs of the
		// tenth session, no maker ever reported.
		const asked = () => logOf(cache).includes('explorer snapshot asked');
		expect(await firstFrame(env, asked)).toBe(none);
		const first = lines(cache);
		expect(first).toContain('explorer snapshot asked');
		expect(await made(cache, first)).toBe('made');
		lines(cache);
		expect(await firstFrame(env)).toBe(none);
		const used = lines(cache);
		expect(used[0]).toBe('explorer snapshot fit');
		expect(used[1]).toMatch(
			/^explorer snapshot used: main\.js chunk-[A-Z0-9]+\.js explorer-runner-[A-Z0-9]+\.js$/,
		);
		const file = snapshotFile(cache, 'explorer');
		writeFileSync(file, readFileSync(file).subarray(0, 4096));
		expect(await firstFrame(env)).toBe(none);
		expect(lines(cache)[0]).toBe('explorer snapshot stale');
	}, 120_000);
});
