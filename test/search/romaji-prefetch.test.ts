// The explorer's engine starts reading the romaji dictionary at the first Latin letter,
// so the dictionary costs no memory for users who never type romaji, and is in memory
// by the third letter, when romaji matching begins.
import {describe, expect, it} from 'vitest';
import {createSearchEngine} from '../../source/search/engine.js';
import {isRomajiReady} from '../../source/search/romaji.js';
import {seeds} from '../helpers/seeds.js';

const seedPrograms = () => seeds().reports.flatMap((r) => r.programs);

const settle = async () => {
	for (let i = 0; i < 200 && !isRomajiReady(); i++) {
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
};

describe('romaji prefetch', () => {
	it('reads the dictionary only once a Latin letter is typed, and only when asked to', async () => {
		const plain = createSearchEngine(seedPrograms());
		const explorer = createSearchEngine(seedPrograms(), {prefetchRomaji: true});
		plain.search('k');
		explorer.search('テレワーク');
		explorer.search('就労 ２');
		await new Promise((resolve) => setTimeout(resolve, 300)); // a load takes ~50 ms
		expect(isRomajiReady()).toBe(false);
		explorer.search('ｋ'); // full-width, as typed with the IME on
		await settle();
		expect(isRomajiReady()).toBe(true);
		expect(explorer.search('kyaria').map((r) => r.program.name)).toContain(
			'キャリアチェンジ再就職支援事業',
		);
	});
});
