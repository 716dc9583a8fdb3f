// Bundled into dist/ and run by bench/run.mjs: reads the variant and synonym table
// (dist/synonyms.txt) as the first search that needs it does, in a fresh process, and
// prints its size, the load time and the heap it takes as JSON on stdout.
import {prepareSynonyms, synonymsOf, synonymTableStats} from '../source/search/synonyms.js';

const gc = () => (globalThis as {gc?: () => void}).gc?.();
const sync = process.argv[2] !== 'async';
gc();
const before = process.memoryUsage().heapUsed;
const start = performance.now();
if (sync) synonymsOf('障がい者');
else await prepareSynonyms();
const loadMs = performance.now() - start;
gc();
const heapMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
const lookupStart = performance.now();
const found = synonymsOf('高齢者').synonyms.length;
const lookupMs = performance.now() - lookupStart;
console.log(JSON.stringify({...synonymTableStats(), loadMs, heapMb, lookupMs, found}));
