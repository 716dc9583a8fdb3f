// Building the engine: deferred and sliced builds give the same engine as the
// synchronous one, and repeated texts share one text id.
import {describe, expect, it} from 'vitest';
import {BENCH_QUERIES, makeCorpus} from '../../bench/search-corpus.js';
import {buildCorpus, displayTexts, textOf} from '../../source/search/corpus.js';
import {createSearchEngine, type ShuroSearchEngine} from '../../source/search/engine.js';
import {buildGramIndex} from '../../source/search/gram-index.js';
import {normalizeForSearch} from '../../source/search/normalize.js';
import {seeds} from '../helpers/seeds.js';
import {makeProgram} from './fixtures.js';

const programs = makeCorpus(
	seeds().reports.flatMap((r) => r.programs),
	3_000,
);

function results(engine: ShuroSearchEngine, query: string) {
	return engine
		.search(query, {limit: 20})
		.map((r) => ({id: r.program.id, score: r.score, matches: r.matches}));
}

describe('the corpus', () => {
	const corpus = buildCorpus(programs);

	it('gives equal texts one text id, and lists each text with its strings', () => {
		expect(corpus.distinctTexts).toBeLessThan(corpus.stringCount / 2);
		const seen = new Map<string, number>();
		for (let id = 0; id < corpus.stringCount; id += 1) {
			const text = textOf(corpus, id);
			expect(seen.get(text) ?? corpus.textId[id]).toBe(corpus.textId[id]);
			seen.set(text, corpus.textId[id]!);
		}
		expect(seen.size).toBe(corpus.distinctTexts);
		for (let t = 0; t < corpus.distinctTexts; t += 1) {
			const strings = corpus.textStrings.subarray(corpus.textStart[t], corpus.textStart[t + 1]);
			expect(strings.length).toBeGreaterThan(0);
			for (let k = 0; k < strings.length; k += 1) {
				expect(corpus.textId[strings[k]!]).toBe(t);
				if (k > 0) expect(strings[k]!).toBeGreaterThan(strings[k - 1]!);
			}
		}
	});

	it('matches the normalised displayed text of every string', () => {
		for (const doc of [0, 1, 777, programs.length - 1]) {
			const first = corpus.docStart[doc]!;
			const displays = displayTexts(corpus, doc);
			expect(displays).toHaveLength(corpus.docStart[doc + 1]! - first);
			displays.forEach((display, k) => {
				expect(textOf(corpus, first + k)).toBe(normalizeForSearch(display));
				expect(corpus.doc[first + k]).toBe(doc);
			});
		}
	});
});

describe('deferred builds', () => {
	const eager = createSearchEngine(programs);

	it('builds nothing until asked, and lists every program for a blank query meanwhile', () => {
		const engine = createSearchEngine(programs, {deferBuild: true});
		expect(engine.ready).toBe(false);
		expect(engine.search('', {limit: 3}).map((r) => r.program)).toEqual(programs.slice(0, 3));
		expect(engine.ready).toBe(false);
	});

	it('builds in slices and then searches exactly as the eager engine', () => {
		const engine = createSearchEngine(programs, {deferBuild: true});
		let slices = 0;
		while (!engine.warm(0)) slices += 1;
		expect(slices).toBeGreaterThan(5);
		expect(engine.ready).toBe(true);
		for (const query of BENCH_QUERIES)
			expect(results(engine, query)).toEqual(results(eager, query));
	});

	it('finishes a half-done build on the first search', () => {
		const engine = createSearchEngine(programs, {deferBuild: true});
		engine.warm(0);
		engine.warm(0);
		expect(engine.ready).toBe(false);
		expect(results(engine, 'テレワーク')).toEqual(results(eager, 'テレワーク'));
		expect(engine.ready).toBe(true);
	});

	it('warmAsync yields to the event loop between slices and resolves when built', async () => {
		const engine = createSearchEngine(programs, {deferBuild: true});
		let ticks = 0;
		const timer = setInterval(() => {
			ticks += 1;
		}, 0);
		await engine.warmAsync({sliceMs: 0});
		clearInterval(timer);
		expect(engine.ready).toBe(true);
		expect(ticks).toBeGreaterThan(0);
		expect(results(engine, 'シニア 講座')).toEqual(results(eager, 'シニア 講座'));
	});

	it('whenReady resolves once the index is built, by slices or by a search, and builds nothing itself', async () => {
		const sliced = createSearchEngine(programs, {deferBuild: true});
		let ready = false;
		void sliced.whenReady().then(() => {
			ready = true;
		});
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect([ready, sliced.ready]).toEqual([false, false]);
		while (!sliced.warm(0)) await Promise.resolve();
		await Promise.resolve();
		expect(ready).toBe(true);
		const searched = createSearchEngine(programs, {deferBuild: true});
		const waiting = searched.whenReady();
		searched.search('テレワーク');
		await expect(waiting).resolves.toBeUndefined();
		await expect(eager.whenReady()).resolves.toBeUndefined(); // built when made
	});

	it('warmAsync stops between slices once cancelled (the engine was replaced), and can go on later', async () => {
		const engine = createSearchEngine(programs, {deferBuild: true});
		let asked = 0;
		await engine.warmAsync({sliceMs: 0, cancelled: () => ++asked >= 2});
		expect(asked).toBe(2);
		expect(engine.ready).toBe(false);
		await engine.warmAsync({sliceMs: 0});
		expect(engine.ready).toBe(true);
		expect(results(engine, 'シニア 講座')).toEqual(results(eager, 'シニア 講座'));
	});
});

describe('the gram index', () => {
	it('keeps 32-bit postings past 65,536 distinct texts', () => {
		const many = Array.from({length: 70_000}, (_, i) =>
			makeProgram({fy: 2024, no: i + 1, name: `名前${i}`, summary: []}),
		);
		const corpus = buildCorpus(many);
		expect(corpus.distinctTexts).toBe(70_000);
		expect(buildGramIndex(corpus).unigrams.ids).toBeInstanceOf(Uint32Array);
		expect(buildGramIndex(buildCorpus(many.slice(0, 1_000))).unigrams.ids).toBeInstanceOf(
			Uint16Array,
		);
		const engine = createSearchEngine(many);
		expect(engine.search('^名前69999').map((r) => r.program.name)).toEqual(['名前69999']);
		expect(engine.search('^名前65537').map((r) => r.program.name)).toEqual(['名前65537']);
	});
});
