// Worker thread entry (bundled as dist/load-worker.js): reads and parses the reports
// off the UI thread and posts each event as soon as it happens, then 'done'. Linking
// happens on the UI thread (./background.ts), over the programs it already holds, so
// this thread keeps nothing of a report once it is posted.
import {parentPort, workerData} from 'node:worker_threads';
import {type LoadEvent, parseStream} from './load-stream.js';

const paths = (workerData as {paths: string[]}).paths;
const post = (event: LoadEvent) => parentPort?.postMessage(event);
for (const event of parseStream(paths)) post(event);
post({type: 'done'});
