// A worker thread with a larger young generation than the UI thread's. The bin starts node
// with 2 MB semi-spaces (start/launcher.mjs: they keep the UI thread's memory low), and
// V8 flags are the process's: the link worker inherits them, and `resourceLimits`'
// maxYoungGenerationSizeMb cannot raise them (V8 lets the flag win). With 2 MB, linking
// 25,000 programs made ~76 scavenges in the worker (~75 ms of pauses); with 16 MB, the
// lineage came ~0.1 s sooner and the load peaked ~4 MB higher (bench/RESULTS.md, twelfth
// session). V8 sizes a heap when its isolate is made, on the worker's own thread: the flag
// is raised before the worker is started and put back once it runs (or fails to), so the
// UI thread's heap, made long before, and any later isolate keep the process's size.
import {createRequire} from 'node:module';
import type * as V8 from 'node:v8';

/** The link worker's semi-spaces, in MB. */
export const WORKER_SEMI_SPACE_MB = 16;

/**
 * The process's own --max-semi-space-size (0: V8's default), from node's flags: NODE_OPTIONS,
 * then the command line's (node applies them in that order, so the last one given wins).
 */
export function processSemiSpace(
	execArgv: readonly string[] = [
		...(process.env.NODE_OPTIONS ?? '').split(/\s+/),
		...process.execArgv,
	],
): number {
	let mb = 0;
	for (const arg of execArgv) {
		const match = /^--max[-_]semi[-_]space[-_]size=(\d+)$/.exec(arg);
		if (match) mb = Number(match[1]);
	}
	return mb;
}

/** What withYoungGeneration waits for: the worker running, or its end. */
type Starting = {once(event: 'online' | 'error' | 'exit', listener: () => void): unknown};

/** `start()`'s worker, made with `mb` MB semi-spaces (the process keeps its own). */
export function withYoungGeneration<W extends Starting>(mb: number, start: () => W): W {
	// node:v8 is loaded when a worker starts, as node:worker_threads is (issue 17).
	const v8 = createRequire(import.meta.url)('node:v8') as typeof V8;
	const own = processSemiSpace();
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		v8.setFlagsFromString(`--max-semi-space-size=${own}`);
	};
	v8.setFlagsFromString(`--max-semi-space-size=${mb}`);
	let worker: W;
	try {
		worker = start();
	} catch (error) {
		restore();
		throw error;
	}
	worker.once('online', restore);
	worker.once('error', restore);
	worker.once('exit', restore);
	return worker;
}
