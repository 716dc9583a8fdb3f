// The bin, dist/cli.js (issue 17): runs the bundle's chunks as scripts compiled with V8's
// code cache (code-cache.ts says what the cache is, where it lives and when it is stale).
// build.mjs bundles shuro as ES modules split into chunks (the print modes never read the
// explorer's), then turns each chunk into a CommonJS script; this file loads them. Compiling
// was the largest single item of start-up: with the cache, V8 reads the functions a run
// needs instead of parsing and compiling them again.
//
// Whatever happens to the cache, shuro runs: a cache that is missing, stale, corrupt or
// rejected by V8 is compiled without, and a new one is written (to a temporary file renamed
// into place) once the run has compiled what it needs.
import {appendFileSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {Script} from 'node:vm';
import {
	type CacheMode,
	cacheDirectory,
	cacheFileName,
	currentKey,
	readCache,
	writeCache,
} from './code-cache.js';

/** A hash of the chunks (build.mjs): part of the cache's key. */
declare const SHURO_BUILD: string;

// Which of the two caches: a guess from the arguments and stdout, before anything loads.
// A wrong guess costs only speed (the other mode's functions compile as usual).
const PRINTING = new Set([
	'--json',
	'--csv',
	'--ndjson',
	'--changes',
	'--help',
	'-h',
	'--version',
	'-v',
]);
const mode: CacheMode =
	process.argv.slice(2).some((a) => PRINTING.has(a)) || !process.stdout.isTTY
		? 'print'
		: 'explorer';

// SHURO_CACHE_LOG=FILE: what became of each chunk's cache, one line each (tests read it).
const logFile = process.env.SHURO_CACHE_LOG;
const log = (line: string) => {
	if (logFile) appendFileSync(logFile, `${mode} ${line}\n`);
};
const key = currentKey(SHURO_BUILD);
const directory = cacheDirectory();
const found = directory
	? readCache(join(directory, cacheFileName(key, mode)), key)
	: {state: 'none', entries: new Map<string, Uint8Array>()};
const cached = found.entries;
log(`cache ${directory ? found.state : 'off'}`);
const scripts = new Map<string, Script>();
let stale = false;
const modules = new Map<string, {exports: unknown}>();
const outside = createRequire(__filename);

/** The chunks require each other as `./name.js`; anything else is node's or a package. */
const requireChunk = Object.assign(
	(id: string) => (id.startsWith('./') ? load(id.slice(2)) : outside(id)),
	{resolve: outside.resolve, cache: outside.cache},
);

function compile(filename: string, source: string, data: Uint8Array | undefined): Script {
	// The chunks were ES modules: strict mode, as they ran before.
	const code = `(function (exports, require, module, __filename, __dirname, __shuroUrl, __shuroMeta) {'use strict';${source}\n})`;
	if (data === undefined) return new Script(code, {filename});
	try {
		return new Script(code, {filename, cachedData: data});
	} catch {
		return new Script(code, {filename});
	}
}

function load(name: string): unknown {
	const known = modules.get(name);
	if (known) return known.exports;
	const filename = join(__dirname, name);
	const data = cached.get(name);
	const script = compile(filename, readFileSync(filename, 'utf8'), data);
	// V8 has copied what it needs: the file's bytes (~1 MB) go once every chunk has its part.
	cached.delete(name);
	const status = data === undefined ? 'miss' : script.cachedDataRejected ? 'rejected' : 'hit';
	if (status !== 'hit') stale = true;
	log(`${name} ${status}`);
	scripts.set(name, script);
	if (mode === 'explorer' && name.startsWith('explorer-runner-')) setImmediate(save);
	const module = {exports: {}};
	modules.set(name, module);
	const url = pathToFileURL(filename).href;
	script.runInThisContext()(module.exports, requireChunk, module, filename, __dirname, url, {url});
	return module.exports;
}

/** Writes the cache once, with every function compiled so far. */
let saved = false;
function save(): void {
	if (saved || !stale || !directory) return;
	saved = true;
	const entries = new Map([...scripts].map(([name, script]) => [name, script.createCachedData()]));
	const written = writeCache(directory, key, mode, entries);
	log(written ? 'written' : 'not written');
}

process.once('exit', save);
// The explorer runs on: its cache is written once its first frame is out (the turn after
// its chunk loads, which draws it), so it holds what a start needs and no more (a smaller
// cache is read faster); or at exit, if that comes first.
load('main.js');
