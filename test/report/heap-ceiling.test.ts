// When the link worker collects its garbage: past a ceiling set as linking begins (what
// the worker holds then plus a margin), which a collection raises only when what it kept
// leaves less than the least growth below it.
import {describe, expect, it} from 'vitest';
import {HeapCeiling} from '../../source/report/heap-ceiling.js';

const MB = 2 ** 20;
/** A ceiling of 4 MB margin and 2 MB least growth, linking begun at 20 MB. */
const begunAt20 = () => {
	const ceiling = new HeapCeiling(4 * MB, 2 * MB);
	ceiling.start(20 * MB);
	return ceiling;
};

describe('HeapCeiling', () => {
	it('is never due before linking begins', () => {
		expect(new HeapCeiling(4 * MB, 2 * MB).due(1000 * MB)).toBe(false);
	});

	it('is due once the heap reaches what it held at the start plus the margin', () => {
		const ceiling = begunAt20();
		expect(ceiling.due(24 * MB - 1)).toBe(false);
		expect(ceiling.due(24 * MB)).toBe(true);
	});

	it('stays put after a collection that freed the bodies worked out (no lower, no higher)', () => {
		const ceiling = begunAt20();
		ceiling.collected(12 * MB);
		expect(ceiling.due(23 * MB)).toBe(false);
		expect(ceiling.due(24 * MB)).toBe(true);
	});

	it('allows the least growth past a collection that kept nearly all', () => {
		const ceiling = begunAt20();
		ceiling.collected(23 * MB);
		expect(ceiling.due(24 * MB)).toBe(false);
		expect(ceiling.due(25 * MB - 1)).toBe(false);
		expect(ceiling.due(25 * MB)).toBe(true);
	});
});
