// The variant table opened in the background (prepareSynonyms) is opened in steps, one
// per turn of the event loop, and gives what opening it at once gives.
import {afterAll, describe, expect, it} from 'vitest';
import {
	prepareSynonyms,
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
});
