// Worker thread entry (bundled as dist/link-worker.js): works out lineage beside the UI
// thread (load-in-background.ts). Once a load's reports are all in, it is sent what
// lineage reads of them, one body at a time (LineageBody), works each body out as it
// comes (lineage-collector.ts) and posts that body's links, packed; told the end, it exits.
import {readlinkSync} from 'node:fs';
import {setPriority} from 'node:os';
import {basename} from 'node:path';
import {parentPort} from 'node:worker_threads';
import {type LineageBody, linkPosted} from './lineage-collector.js';
import type {PackedLinks} from './lineage-body.js';

/** What the UI thread posts: each body, then the end. */
export type ToLinkWorker = {type: 'body'; body: LineageBody} | {type: 'end'};
/** What the link worker posts back for each body, in the order posted: its links. */
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

// No collections of its own: it held every report's facts until the end, and collected
// its garbage as its heap grew (a ceiling), which kept its peak ~9 MB lower. Posted a body
// at a time it holds one body's, and those collections cost more time than they saved
// memory: at 25,000 programs it linked in 520–590 ms instead of 600–710, and the load
// peaked 107–110 MB instead of 99–105 (109 before, when it held every report;
// bench/RESULTS.md, eleventh session).
yieldToTheUiThread();
parentPort?.on('message', (message: ToLinkWorker) => {
	if (message.type === 'end') {
		parentPort?.close();
		return;
	}
	const packed = linkPosted(message.body);
	const reply: FromLinkWorker = {type: 'links', packed};
	parentPort?.postMessage(reply, [packed.starts.buffer, packed.others.buffer, packed.codes.buffer]);
});
