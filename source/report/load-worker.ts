// Worker thread entry (bundled as dist/load-worker.js): parses the reports off the
// UI thread and posts each load event as soon as it happens.
import {parentPort, workerData} from 'node:worker_threads';
import {loadStream} from './load-stream.js';

const paths = (workerData as {paths: string[]}).paths;
for (const event of loadStream(paths)) parentPort?.postMessage(event);
