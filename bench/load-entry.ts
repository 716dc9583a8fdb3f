// Bundled and run by bench/run.mjs: loads a directory of reports the way shuro does
// and prints timings and memory as JSON on stdout.
import {expandPaths, loadFile} from '../source/report/files.js';
import {Interner} from '../source/report/interner.js';
import {LineageBook} from '../source/report/lineage.js';
import {loadReports} from '../source/report/index.js';
import {createSearchEngine} from '../source/search/engine.js';

const dir = process.argv[2] ?? '';
const gc = () => (globalThis as {gc?: () => void}).gc?.();
const ms = (from: number) => Math.round(performance.now() - from);
// CPU time as well as wall time: other work on a shared machine stretches the wall clock.
const cpuMs = (from: NodeJS.CpuUsage) => {
	const {user, system} = process.cpuUsage(from);
	return Math.round((user + system) / 1000);
};

// Parsing and linking separately, to show which one grows with the corpus.
let start = performance.now();
let cpu = process.cpuUsage();
const {files} = expandPaths([dir]);
const reports = (() => {
	const interner = new Interner(); // one per load, gone with it, as in load-stream.ts
	return files.flatMap((f) => loadFile(f, interner).reports);
})();
const parseMs = ms(start);
const parseCpuMs = cpuMs(cpu);
start = performance.now();
cpu = process.cpuUsage();
// Every program's lineage, as --json asks for it.
const lineage = new LineageBook(reports.flatMap((r) => r.programs));
for (const r of reports) for (const p of r.programs) lineage.of(p);
const linkMs = ms(start);
const linkCpuMs = cpuMs(cpu);

gc();
start = performance.now();
const loaded = loadReports([dir]);
const loadMs = ms(start);
const programs = loaded.reports.flatMap((r) => r.programs);
start = performance.now();
const engine = createSearchEngine(programs);
const indexMs = ms(start);
engine.search('テレワーク');
gc();
console.log(
	JSON.stringify({
		files: files.length,
		reports: loaded.reports.length,
		programs: programs.length,
		parseMs,
		linkMs,
		parseCpuMs,
		linkCpuMs,
		loadMs,
		indexMs,
		heapMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
		rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
	}),
);
