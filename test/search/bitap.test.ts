// The port of fuse.js's bitap score (source/search/bitap.ts) against fuse.js itself, with
// the engine's options: the same score, or no match on both sides, for random texts and
// patterns over a few characters (so that near matches are common), Japanese included.
import fc from 'fast-check';
import Fuse from 'fuse.js';
import {describe, expect, it} from 'vitest';
import {bitapFor, bitapScore, releaseBitap} from '../../source/search/bitap.js';
import {FUSE_MATCH_OPTIONS, FUSE_OPTIONS} from '../../source/search/fuzzy.js';
import {probeRanges} from '../../source/search/probe-ranges.js';
import {FUZZY_THRESHOLD} from '../../source/search/probe.js';

function fuse(text: string, pattern: string): number {
	const [result] = new Fuse([text], FUSE_OPTIONS).search(pattern);
	return result ? (result.score ?? 1) : -1;
}

const alphabet = new Int32Array(0x10000);

function port(text: string, pattern: string): number {
	const bitap = bitapFor(pattern, alphabet);
	const score = bitapScore(bitap, text, FUZZY_THRESHOLD);
	releaseBitap(bitap);
	return score;
}

const chars = fc.constantFrom(...'キャリアヤーマッチング支援人材ab-');
const word = (min: number, max: number) =>
	fc.array(chars, {minLength: min, maxLength: max}).map((a) => a.join(''));

describe('bitap port (fuse.js 7.5.0)', () => {
	it.each([
		['キャリア形成支援', 'キャリヤ'],
		['キャリア', 'キャリア'],
		['マッチング支援事業', 'マッチング支援'],
		['マツチング支援', 'マッチング支援'],
		['支援', 'キャリヤ'],
		['', 'キャリヤ'],
		['ab', 'abab'],
		['a'.repeat(40), 'a'.repeat(32)],
		['キャリアキャリア', 'ャリアキ'],
	])('%s / %s', (text, pattern) => {
		expect(port(text, pattern)).toBe(fuse(text, pattern));
	});

	it('scores random texts as fuse.js does', () => {
		fc.assert(
			fc.property(word(0, 60), word(1, 32), (text, pattern) => {
				expect(port(text, pattern)).toBe(fuse(text, pattern));
			}),
			{numRuns: 3000},
		);
	});

	it('scores a text holding a slightly changed pattern as fuse.js does', () => {
		fc.assert(
			fc.property(
				word(4, 20),
				word(0, 20),
				word(0, 20),
				fc.nat(30),
				chars,
				(pattern, before, after, at, typo) => {
					const i = at % pattern.length;
					const changed = pattern.slice(0, i) + typo + pattern.slice(i + 1);
					const text = before + changed + after;
					expect(port(text, pattern)).toBe(fuse(text, pattern));
				},
			),
			{numRuns: 3000},
		);
	});

	it('leaves the alphabet as it found it', () => {
		port('キャリア形成', 'キャリヤ');
		expect(alphabet.every((v) => v === 0)).toBe(true);
	});

	it('lets highlights skip fuse.js only where fuse.js finds no match', () => {
		// The highlight as it was: every exact occurrence, else fuse.js's match indices.
		const reference = (text: string, pattern: string) => {
			if (text.includes(pattern)) return null;
			const result = Fuse.match(pattern, text, FUSE_MATCH_OPTIONS);
			return result.isMatch ? (result.indices ?? []).map(([s, e]) => [s, e + 1]) : [];
		};
		fc.assert(
			fc.property(word(0, 60), word(4, 32), (text, pattern) => {
				const probe = {text: pattern, where: 'any' as const, fuzzy: true, form: 'direct' as const};
				const expected = reference(text, pattern);
				if (expected !== null) expect(probeRanges(text, probe, false)).toEqual(expected);
			}),
			{numRuns: 3000},
		);
	});
});
