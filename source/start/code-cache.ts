// V8's code cache for the bundle's files (issue 17). Node 20 has no compile cache for ES
// modules (`module.enableCompileCache` came in Node 22.1), so build.mjs turns the bundle's
// chunks into CommonJS scripts, and dist/cli.js compiles each one with `vm.Script` and
// the `cachedData` that an earlier run left here. This file knows the cache's key, its
// file format and where it lives; it imports nothing of shuro's.
//
// Staleness: the key holds the build (a hash of the chunks, written into dist/cli.js by
// build.mjs), node's version and architecture, and the flags node runs with. A rebuilt
// bundle, another node or other flags never read a cache made for something else. V8
// checks its own version, flags and the source's length again, and rejects what does not
// fit; shuro then compiles as if there were no cache and writes a new one.
//
// Fail-safe: a missing, truncated or corrupt file, a key that does not match and an entry
// V8 rejects all read as "no cache". A release build of V8 does not checksum code caches
// (only debug builds do), so the file carries its own checksum of every entry and an
// entry that does not match is never handed to V8.
import {mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const MAGIC = 'shuro-v8-cache 1\n';

export type CacheKey = {
	/** A hash of the bundle's chunks, made by build.mjs. */
	build: string;
	node: string;
	arch: string;
	/** Node's and V8's flags: the bin's own line and NODE_OPTIONS. */
	flags: string;
};

export function currentKey(build: string): CacheKey {
	return {
		build,
		node: process.version,
		arch: process.arch,
		flags: JSON.stringify([process.execArgv, process.env.NODE_OPTIONS ?? '']),
	};
}

/** Print and explorer runs compile different functions, so each keeps its own cache. */
export type CacheMode = 'print' | 'explorer';

/**
 * Where caches live: $SHURO_CACHE_DIR (empty: no cache), else the user's cache directory.
 * Never beside the bundle: a global install's directory is read-only.
 */
export function cacheDirectory(
	env: NodeJS.ProcessEnv = process.env,
	platform: NodeJS.Platform = process.platform,
): string | undefined {
	if (env.SHURO_CACHE_DIR !== undefined) return env.SHURO_CACHE_DIR || undefined;
	if (platform === 'win32')
		return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'shuro', 'Cache') : undefined;
	const home = env.HOME;
	if (platform === 'darwin') return home ? join(home, 'Library', 'Caches', 'shuro') : undefined;
	if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'shuro');
	return home ? join(home, '.cache', 'shuro') : undefined;
}

/** One file per build, mode and key: `<build>-<mode>-<hash of node and flags>.v8cache`. */
export function cacheFileName(key: CacheKey, mode: CacheMode): string {
	return `${key.build}-${mode}-${checksum(Buffer.from(`${key.node} ${key.arch} ${key.flags}`)).toString(36)}.v8cache`;
}

/**
 * A 32-bit hash of every byte (FNV-1a, four bytes a step): ~1 ms a megabyte, where
 * `node:crypto` and `node:zlib` take 3–6 ms just to load.
 */
export function checksum(bytes: Uint8Array): number {
	const words = bytes.byteLength >>> 2;
	const view =
		bytes.byteOffset % 4 === 0
			? new Int32Array(bytes.buffer, bytes.byteOffset, words)
			: new Int32Array(new Uint8Array(bytes.subarray(0, words * 4)).buffer, 0, words);
	let hash = 0x811c9dc5 | 0;
	for (let i = 0; i < words; i++) hash = Math.imul(hash ^ (view[i] as number), 0x01000193);
	for (let i = words * 4; i < bytes.byteLength; i++)
		hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193);
	return (hash ^ bytes.byteLength) >>> 0;
}

type Header = {key: CacheKey; entries: {name: string; length: number; checksum: number}[]};

/** What was found: `fit` (entries usable), or why nothing was. */
export type CacheState = 'fit' | 'none' | 'stale' | 'corrupt';

/** The cached data per file name; empty unless the file is whole and made for `key`. */
export function readCache(
	path: string,
	key: CacheKey,
): {state: CacheState; entries: Map<string, Uint8Array>} {
	const entries = new Map<string, Uint8Array>();
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch {
		return {state: 'none', entries};
	}
	try {
		if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return {state: 'corrupt', entries};
		const headerLength = bytes.readUInt32LE(MAGIC.length);
		let offset = MAGIC.length + 4;
		const header = JSON.parse(bytes.toString('utf8', offset, offset + headerLength)) as Header;
		if (JSON.stringify(header.key) !== JSON.stringify(key)) return {state: 'stale', entries};
		offset = align(offset + headerLength);
		for (const entry of header.entries) {
			const data = bytes.subarray(offset, offset + entry.length);
			if (data.byteLength !== entry.length || checksum(data) !== entry.checksum)
				return {state: 'corrupt', entries: new Map()};
			entries.set(entry.name, data);
			offset = align(offset + entry.length);
		}
	} catch {
		return {state: 'corrupt', entries: new Map()};
	}
	return {state: 'fit', entries};
}

const align = (n: number) => (n + 3) & ~3;

/** The file's bytes: magic, header length, header, then each entry at a 4-byte boundary. */
export function encodeCache(key: CacheKey, entries: Map<string, Uint8Array>): Buffer {
	const header: Header = {
		key,
		entries: [...entries].map(([name, data]) => ({
			name,
			length: data.byteLength,
			checksum: checksum(data),
		})),
	};
	const json = Buffer.from(JSON.stringify(header));
	const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1'), Buffer.alloc(4), json];
	parts[1]?.writeUInt32LE(json.byteLength);
	let length = MAGIC.length + 4 + json.byteLength;
	for (const data of entries.values()) {
		parts.push(
			Buffer.alloc(align(length) - length),
			Buffer.from(data.buffer, data.byteOffset, data.byteLength),
		);
		length = align(length) + data.byteLength;
	}
	return Buffer.concat(parts);
}

/**
 * Writes the cache whole or not at all (a temporary file renamed over it), and removes
 * the caches of other builds. Never throws: a cache that cannot be written is only slower.
 */
export function writeCache(
	directory: string,
	key: CacheKey,
	mode: CacheMode,
	entries: Map<string, Uint8Array>,
): boolean {
	try {
		mkdirSync(directory, {recursive: true});
		const path = join(directory, cacheFileName(key, mode));
		const temporary = `${path}.${process.pid}.tmp`;
		writeFileSync(temporary, encodeCache(key, entries));
		renameSync(temporary, path);
		for (const name of readdirSync(directory))
			if (name.endsWith('.v8cache') && !name.startsWith(`${key.build}-`))
				rmSync(join(directory, name), {force: true});
		return true;
	} catch {
		return false;
	}
}
