import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
	deleteBack,
	deleteForward,
	insert,
	moveLeft,
	moveRight,
} from '../../source/state/line-edit.js';

describe('line editing by grapheme', () => {
	it('Backspace removes a surrogate pair as one character', () => {
		expect(deleteBack({text: 'a𠮷', cursor: 3})).toEqual({text: 'a', cursor: 1});
	});
	it('Backspace removes a base character with its combining mark', () => {
		expect(deleteBack({text: 'か\u3099', cursor: 2})).toEqual({text: '', cursor: 0});
	});
	it('← and → step over emoji ZWJ sequences', () => {
		const family = '👨‍👩‍👧';
		const end = {text: `x${family}`, cursor: 1 + family.length};
		expect(moveLeft(end).cursor).toBe(1);
		expect(moveRight({...end, cursor: 1}).cursor).toBe(end.cursor);
	});
	it('inserts committed IME text at the cursor', () => {
		expect(insert({text: 'テレ', cursor: 1}, '推進')).toEqual({text: 'テ推進レ', cursor: 3});
	});
	it('Delete removes the grapheme after the cursor; at the ends nothing happens', () => {
		expect(deleteForward({text: '𠮷b', cursor: 0})).toEqual({text: 'b', cursor: 0});
		expect(deleteForward({text: 'ab', cursor: 2})).toEqual({text: 'ab', cursor: 2});
		expect(deleteBack({text: 'ab', cursor: 0})).toEqual({text: 'ab', cursor: 0});
	});
	it('never leaves a lone surrogate (property)', () => {
		const piece = fc.constantFrom('a', 'テ', '𠮷', 'か\u3099', '👍', '👨‍👩‍👧');
		fc.assert(
			fc.property(
				fc.array(piece, {maxLength: 12}),
				fc.array(fc.constantFrom('l', 'r', 'b', 'd'), {maxLength: 20}),
				(parts, ops) => {
					let state = {text: parts.join(''), cursor: parts.join('').length};
					for (const op of ops) {
						state =
							op === 'l'
								? moveLeft(state)
								: op === 'r'
									? moveRight(state)
									: op === 'b'
										? deleteBack(state)
										: deleteForward(state);
					}
					expect(/\p{Surrogate}/u.test(state.text)).toBe(false);
					expect(state.cursor).toBeGreaterThanOrEqual(0);
					expect(state.cursor).toBeLessThanOrEqual(state.text.length);
				},
			),
		);
	});
});
