// Starts loading reports without blocking the UI. Small inputs (the bundled seeds) are
// loaded at once: that takes a few milliseconds. Large inputs are parsed on this thread,
// in slices, so keys and frames go on between them; the programs are linked at the same
// time on the second core, by the link worker (dist/link-worker.js, next to the bundle),
// which is sent each report's names as it is parsed and links body by body
// (incremental-link.ts). Without the worker (or if it fails), they are linked here once
// every report is in, in slices. Either way the links come as a packed table.
//
// Why parsing is not in a worker: a report that crosses threads is copied (a structured
// clone), and at 25,000 programs copying the model cost about as much as parsing it
// (~0.5 s of the two cores' time), so a parse worker made loading slower, not faster.
import {existsSync, statSync} from 'node:fs';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import type * as WorkerThreads from 'node:worker_threads';
import {expandPaths} from './files.js';
import {linkNames, linkSteps} from './link.js';
import type {FromLinkWorker, ToLinkWorker} from './link-worker.js';
import {type LoadEvent, loadStream, parseStream} from './load-stream.js';
import type {LoadIssue, Report} from './model.js';
import {LinkPacker, LinkTable, type PackedLinks} from './packed-links.js';

export type StopLoading = () => void;

/**
 * What a background load reports: the load events, except that the links come as a
 * table to look them up in (packed-links.ts) rather than set on every program.
 */
export type BackgroundEvent = LoadEvent | {type: 'link-table'; table: LinkTable};

export type BackgroundOptions = {
	/** The link worker's bundle (default: link-worker.js next to this bundle). */
	linkWorker?: string;
};

/** Work per slice on this thread: input and rendering go on between slices. */
const SLICE_MS = 4;

/** Runs `steps` in slices of about SLICE_MS on this thread, then `then`. */
function inSlices(steps: Iterator<unknown>, then: () => void): StopLoading {
	let stopped = false;
	const step = () => {
		if (stopped) return;
		const until = performance.now() + SLICE_MS;
		do {
			if (steps.next().done) {
				then();
				return;
			}
		} while (performance.now() < until);
		setImmediate(step);
	};
	setImmediate(step);
	return () => {
		stopped = true;
	};
}

/** Links the reports in slices (link.ts, linkSteps), packing the links as they come. */
function linkInSlices(reports: Report[], then: (table: LinkTable) => void): StopLoading {
	const packer = new LinkPacker(reports.flatMap((r) => r.programs));
	return inSlices(linkSteps(reports, packer.sink), () => then(packer.table()));
}

/** Inputs up to this many bytes are loaded before the first frame. */
export const SMALL_INPUT_BYTES = 1_000_000;

function totalBytes(paths: string[]): number {
	return expandPaths(paths).files.reduce(
		(sum, file) => sum + (statSync(file, {throwIfNoEntry: false})?.size ?? 0),
		0,
	);
}

type LinkWorker = {add(report: Report): void; end(): void; stop(): void};

// node:worker_threads is loaded when a worker starts: loading it took ~10 ms, and small
// inputs (the seeds) and the print modes start none (issue 17).
const require = createRequire(import.meta.url);

/** Starts the link worker; `failed` is called at most once, instead of `linked`. */
function startLinkWorker(
	file: string,
	linked: (packed: PackedLinks) => void,
	failed: (reason: string) => void,
): LinkWorker {
	const {Worker} = require('node:worker_threads') as typeof WorkerThreads;
	const worker = new Worker(file);
	let settled = false;
	const settle = (then: () => void) => {
		if (settled) return;
		settled = true;
		then();
	};
	const post = (message: ToLinkWorker) => {
		if (!settled) worker.postMessage(message);
	};
	worker.on('message', (message: FromLinkWorker) => settle(() => linked(message.packed)));
	worker.on('error', (error) => settle(() => failed(error.message)));
	worker.on('exit', (code) => settle(() => failed(`it stopped (exit code ${code})`)));
	worker.unref();
	return {
		// A structured clone of what linking reads is all the worker gets.
		add: (report) => post({type: 'report', report: linkNames(report)}),
		end: () => post({type: 'end'}),
		stop: () => {
			settled = true;
			void worker.terminate();
		},
	};
}

export function loadInBackground(
	paths: string[],
	onEvent: (event: BackgroundEvent) => void,
	options: BackgroundOptions = {},
): StopLoading {
	if (totalBytes(paths) <= SMALL_INPUT_BYTES) {
		for (const event of loadStream(paths)) onEvent(event);
		return () => {};
	}
	const reports: Report[] = []; // every report loaded, in order, to link
	let stopped = false;
	let parsed = false;
	let linkHere = false; // no link worker, or it failed
	let stopLinking: StopLoading = () => {};
	const finish = (table: LinkTable) => {
		if (stopped) return;
		onEvent({type: 'link-table', table});
		onEvent({type: 'done'});
	};
	const link = () => {
		stopLinking = linkInSlices(reports, finish);
	};

	const workerFile =
		options.linkWorker ?? fileURLToPath(new URL('./link-worker.js', import.meta.url));
	let worker: LinkWorker | null = null;
	if (existsSync(workerFile)) {
		worker = startLinkWorker(
			workerFile,
			(packed) =>
				finish(
					new LinkTable(
						packed,
						reports.flatMap((r) => r.programs),
					),
				),
			(reason) => {
				if (stopped) return;
				const issue: LoadIssue = {
					code: 'link-worker-failed',
					severity: 'info',
					message: `the link worker failed (${reason}); linking on the main thread`,
					file: workerFile,
				};
				onEvent({type: 'issue', issue});
				linkHere = true;
				if (parsed) link();
			},
		);
	} else linkHere = true;

	const parsing = (function* () {
		for (const event of parseStream(paths)) {
			if (event.type === 'report') {
				reports.push(event.report);
				worker?.add(event.report);
			}
			onEvent(event);
			yield;
		}
	})();
	const stopParsing = inSlices(parsing, () => {
		parsed = true;
		if (linkHere) link();
		else worker?.end();
	});
	return () => {
		stopped = true;
		stopParsing();
		stopLinking();
		worker?.stop();
	};
}
