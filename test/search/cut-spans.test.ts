// The span cut (source/search/cut-spans.ts) must never change a fuse.js verdict or score.
import fc from 'fast-check';
import Fuse from 'fuse.js';
import {describe, expect, it} from 'vitest';
import {FUSE_OPTIONS} from '../../source/search/fuzzy.js';
import {maxErrors} from '../../source/search/probe.js';
import {fuzzySpans, patternGrams} from '../../source/search/cut-spans.js';

function score(text: string, pattern: string): number | null {
	const result = Fuse.match(pattern, text, FUSE_OPTIONS);
	return result.isMatch ? result.score : null;
}

describe('fuzzySpans', () => {
	it('cuts a long string down to the neighbourhood of the pattern bigrams', () => {
		const text = `${'あ'.repeat(40)}きゃりあ${'い'.repeat(40)}`;
		const spans = fuzzySpans(text, 'きゃりや', patternGrams('きゃりや'), 1);
		expect(spans).toEqual(['あああきゃりあいい']);
	});

	it('keeps a short string whole', () => {
		expect(fuzzySpans('きゃりあ', 'きゃりや', patternGrams('きゃりや'), 1)).toEqual(['きゃりあ']);
	});

	it('gives the same best fuse.js score as the whole string', () => {
		const alphabet = fc.constantFrom('き', 'ゃ', 'り', 'あ', 'や', 'の', '人', '材');
		fc.assert(
			fc.property(
				fc.array(alphabet, {minLength: 0, maxLength: 80}),
				fc.array(alphabet, {minLength: 4, maxLength: 9}),
				(textChars, patternChars) => {
					const text = textChars.join('');
					const pattern = patternChars.join('');
					if (text.includes(pattern)) return; // handled before spans are cut
					const spans = fuzzySpans(text, pattern, patternGrams(pattern), maxErrors(pattern.length));
					const scores = spans.map((s) => score(s, pattern)).filter((s): s is number => s !== null);
					const best = scores.length > 0 ? Math.min(...scores) : null;
					expect(best).toBe(score(text, pattern));
				},
			),
			{numRuns: 1500},
		);
	});
});
