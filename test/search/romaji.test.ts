import {describe, expect, it} from 'vitest';
import {
	isRomajiToken,
	longVowelVariants,
	prepareRomaji,
	romajiWords,
} from '../../source/search/romaji.js';

describe('isRomajiToken', () => {
	it.each([
		['kyaria', true],
		['jinzai', true],
		['terewa-ku', true],
		['it', false],
		['pc', false],
		['キャリア', false],
		['dx2', false],
	])('%s → %s', (token, expected) => {
		expect(isRomajiToken(token)).toBe(expected);
	});
});

describe('romajiWords', () => {
	it('loads the dictionary on demand and gives kana and kanji spellings, normalised', async () => {
		await prepareRomaji();
		expect(romajiWords('kyaria')).toContain('きゃりあ');
		expect(romajiWords('robotto')).toContain('ろぼっと');
		expect(romajiWords('jinzai')).toEqual(expect.arrayContaining(['人材', '人財']));
		expect(romajiWords('ikuji')).toContain('育児');
		expect(romajiWords('terewa-ku')).toContain('てれわーく');
	});

	it('keeps only the shortest words and no one-character ones', () => {
		const words = romajiWords('kouza');
		expect(words).toContain('講座');
		expect(words.every((w) => w.length >= 2)).toBe(true);
		for (const w of words) expect(words.filter((o) => o !== w && w.includes(o))).toEqual([]);
	});

	it('gives nothing for letters that are not romaji', () => {
		expect(romajiWords('qwerty')).toEqual([]);
	});
});

describe('long vowels as typed (issue #15)', () => {
	it('tries the spelling with the long vowels dropped, doubled or marked', () => {
		expect(longVowelVariants('てれわく')).toContain('てれわーく');
		expect(longVowelVariants('てれえわあく')).toContain('てれわーく');
		expect(longVowelVariants('てれわーく')).toContain('てれわく');
		expect(longVowelVariants('こんぴゅた')).toContain('こんぴゅーたー');
	});
});
