// The fast path must give exactly what Ink's sanitizeAnsi gives, for any text.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import inkSanitize from '../../node_modules/ink/build/sanitize-ansi.js';
import sanitizeAnsi from '../../source/ink/sanitize.js';

const PIECES = [
	'a',
	' ',
	'女性',
	'▶',
	'\u001B[1m',
	'\u001B[22m',
	'\u001B[33m',
	'\u001B[38;5;2m',
	'\u001B[38:2:1:2:3m',
	'\u001B[m',
	'\u001B[2J',
	'\u001B[?25l',
	'\u001B[1;2H',
	'\u001B[>4m',
	'\u001B[1 m',
	'\u001B]8;;https://x\u0007',
	'\u001B]8;;\u001B\\',
	'\u001B',
	'\u001B[',
	'\u001B[12',
	'\u009B31m',
	'\u009D0;t\u009C',
	'\u0085',
	'\u001Bc',
	'\u0007',
];

describe('sanitizeAnsi fast path', () => {
	it('gives what Ink gives for any mix of text, SGR and other sequences', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...PIECES), {maxLength: 12}), (pieces) => {
				const text = pieces.join('');
				expect(sanitizeAnsi(text)).toBe(inkSanitize(text));
			}),
			{numRuns: 3000},
		);
	});

	it('returns a row of plain SGR styling as it is, without tokenizing', () => {
		const row = '\u001B[7m▶ 2024  19 \u001B[33mテレワーク\u001B[39mの推進\u001B[27m';
		expect(sanitizeAnsi(row)).toBe(row);
		expect(sanitizeAnsi('a\u001B[2Jb')).toBe(inkSanitize('a\u001B[2Jb'));
	});
});
