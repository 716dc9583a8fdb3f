// Worker thread entry (bundled as dist/link-worker.js): works out lineage beside the UI
// thread (load-in-background.ts). It is sent what lineage reads of each report as the
// report is loaded (LineageReport), keeps it (lineage-collector.ts), and once told that
// loading is over, works out every body, posts the links, packed, and exits.
import {readlinkSync} from 'node:fs';
import {setPriority} from 'node:os';
import {basename} from 'node:path';
import {getHeapStatistics} from 'node:v8';
import {parentPort} from 'node:worker_threads';
import {HeapCeiling} from './heap-ceiling.js';
import {LineageCollector, type LineageReport} from './lineage-collector.js';
import type {PackedLinks} from './lineage-body.js';

/** What the UI thread posts: each report loaded, in order, then the end. */
export type ToLinkWorker = {type: 'report'; report: LineageReport} | {type: 'end'};
/** What the link worker posts back once: every program's links. */
export type FromLinkWorker = {type: 'links'; packed: PackedLinks};

const WORKER_NICE = 10;

/**
 * On Linux, this thread's priority is lowered (threads have their own nice value there):
 * on a busy machine linking then takes only the time the UI thread leaves, and the
 * UI thread's parsing, keys and frames go first. Elsewhere it runs as it is.
 */
function yieldToTheUiThread(): void {
	try {
		const tid = Number(basename(readlinkSync('/proc/thread-self')));
		if (Number.isInteger(tid) && tid !== process.pid) setPriority(tid, WORKER_NICE);
	} catch {
		// no /proc/thread-self (not Linux), or not allowed: normal priority
	}
}

/** The worker's heap may grow this much past what it held as linking began. */
const MARGIN_BYTES = 4 * 2 ** 20;
/** …and at least this much past what a collection kept. */
const LEAST_BYTES = 2 * 2 ** 20;
const ceiling = new HeapCeiling(MARGIN_BYTES, LEAST_BYTES);
const heapUsed = () => getHeapStatistics().used_heap_size;

/**
 * Collects the worker's garbage once the heap reaches its ceiling (heap-ceiling.ts):
 * each body's working set (evidence, vectors, candidate pairs) lives long enough to be
 * promoted, and V8 let that garbage pile up in the worker's heap (bench/RESULTS.md,
 * "Figures behind the code's comments"). Called while a body's working set is still alive
 * (lineage-body.ts, LinkBodyOptions.whileAlive), so that the collection keeps the shapes
 * the optimized code relies on. The bin's launcher exposes gc() (build.mjs); without it
 * this does nothing.
 */
function collectWhenGrown(): void {
	const gc = (globalThis as {gc?: () => void}).gc;
	if (!gc || !ceiling.due(heapUsed())) return;
	gc();
	ceiling.collected(heapUsed());
}

yieldToTheUiThread();
const linker = new LineageCollector(collectWhenGrown);
parentPort?.on('message', (message: ToLinkWorker) => {
	if (message.type === 'report') {
		linker.add(message.report);
		return;
	}
	// What reading the reports needed goes first, and the ceiling is set above what is left.
	linker.close();
	(globalThis as {gc?: () => void}).gc?.();
	ceiling.start(heapUsed());
	const packed = linker.finish();
	const reply: FromLinkWorker = {type: 'links', packed};
	parentPort?.postMessage(reply, [packed.starts.buffer, packed.others.buffer, packed.codes.buffer]);
	parentPort?.close();
});
