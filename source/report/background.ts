// Starts loading reports without blocking the UI: in a worker thread when the
// bundled worker is next to us (dist/load-worker.js), else in slices on this thread.
// Small inputs (the bundled seeds) are parsed at once: that takes a few milliseconds,
// while a worker's first message waits until the UI thread has drawn its first frame.
import {existsSync, statSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {expandPaths} from './files.js';
import {type LoadEvent, loadStream} from './load-stream.js';
import type {Program} from './model.js';
import {LinkTable, type PackedLinks} from './packed-links.js';
import {stringSharer} from './share-strings.js';

export type StopLoading = () => void;

/**
 * What a background load reports: the load events, except that a worker's links come
 * as a table to look them up in (packed-links.ts) rather than set on every program.
 */
export type BackgroundEvent = LoadEvent | {type: 'link-table'; table: LinkTable};

function inSlices(paths: string[], onEvent: (event: BackgroundEvent) => void): StopLoading {
	const events = loadStream(paths);
	let stopped = false;
	const step = () => {
		if (stopped) return;
		const next = events.next();
		if (next.done) return;
		onEvent(next.value);
		setImmediate(step);
	};
	setImmediate(step);
	return () => {
		stopped = true;
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
	if (!existsSync(workerFile)) return inSlices(paths, onEvent);
	const worker = new Worker(workerFile, {
		workerData: {paths},
		// Almost everything the worker allocates dies young (it lets go of each report once
		// posted): a smaller nursery than V8's default keeps its heap's peak ~20 MB lower
		// (64 → 46 MB at 25,000 programs) for a few per cent more time collecting.
		resourceLimits: {maxYoungGenerationSizeMb: WORKER_YOUNG_MB},
	});
	const programs: Program[] = []; // every program posted, in order, to unpack the links
	const shareStrings = stringSharer();
	worker.on('message', (event: LoadEvent | PackedLinks) => {
		if (event.type === 'packed-links') {
			onEvent({type: 'link-table', table: new LinkTable(event, programs)});
			return;
		}
		if (event.type === 'done') {
			// Said once the worker's heap is gone: what follows (the search index) then does
			// not add to it at the process's peak.
			void worker.terminate().then(() => onEvent(event));
			return;
		}
		if (event.type === 'report') programs.push(...shareStrings(event.report).programs);
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
	return () => void worker.terminate();
}
