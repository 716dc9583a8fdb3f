// Issue 17: the code cache of dist/cli.js (source/start/) is never trusted blindly. A
// missing, corrupt, truncated or stale cache, one V8 rejects and a cache directory that
// cannot be written all give the same output and the same first frame as no cache at all.
// What became of the cache is read from $SHURO_CACHE_LOG, never from timings.
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {
	type CacheKey,
	cacheDirectory,
	checksum,
	encodeCache,
	readCache,
} from '../../source/start/code-cache.js';
import {runCli} from '../helpers/run-cli.js';
import {firstFrame, stopSession, takeLines, tempCaches} from '../helpers/cache-log.js';
import {hasTmux, startSession} from '../helpers/terminal-session.js';

const {dir, fresh} = tempCaches('shuro-code-cache-');
const lines = takeLines;
let units = 0;
const onlyFile = (directory: string) => {
	const files = readdirSync(directory).filter((f) => f.endsWith('.v8cache'));
	expect(files).toHaveLength(1);
	return join(directory, files[0] as string);
};

const key: CacheKey = {build: 'b1', node: 'v20.20.2', arch: 'x64', flags: '[]'};

describe('the cache file (source/start/code-cache.ts)', () => {
	const entries = new Map<string, Uint8Array>([
		['main.js', Buffer.from('some bytes V8 made')],
		['chunk-A.js', Buffer.from('more')],
	]);
	const write = (bytes: Uint8Array) => {
		units += 1;
		const path = join(dir, `unit-${units}.v8cache`);
		writeFileSync(path, bytes);
		return path;
	};

	it('gives back what was written, for the same key', () => {
		const found = readCache(write(encodeCache(key, entries)), key);
		expect(found.state).toBe('fit');
		expect([...found.entries].map(([n, d]) => [n, Buffer.from(d).toString()])).toEqual([
			['main.js', 'some bytes V8 made'],
			['chunk-A.js', 'more'],
		]);
	});

	it('gives nothing for a missing file, another key, a changed byte or a cut file', () => {
		const bytes = encodeCache(key, entries);
		expect(readCache(join(dir, 'missing.v8cache'), key).state).toBe('none');
		for (const other of [
			{...key, build: 'b2'},
			{...key, node: 'v22.0.0'},
			{...key, flags: '["--jitless"]'},
		])
			expect(readCache(write(bytes), other)).toEqual({state: 'stale', entries: new Map()});
		const changed = Buffer.from(bytes);
		flip(changed, changed.length - 3, 1);
		expect(readCache(write(changed), key)).toEqual({state: 'corrupt', entries: new Map()});
		expect(readCache(write(bytes.subarray(0, bytes.length - 2)), key).state).toBe('corrupt');
		expect(readCache(write(bytes.subarray(0, 10)), key).state).toBe('corrupt');
		expect(readCache(write(Buffer.from('not a cache at all')), key).state).toBe('corrupt');
	});

	it('checksums every byte, at any alignment', () => {
		const bytes = Buffer.from('0123456789abcdefg');
		const unaligned = Buffer.concat([Buffer.from('x'), bytes]).subarray(1);
		expect(checksum(unaligned)).toBe(checksum(bytes));
		const changed = Buffer.from(bytes);
		flip(changed, 16, 1);
		expect(checksum(changed)).not.toBe(checksum(bytes));
	});

	it('lives in the user cache directory, never beside the bundle', () => {
		expect(cacheDirectory({SHURO_CACHE_DIR: '/x'}, 'linux')).toBe('/x');
		expect(cacheDirectory({SHURO_CACHE_DIR: ''}, 'linux')).toBeUndefined();
		expect(cacheDirectory({XDG_CACHE_HOME: '/c', HOME: '/h'}, 'linux')).toBe('/c/shuro');
		expect(cacheDirectory({HOME: '/h'}, 'linux')).toBe('/h/.cache/shuro');
		expect(cacheDirectory({HOME: '/h'}, 'darwin')).toBe('/h/Library/Caches/shuro');
		expect(cacheDirectory({LOCALAPPDATA: 'C:\\L'}, 'win32')).toContain('shuro');
		expect(cacheDirectory({}, 'linux')).toBeUndefined();
	});
});

describe('the built CLI with a missing, corrupt, stale or rejected cache (issue 17)', () => {
	const run = (args: string[], cache: {path: string; log: string}) => {
		const out = runCli(args, {env: {SHURO_CACHE_DIR: cache.path, SHURO_CACHE_LOG: cache.log}});
		expect(out.status).toBe(0);
		return out;
	};
	const reference = runCli(['--json'], {env: {SHURO_CACHE_DIR: ''}});
	/** A cache directory after one --json run: its file, the file's key and entries. */
	const written = () => {
		const cache = fresh();
		run(['--json'], cache);
		lines(cache.log);
		const file = onlyFile(cache.path);
		const {key} = JSON.parse(headerOf(file)) as {key: CacheKey};
		return {cache, file, key, entries: readCache(file, key).entries};
	};

	it('--json prints the same with no cache, then writes one, then uses it', () => {
		const cache = fresh();
		expect(reference.status).toBe(0);
		expect(JSON.parse(reference.stdout)).toHaveLength(85);
		expect(run(['--json'], cache).stdout).toBe(reference.stdout);
		const first = lines(cache.log);
		expect(first[0]).toBe('print cache none');
		expect(first).toContain('print main.js miss');
		expect(first.at(-1)).toBe('print written');
		expect(run(['--json'], cache).stdout).toBe(reference.stdout);
		const second = lines(cache.log);
		expect(second[0]).toBe('print cache fit');
		expect(second).toContain('print main.js hit');
		expect(second.some((l) => /miss|rejected|written/.test(l))).toBe(false);
	});

	it('a corrupt or cut cache is not used, the output is the same, and a good one replaces it', () => {
		const {cache, file} = written();
		const bytes = readFileSync(file);
		const corrupt = Buffer.from(bytes);
		for (let i = bytes.length >> 1; i < (bytes.length >> 1) + 64; i++) flip(corrupt, i, 0x5a);
		for (const broken of [corrupt, bytes.subarray(0, bytes.length >> 1), Buffer.alloc(0)]) {
			writeFileSync(file, broken);
			expect(run(['--json'], cache).stdout).toBe(reference.stdout);
			const log = lines(cache.log);
			expect(log[0]).toBe('print cache corrupt');
			expect(log).toContain('print main.js miss');
			expect(log.at(-1)).toBe('print written');
			expect(readCache(file, JSON.parse(headerOf(file)).key).state).toBe('fit');
		}
	});

	it('a cache made for another node or build is stale: not used, same output, replaced', () => {
		const {cache, file, key, entries} = written();
		for (const other of [
			{...key, node: 'v20.0.0'},
			{...key, build: 'another'},
		]) {
			writeFileSync(file, encodeCache(other, entries));
			expect(run(['--json'], cache).stdout).toBe(reference.stdout);
			const log = lines(cache.log);
			expect(log[0]).toBe('print cache stale');
			expect(log.at(-1)).toBe('print written');
		}
	});

	it('cached data V8 rejects (whole and checksummed, but not V8 code) gives the same output', () => {
		const {cache, file, key, entries} = written();
		const garbage = new Map([...entries.keys()].map((n) => [n, Buffer.alloc(4096, 7)]));
		writeFileSync(file, encodeCache(key, garbage));
		expect(run(['--json'], cache).stdout).toBe(reference.stdout);
		const log = lines(cache.log);
		expect(log[0]).toBe('print cache fit');
		expect(log).toContain('print main.js rejected');
		expect(log.at(-1)).toBe('print written');
	});

	it('a cache directory that cannot be made still runs, with the same output', () => {
		const cache = {path: '/dev/null/shuro', log: fresh().log};
		expect(run(['--json'], cache).stdout).toBe(reference.stdout);
		expect(lines(cache.log).at(-1)).toBe('print not written');
	});

	it('a table and a query print the same from a cache as without one', () => {
		const cache = fresh();
		for (const args of [['テレワーク'], ['--csv'], ['--json', 'kyaria']]) {
			const plain = runCli(args, {env: {SHURO_CACHE_DIR: ''}}).stdout;
			expect(run(args, cache).stdout).toBe(plain);
			expect(run(args, cache).stdout).toBe(plain);
		}
		expect(lines(cache.log)).toContain('print main.js hit');
	});
});

function flip(bytes: Buffer, at: number, mask: number): void {
	bytes[at] = (bytes[at] ?? 0) ^ mask;
}

/** The header of a cache file: JSON after the magic line and its length. */
function headerOf(file: string): string {
	const bytes = readFileSync(file);
	const start = bytes.indexOf('\n') + 1;
	return bytes.toString('utf8', start + 4, start + 4 + bytes.readUInt32LE(start));
}

describe.skipIf(!hasTmux())('the explorer’s first frame with any cache (issue 17)', () => {
	it('is the same without a cache, with a fresh one, a good one and a corrupt one', async () => {
		const cache = fresh();
		// The code cache alone: no startup snapshot (test/cli/snapshot.test.ts has those).
		const env = {SHURO_CACHE_DIR: cache.path, SHURO_CACHE_LOG: cache.log, SHURO_SNAPSHOT: '0'};
		const none = await firstFrame({SHURO_CACHE_DIR: ''});
		expect(none).toContain('/ 85 件');
		// The explorer writes its cache once it has drawn and loaded; wait for the log's word.
		const session = startSession({env, width: 80, height: 24});
		try {
			const frame = await session.waitFor((screen) => screen.includes('/ 85 件'));
			expect(frame).toBe(none);
			await session.waitFor(() => readFileSync(cache.log, 'utf8').includes('written'), 15_000);
		} finally {
			await stopSession(session);
		}
		expect(lines(cache.log)).toContain('explorer written');
		expect(await firstFrame(env)).toBe(none);
		const hit = lines(cache.log);
		expect(hit[0]).toBe('explorer cache fit');
		expect(hit.some((l) => l.startsWith('explorer explorer-runner-') && l.endsWith(' hit'))).toBe(
			true,
		);
		const file = onlyFile(cache.path);
		const corrupt = readFileSync(file);
		for (let i = corrupt.length - 200; i < corrupt.length; i++) flip(corrupt, i, 0xff);
		writeFileSync(file, corrupt);
		expect(await firstFrame(env)).toBe(none);
		expect(lines(cache.log)[0]).toBe('explorer cache corrupt');
	});
});
