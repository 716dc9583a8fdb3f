// The variant table opened in the background (prepareSynonyms) is opened in steps, one
// per turn of the event loop, and gives what opening it at once gives; so does the table
// decoded and opened in the steps of an index build (synonymSteps).
import {afterAll, describe, expect, it} from 'vitest';
import {createSearchEngine} from '../../source/search/engine.js';
import {
	isSynonymsReady,
	prepareSynonyms,
	synonymSteps,
	synonymsOf,
	synonymTablePath,
	synonymTableStats,
	useSynonymTable,
} from '../../source/search/synonyms.js';

const WORDS = [
	'高齢者',
	'障がい者',
	'dx',
	'telework',
	'支援',
	'育休',
	'しにあ',
	'人材',
	'きゃりや',
];
const path = synonymTablePath() ?? null;

describe('opening the variant table in the background', () => {
	afterAll(() => useSynonymTable(path));

	it('takes several turns of the event loop and finds the same forms', async () => {
		expect(path).not.toBeNull();
		useSynonymTable(path);
		const atOnce = WORDS.map(synonymsOf); // read and opened at once
		const stats = synonymTableStats();
		useSynonymTable(path);
		let turns = 0;
		let done = false;
		const count = () => {
			turns += 1;
			if (!done) setImmediate(count);
		};
		setImmediate(count);
		await prepareSynonyms();
		done = true;
		// ~51,000 lines, 8,192 a step: at least 7 turns for opening, besides those for reading.
		expect(turns).toBeGreaterThanOrEqual(9);
		expect(WORDS.map(synonymsOf)).toEqual(atOnce);
		expect({...synonymTableStats(), loadMs: 0}).toEqual({...stats, loadMs: 0});
	});

	it('decodes and opens in steps (synonymSteps) to the same text and forms', () => {
		useSynonymTable(path);
		const atOnce = WORDS.map(synonymsOf);
		const stats = synonymTableStats();
		useSynonymTable(path);
		let steps = 0;
		for (const _ of synonymSteps()) steps += 1;
		// 1.1 MB decoded 64 KB a step (18 or more), then ~51,000 lines opened 8,192 a step.
		expect(steps).toBeGreaterThanOrEqual(18 + 6);
		expect(isSynonymsReady()).toBe(true);
		expect({...synonymTableStats(), loadMs: 0}).toEqual({...stats, loadMs: 0});
		expect(WORDS.map(synonymsOf)).toEqual(atOnce);
	});

	it('is open once an index built in slices is ready, so no search opens it', () => {
		useSynonymTable(path);
		const engine = createSearchEngine([], {deferBuild: true});
		let slices = 0;
		while (!engine.warm(0)) slices += 1;
		expect(slices).toBeGreaterThanOrEqual(18);
		expect(engine.ready).toBe(true);
		expect(isSynonymsReady()).toBe(true);
	});
});
