// The bin's JavaScript, dist/cli.js (issue 17). dist/cli.js is read two ways: as a shell
// script when it is run as a program (its first lines, the launcher that build.mjs writes,
// choose node's command line: with a startup snapshot or without; snapshot.ts says how), and
// as this script when node runs it. It runs the bundle's chunks in one of three ways:
//
// 1. Without a snapshot (`node dist/cli.js`, or the launcher found none that fits): as
//    scripts compiled with V8's code cache (code-cache.ts says what the cache is, where it
//    lives and when it is stale). build.mjs bundles shuro as ES modules split into chunks
//    (the print modes never read the explorer's), then turns each chunk into a CommonJS
//    script; this file loads them. If the launcher asked for a snapshot, one is made in the
//    background once this run is done (the launcher makes it: snapshot.ts).
// 2. Making a snapshot (`node --build-snapshot dist/cli.js`, SHURO_SNAPSHOT_BUILD=mode): the
//    chunks' top levels run once, here, without touching the environment's answers (what
//    they read of process.env is recorded), and V8 keeps the heap they made.
// 3. From a snapshot (`node --snapshot-blob … dist/cli.js`): the heap is back as it was made;
//    runFromSnapshot() lets the modules that read the terminal read it again and starts.
//    If what the top levels read of the environment is not what it is now, nothing made
//    in the snapshot is used: the chunks are run again as in 1.
//
// Whatever happens to a cache or a snapshot, shuro runs: a cache that is missing, stale,
// corrupt or rejected by V8 is compiled without, and a new one is written (to a temporary
// file renamed into place) once the run has compiled what it needs.
import {
	appendFileSync,
	readdirSync,
	readFileSync,
	realpathSync,
	unlinkSync,
	writeFileSync,
} from 'node:fs';
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
import {
	differingReads,
	makeSnapshotInBackground,
	recordEnvironmentReads,
	type Refresh,
	SNAPSHOT_CHECKED,
} from './snapshot.js';

/** A hash of the chunks (build.mjs): part of the cache's key and of the snapshot's name. */
declare const SHURO_BUILD: string;

// Which of the two caches: a guess from the arguments and the terminal, before anything
// loads (the launcher guesses the same for the snapshot). A wrong guess costs only speed
// (the other mode's functions compile as usual).
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
// Asked of the descriptors, so no stream is made for it (the loader imports only itself:
// source/stdio.ts asks the same way); node's tty module is read at run time, not when a
// startup snapshot is made.
const onTerminal = () => {
	const {isatty} = require('node:tty') as typeof import('node:tty');
	return isatty(0) && isatty(1);
};
const guessMode = (): CacheMode =>
	process.argv.slice(2).some((a) => PRINTING.has(a)) || !onTerminal() ? 'print' : 'explorer';

/** SHURO_SNAPSHOT_BUILD: this process makes a snapshot of that mode's chunks. */
let building = process.env.SHURO_SNAPSHOT_BUILD as CacheMode | undefined;
let mode: CacheMode = building ?? guessMode();

// SHURO_CACHE_LOG=FILE: what became of each chunk's cache and of the snapshot, one line each
// (tests read it).
const log = (line: string) => {
	if (building) return; // (and process.env is being recorded: not read here)
	const file = process.env.SHURO_CACHE_LOG;
	if (file) appendFileSync(file, `${mode} ${line}\n`);
};

let cached = new Map<string, Uint8Array>();
let directory: string | undefined;
const key = currentKey(SHURO_BUILD);
const scripts = new Map<string, Script>();
let stale = false;
let modules = new Map<string, {exports: unknown}>();
let outside = createRequire(__filename);

/** The chunks require each other as `./name.js`; anything else is node's or a package. */
function requireChunk(id: string): unknown {
	return id.startsWith('./') ? load(id.slice(2)) : outside(id);
}
requireChunk.resolve = (id: string) => outside.resolve(id);

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
	// A snapshot keeps no script objects (V8 keeps the functions they made).
	if (!building) scripts.set(name, script);
	if (mode === 'explorer' && name.startsWith('explorer-runner-')) setImmediate(save);
	const module = {exports: {}};
	modules.set(name, module);
	const url = pathToFileURL(filename).href;
	script.runInThisContext()(module.exports, requireChunk, module, filename, __dirname, url, {url});
	return module.exports;
}

/** SHURO_SNAPSHOT_NEEDED (from the launcher): a snapshot of this mode should be made. */
let needed: string | undefined;

/** Writes the cache once, with every function compiled so far; asks for a snapshot. */
let saved = false;
function save(): void {
	if (saved) return;
	saved = true;
	if (needed) {
		log(makeSnapshotInBackground(needed, __filename));
		needed = undefined;
	}
	if (!stale || !directory) return;
	const entries = new Map([...scripts].map(([name, script]) => [name, script.createCachedData()]));
	const written = writeCache(directory, key, mode, entries);
	log(written ? 'written' : 'not written');
}

/** A run without a snapshot (1 above), or from one whose environment differs. */
function runFromFiles(): void {
	needed = process.env.SHURO_SNAPSHOT_NEEDED;
	delete process.env.SHURO_SNAPSHOT_NEEDED;
	directory = cacheDirectory();
	const found = directory
		? readCache(join(directory, cacheFileName(key, mode)), key)
		: {state: 'none', entries: new Map<string, Uint8Array>()};
	cached = found.entries;
	log(`cache ${directory ? found.state : 'off'}`);
	process.once('exit', save);
	// The explorer runs on: its cache is written once its first frame is out (the turn after
	// its chunk loads, which draws it), so it holds what a start needs and no more (a smaller
	// cache is read faster); or at exit, if that comes first.
	(load('main.js') as Main).start();
}

/** What main.js (source/cli.tsx) gives the loader. */
type Main = {start(prepared?: unknown): void; prepare(mode: CacheMode): unknown};

/**
 * Made when the snapshot is: what the chunks' top levels read of process.env, hooks, and
 * the bundled seeds loaded (cli.tsx's prepare()).
 */
let reads: Map<string, string | undefined> | undefined;
let prepared: unknown;
let refreshes: Refresh[] = [];

function runFromSnapshot(): void {
	building = undefined;
	// The launcher's mark that this start is under way: node read the snapshot (snapshot.ts).
	const trying = process.env.SHURO_SNAPSHOT_TRY;
	if (trying !== undefined) {
		delete process.env.SHURO_SNAPSHOT_TRY;
		try {
			unlinkSync(trying);
		} catch {}
	}
	// `node --snapshot-blob B dist/cli.js`: argv[1] is as the launcher gave it (perhaps a
	// symbolic link from a global install's bin); node resolves it for a plain run.
	try {
		process.argv[1] = realpathSync(process.argv[1] ?? __filename);
	} catch {}
	outside = createRequire(process.argv[1] ?? __filename);
	const stamp = process.env.SHURO_SNAPSHOT_CHECK;
	if (stamp) {
		// The launcher's maker checks that node starts from a new snapshot, and has it say
		// which node and which dist/cli.js it belongs to (the stamp: snapshot.ts).
		const options = process.env.NODE_OPTIONS ?? '';
		writeFileSync(stamp, `${process.execPath}\n${process.argv[1]}\n${options}\n`);
		process.stdout.write(`${SNAPSHOT_CHECKED} ${SHURO_BUILD}\n`);
		return;
	}
	const made = mode;
	mode = guessMode();
	const differs = differingReads(reads ?? new Map());
	if (differs.length > 0 || made !== mode) {
		// Not the environment the snapshot was made in: run the chunks afresh, as without one.
		log(`snapshot not used: ${made !== mode ? `made for ${made}` : `${differs.join(' ')} differ`}`);
		modules = new Map();
		runFromFiles();
		return;
	}
	for (const refresh of refreshes) refresh();
	refreshes = [];
	// What the snapshot held (tests check that a print snapshot holds no Ink), and what its
	// environment was checked for.
	log(`snapshot used: ${[...modules.keys()].join(' ')}`);
	log(`snapshot checked ${[...(reads ?? new Map()).keys()].sort().join(' ')}`);
	const main = modules.get('main.js');
	if (main) (main.exports as Main).start(prepared);
	else runFromFiles();
}

function buildSnapshot(v8: typeof import('node:v8')): void {
	// The chunks' top levels read the environment here, when the snapshot is made; a run
	// from it compares what they read with its own (runFromSnapshot). Modules patched by
	// build.mjs (chalk's colour level) read theirs again at run time, through these hooks.
	refreshes = [];
	(globalThis as {__shuroSnapshotRefresh?: Refresh[]}).__shuroSnapshotRefresh = refreshes;
	reads = recordEnvironmentReads(() => {
		prepared = (load('main.js') as Main).prepare(mode);
		if (mode === 'explorer') {
			const explorer = readdirSync(__dirname).find((f) => /^explorer-runner-.*\.js$/.test(f));
			if (explorer) load(explorer);
		}
	});
	delete (globalThis as {__shuroSnapshotRefresh?: Refresh[]}).__shuroSnapshotRefresh;
	v8.startupSnapshot.setDeserializeMainFunction(runFromSnapshot);
}

if (building) buildSnapshot(require('node:v8'));
else runFromFiles();
