// Worker thread entry (bundled as dist/load-worker.js): parses the reports off the
// UI thread and posts each load event as soon as it happens (links packed).
import {parentPort, workerData} from 'node:worker_threads';
import {loadStream} from './load-stream.js';
import type {Program} from './model.js';
import {packLinks} from './packed-links.js';

const paths = (workerData as {paths: string[]}).paths;
/** What packing needs of every program posted, in order (the reports themselves are let go). */
const posted: Array<Pick<Program, 'id' | 'fiscalYear' | 'no'>> = [];
for (const event of loadStream(paths)) {
	if (event.type === 'report') {
		for (const {id, fiscalYear, no} of event.report.programs) posted.push({id, fiscalYear, no});
	}
	parentPort?.postMessage(
		event.type === 'links' ? (packLinks(event.links, posted) ?? event) : event,
	);
}
