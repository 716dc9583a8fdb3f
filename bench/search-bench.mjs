// Search benchmark: the shuro engine (bigram prefilter + fuse.js) next to a plain
// `new Fuse(docs, {keys, ignoreLocation: true})`, on the seed programs and on synthetic
// corpora of 2,500 and 25,000 programs. Target: engine p95 ≤ 16 ms at 25,000.
//
//   node bench/search-bench.mjs [sizes…]   (registers tsx itself to load the TypeScript)
//   npx tsx bench/search-bench.mjs
//   import {runSearchBench} from './search-bench.mjs'  → rows
import {pathToFileURL} from 'node:url';
import Fuse from 'fuse.js';

const LIMIT = 100;
const SIZES = [85, 2_500, 25_000];

let scopedImport;

/** Loads a TypeScript module through a namespaced tsx loader, so plain `node` can run this file. */
async function importTs(path) {
	if (!scopedImport) {
		const {register} = await import('tsx/esm/api');
		scopedImport = register({namespace: 'shuro-search-bench'}).import;
	}
	return scopedImport(path, import.meta.url);
}

function percentile(sorted, p) {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function stats(times) {
	const sorted = [...times].sort((a, b) => a - b);
	return {p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1]};
}

/**
 * Times every query `rounds` times, round-robin, so that a burst of load on the machine
 * spreads over all queries instead of spoiling one. Returns stats per query.
 */
function timeRoundRobin(queries, rounds, run) {
	const times = queries.map(() => []);
	const results = [];
	for (let round = 0; round < rounds; round += 1) {
		queries.forEach((query, q) => {
			const start = performance.now();
			results[q] = run(query);
			times[q].push(performance.now() - start);
		});
	}
	return queries.map((_, q) => ({...stats(times[q]), result: results[q]}));
}

/** Heap and ArrayBuffer bytes in use (after a collection when run with --expose-gc). */
function memoryInUse() {
	globalThis.gc?.();
	const {heapUsed, arrayBuffers} = process.memoryUsage();
	return {heapUsed, arrayBuffers};
}

function cpuMs(since) {
	const {user, system} = process.cpuUsage(since);
	return (user + system) / 1000;
}

/**
 * The build in slices, as the UI runs it (deferBuild + warm(8) between event-loop turns):
 * the longest slice is what the screen waits for at worst.
 */
async function slicedBuild(createSearchEngine, programs) {
	const engine = createSearchEngine(programs, {deferBuild: true});
	let longest = 0;
	let slices = 0;
	const start = performance.now();
	for (;;) {
		const sliceStart = performance.now();
		const done = engine.warm(8);
		longest = Math.max(longest, performance.now() - sliceStart);
		slices += 1;
		if (done) break;
		await new Promise((resolve) => setImmediate(resolve));
	}
	return {slices, longestMs: longest, totalMs: performance.now() - start};
}

function plainDocs(programs, displayName) {
	return programs.map((p) => ({
		name: displayName(p),
		summary: p.summary,
		plan: p.plan.text,
		actual: p.actual.text,
		items: p.items.map((i) => i.name),
		unit: p.unit,
		pillar: p.pillar?.title ?? '',
	}));
}

const PLAIN_KEYS = ['name', 'summary', 'plan', 'actual', 'items', 'unit', 'pillar'];

/**
 * Runs the benchmark and returns one row per (size, query) plus one 'build' row per size.
 * Times are milliseconds; `hits` is the engine's result count without a limit.
 */
export async function runSearchBench({
	sizes = SIZES,
	queries,
	plain: withPlain = true,
	log = () => {},
} = {}) {
	const {createSearchEngine} = await importTs('../source/search/engine.ts');
	const {loadReports, bundledSeedPaths} = await importTs('../source/report/index.ts');
	const {displayName} = await importTs('../source/report/model.ts');
	const {makeCorpus, BENCH_QUERIES} = await importTs('./search-corpus.ts');
	queries ??= BENCH_QUERIES;
	const seeds = loadReports(bundledSeedPaths()).reports.flatMap((r) => r.programs);
	const rows = [];
	for (const size of sizes) {
		const programs = size <= seeds.length ? seeds.slice(0, size) : makeCorpus(seeds, size);
		const before = memoryInUse();
		const buildCpu = process.cpuUsage();
		const buildStart = performance.now();
		const engine = createSearchEngine(programs);
		const buildMs = performance.now() - buildStart;
		const buildCpuMs = cpuMs(buildCpu);
		const after = memoryInUse();
		const engineBytes = after.heapUsed - before.heapUsed;
		const engineBuffers = after.arrayBuffers - before.arrayBuffers;
		const sliced = await slicedBuild(createSearchEngine, programs);
		await engine.prepareRomaji();
		const plainStart = performance.now();
		const fuse = new Fuse(plainDocs(programs, displayName), {
			keys: PLAIN_KEYS,
			ignoreLocation: true,
		});
		const plainBuildMs = performance.now() - plainStart;
		rows.push({
			kind: 'build',
			size: programs.length,
			buildMs,
			buildCpuMs,
			engineMB: engineBytes / 2 ** 20,
			engineBuffersMB: engineBuffers / 2 ** 20,
			sliced,
			plainBuildMs,
		});
		log(
			`\n${programs.length} programs: engine index ${buildMs.toFixed(0)} ms (${buildCpuMs.toFixed(0)} ms CPU), ${(engineBytes / 2 ** 20).toFixed(1)} MB heap + ${(engineBuffers / 2 ** 20).toFixed(1)} MB ArrayBuffers; plain Fuse ${plainBuildMs.toFixed(0)} ms`,
		);
		log(
			`  built in slices (warm(8) per event-loop turn): ${sliced.slices} slices, longest ${sliced.longestMs.toFixed(1)} ms, ${sliced.totalMs.toFixed(0)} ms in all`,
		);
		const repeats = size >= 10_000 ? 40 : 60;
		// Plain fuse.js takes about a second per query at 25,000: one run each keeps the bench short.
		const plainRepeats = size >= 10_000 ? 1 : size >= 1_000 ? 5 : 30;
		log(
			`${'query'.padEnd(18)} ${'hits'.padStart(6)}   engine p50/p95/max ms (${repeats} runs)  plain fuse p50/p95/max ms (${plainRepeats} run${plainRepeats > 1 ? 's' : ''})`,
		);
		// Warm-up, so the first query does not pay for JIT compilation.
		for (const query of queries) engine.search(query, {limit: LIMIT});
		if (withPlain) fuse.search(queries[0] ?? '', {limit: LIMIT});
		const fast = timeRoundRobin(queries, repeats, (query) => {
			const results = engine.search(query, {limit: LIMIT});
			// What the TUI draws: the first screen of results with highlights.
			for (const r of results.slice(0, 10)) r.matches.length;
			return results;
		});
		const plain = withPlain
			? timeRoundRobin(queries, plainRepeats, (query) => fuse.search(query, {limit: LIMIT}))
			: queries.map(() => ({p50: Number.NaN, p95: Number.NaN, max: Number.NaN, result: []}));
		queries.forEach((query, q) => {
			const hits = engine.search(query).length;
			const e = fast[q];
			const p = plain[q];
			rows.push({
				kind: 'query',
				size: programs.length,
				query,
				hits,
				engine: {p50: e.p50, p95: e.p95, max: e.max},
				plain: {p50: p.p50, p95: p.p95, max: p.max, hits: p.result.length},
			});
			const f = (s) => `${s.p50.toFixed(2)} / ${s.p95.toFixed(2)} / ${s.max.toFixed(2)}`.padEnd(24);
			log(`${query.padEnd(18)} ${String(hits).padStart(6)}   ${f(e)}  ${f(p)}`);
		});
		const all = rows.filter((r) => r.kind === 'query' && r.size === programs.length);
		const worst = (side) => Math.max(...all.map((r) => r[side].p95)).toFixed(2);
		const median = (side) => {
			const p50s = all.map((r) => r[side].p50).sort((a, b) => a - b);
			return (p50s[Math.floor(p50s.length / 2)] ?? Number.NaN).toFixed(2);
		};
		log(
			`at ${programs.length}: engine median p50 ${median('engine')} ms, worst p95 ${worst('engine')} ms; plain fuse median p50 ${median('plain')} ms, worst p95 ${worst('plain')} ms`,
		);
	}
	return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const started = performance.now();
	// Optional sizes: `node bench/search-bench.mjs 85 2500`.
	const sizes = process.argv
		.slice(2)
		.map(Number)
		.filter((n) => n > 0);
	await runSearchBench({...(sizes.length > 0 ? {sizes} : {}), log: (line) => console.log(line)});
	console.log(`\ndone in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
