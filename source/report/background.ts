// Starts loading reports without blocking the UI: in a worker thread when the
// bundled worker is next to us (dist/load-worker.js), else in slices on this thread.
// Small inputs (the bundled seeds) are parsed at once: that takes a few milliseconds,
// while a worker's first message waits until the UI thread has drawn its first frame.
// Large inputs are linked on this thread, in slices, once every report is in (and the
// worker, with its heap, is gone): the links are packed as they are made.
import {existsSync, statSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {expandPaths} from './files.js';
import {linkSteps} from './link.js';
import {type LoadEvent, loadStream, type ParseEvent, parseStream} from './load-stream.js';
import type {Report} from './model.js';
import {LinkPacker, type LinkTable} from './packed-links.js';
import {valueSharer} from './share-values.js';

export type StopLoading = () => void;

/**
 * What a background load reports: the load events, except that the links come as a
 * table to look them up in (packed-links.ts) rather than set on every program.
 */
export type BackgroundEvent = LoadEvent | {type: 'link-table'; table: LinkTable};

/** Work per slice on this thread: input and rendering go on between slices. */
const SLICE_MS = 8;

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

/**
 * Links the reports in slices (link.ts, linkSteps), packing the links as they come,
 * then reports the table and 'done'.
 */
function linkInSlices(reports: Report[], onEvent: (event: BackgroundEvent) => void): StopLoading {
	const packer = new LinkPacker(reports.flatMap((r) => r.programs));
	return inSlices(linkSteps(reports, packer.sink), () => {
		onEvent({type: 'link-table', table: packer.table()});
		onEvent({type: 'done'});
	});
}

/** Parses and links on this thread, in slices (when the bundled worker is not there). */
function parseInSlices(paths: string[], onEvent: (event: BackgroundEvent) => void): StopLoading {
	const reports: Report[] = [];
	let stopLinking: StopLoading = () => {};
	const events = parseStream(paths);
	const parsing = (function* () {
		for (const event of events) {
			if (event.type === 'report') reports.push(event.report);
			onEvent(event);
			yield;
		}
	})();
	const stopParsing = inSlices(parsing, () => {
		stopLinking = linkInSlices(reports, onEvent);
	});
	return () => {
		stopParsing();
		stopLinking();
	};
}

const WORKER_YOUNG_MB = 12;

/** Inputs up to this many bytes are parsed before the first frame. */
export const SMALL_INPUT_BYTES = 1_000_000;

function totalBytes(paths: string[]): number {
	return expandPaths(paths).files.reduce(
		(sum, file) => sum + (statSync(file, {throwIfNoEntry: false})?.size ?? 0),
		0,
	);
}

export function loadInBackground(
	paths: string[],
	onEvent: (event: BackgroundEvent) => void,
): StopLoading {
	if (totalBytes(paths) <= SMALL_INPUT_BYTES) {
		for (const event of loadStream(paths)) onEvent(event);
		return () => {};
	}
	const workerFile = fileURLToPath(new URL('./load-worker.js', import.meta.url));
	if (!existsSync(workerFile)) return parseInSlices(paths, onEvent);
	const worker = new Worker(workerFile, {
		workerData: {paths},
		// Almost everything the worker allocates dies young (it lets go of each report once
		// posted): a smaller nursery than V8's default keeps its heap's peak lower.
		resourceLimits: {maxYoungGenerationSizeMb: WORKER_YOUNG_MB},
	});
	const reports: Report[] = []; // every report posted, in order, to link
	const sharer = valueSharer();
	let stopped = false;
	let stopLinking: StopLoading = () => {};
	worker.on('message', (event: ParseEvent | {type: 'done'}) => {
		if (event.type === 'done') {
			sharer.release();
			// Linked once the worker's heap is gone, so the two never add up at the peak.
			void worker.terminate().then(() => {
				if (!stopped) stopLinking = linkInSlices(reports, onEvent);
			});
			return;
		}
		if (event.type === 'report') reports.push(sharer.share(event.report));
		onEvent(event);
	});
	worker.on('error', (error) => {
		onEvent({
			type: 'issue',
			issue: {
				code: 'unreadable',
				severity: 'error',
				message: `loading failed: ${error.message}`,
				file: paths.join(', '),
			},
		});
		onEvent({type: 'done'});
	});
	worker.unref();
	return () => {
		stopped = true;
		void worker.terminate();
		stopLinking();
	};
}
