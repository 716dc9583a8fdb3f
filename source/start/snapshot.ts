// A V8 startup snapshot of the bundle (issue 17; Node 20's `--build-snapshot`): the heap
// that the chunks' top levels made (meow's tables, the flag table and help, React, Ink,
// yoga's WebAssembly), kept in a file that node reads back instead of running them again.
// This file is the JavaScript side; the launcher, the shell script at the top of
// dist/cli.js that build.mjs writes, is the other.
//
// Where: the user's cache directory, as the code cache (code-cache.ts's rules, worked out by
// the launcher): `<build>-<mode>.snapshot`, one per mode (print snapshots hold no Ink,
// React or yoga), and beside it `<build>-<mode>.snapshot.stamp`: the real path of the node
// that made it, the real path of dist/cli.js it was made from, NODE_OPTIONS, and the
// snapshot's change time once in place (`stat`'s, to the nanosecond where it says it).
//
// Staleness, checked by the launcher before node starts (node itself exits with status 14
// on a snapshot of another node or other flags, and crashes on a cut one, so it must never
// get one): the name holds the build (a hash of the chunks, the loader and node's flags);
// the stamp's node must be the node on PATH (`-ef`: the same file, through any link) with
// the same modification time (the stamp's own, set from node's: an upgrade in place
// changes it); dist/cli.js must be the one that made it; NODE_OPTIONS the same; and the
// snapshot's own modification time must still be the stamp's (set together when it was
// made: any later write to it changes it), and its change time the stamp's (a write
// behind a restored modification time still sets it). All of it is a few stat calls in
// the shell, and one `stat` process (~2 ms) once everything else fits.
//
// Damage none of these sees (the disk's own) gets past them, and node aborts on it (its
// checksum fails) before any JavaScript runs, with its own message. So each start from a
// snapshot leaves a mark ("<snapshot>.<pid>.try", named by
// SHURO_SNAPSHOT_TRY) that bin.ts removes first thing; the next launcher that finds a mark
// whose process is gone removes that snapshot and marks the build's as failed: that one
// start fails, every later one starts without.
//
// Fail-safe: anything else starts as without a snapshot, on the code cache. A run that
// found no snapshot fitting asks for one (SHURO_SNAPSHOT_NEEDED); once it is done it starts
// the launcher again as the maker, in the background and at a low priority
// (makeSnapshotInBackground), which builds into a temporary file, checks that node starts
// from it, then renames it into place: concurrent makers each rename a whole file. The
// explorer's is made without node's code cache of its own modules (`--build-snapshot-config`,
// `withoutCodeCache`): 3 MB less for every start to read and keep (bench/RESULTS.md).
//
// The environment: what the chunks' top levels read of process.env when the snapshot is
// made is recorded, and a run whose environment answers otherwise does not use the
// snapshot's heap (bin.ts runs the chunks afresh). chalk's colour level, which depends on
// the terminal the run has (the maker has none), is worked out again at run time instead
// (build.mjs's patches of chalk, through the hooks that bin.ts runs).

/** What a module patched by build.mjs runs when a snapshot is read, to read the run's world. */
export type Refresh = () => void;

/** The first line of a checked snapshot's output (`SHURO_SNAPSHOT_CHECK`). */
export const SNAPSHOT_CHECKED = 'shuro-snapshot-ok';

/**
 * Runs `run` with process.env recording the variables read (their values then), and gives
 * them. Modules that keep `process.env` keep the recorder, which reads on as before.
 * Listing every variable is recorded as `*`, which a run never matches.
 */
export function recordEnvironmentReads(run: () => void): Map<string, string | undefined> {
	const env = process.env;
	const reads = new Map<string, string | undefined>();
	let recording = true;
	const note = (key: string | symbol) => {
		if (recording && typeof key === 'string' && !reads.has(key)) reads.set(key, env[key]);
	};
	process.env = new Proxy(env, {
		get(target, key) {
			note(key);
			return Reflect.get(target, key);
		},
		has(target, key) {
			note(key);
			return Reflect.has(target, key);
		},
		ownKeys(target) {
			if (recording) reads.set('*', undefined);
			return Reflect.ownKeys(target);
		},
		getOwnPropertyDescriptor(target, key) {
			note(key);
			return Reflect.getOwnPropertyDescriptor(target, key);
		},
	});
	// Modules patched to read the real variables (chalk's colour level) read them here.
	(globalThis as {__shuroSnapshotEnv?: NodeJS.ProcessEnv}).__shuroSnapshotEnv = env;
	try {
		run();
	} finally {
		recording = false;
		process.env = env;
		delete (globalThis as {__shuroSnapshotEnv?: NodeJS.ProcessEnv}).__shuroSnapshotEnv;
	}
	return reads;
}

/** The recorded variables whose value is not the same now (`*` never is). */
export function differingReads(
	reads: ReadonlyMap<string, string | undefined>,
	env: NodeJS.ProcessEnv = process.env,
): string[] {
	return [...reads].filter(([key, value]) => key === '*' || env[key] !== value).map(([k]) => k);
}

/**
 * Starts the launcher (`sh dist/cli.js`; `cli` its real path: `node --build-snapshot` does
 * not resolve a link, as a global install's bin is) as the snapshot's maker for `mode`, detached, at a
 * low priority, so that no run waits for it. Returns the log's word. Never throws: a
 * snapshot that cannot be made only means starts without one.
 *
 * One loss it cannot see: until the child has left the run's process group (detached, it
 * starts a session of its own, before it runs `nice`), a signal sent to that group, as a
 * terminal hung up just then sends SIGHUP, is held blocked in it; libuv then resets its
 * handlers and unblocks it, and it dies before it runs anything. spawn() returns all the
 * same ("snapshot asked"), and nothing is left behind: the next run finds none and asks
 * again (test/cli/snapshot.test.ts). Once spawn() is back the maker has left the group.
 */
export function makeSnapshotInBackground(mode: string, cli: string): string {
	if (mode !== 'print' && mode !== 'explorer') return 'snapshot not asked';
	try {
		const {spawn} = require('node:child_process') as typeof import('node:child_process');
		const child = spawn('nice', ['-n', '10', '/bin/sh', cli], {
			detached: true,
			stdio: 'ignore',
			// Not the run's directory: it may be gone before the maker is done (node cannot
			// start in a removed directory). The launcher has made the cache directory absolute.
			cwd: '/',
			env: {...process.env, SHURO_SNAPSHOT_MAKE: mode},
		});
		child.on('error', () => {});
		child.unref();
		return 'snapshot asked';
	} catch {
		return 'snapshot not asked';
	}
}
