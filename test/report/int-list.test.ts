// IntList (int-list.ts) holds what a body's lineage keeps until its links are made: it
// must give back exactly what was pushed, in order, however often it grew.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {IntList} from '../../source/report/int-list.js';

describe('IntList', () => {
	it('keeps what was pushed, in order, across growth', () => {
		const list = new IntList(1);
		for (let i = 0; i < 1000; i++) list.push(i * 7 - 3000);
		list.push2(-1, 2 ** 31 - 1);
		expect(list.length).toBe(1002);
		expect(list.at(0)).toBe(-3000);
		expect(list.at(999)).toBe(3993);
		expect([...list.view().subarray(1000)]).toEqual([-1, 2 ** 31 - 1]);
	});

	it('starts empty', () => {
		expect(new IntList().view()).toHaveLength(0);
	});

	it('equals a list of numbers for any pushes', () => {
		fc.assert(
			fc.property(
				fc.nat(20),
				fc.array(
					fc.oneof(
						fc.integer({min: -(2 ** 31), max: 2 ** 31 - 1}).map((x) => [x]),
						fc.tuple(fc.integer(), fc.integer()),
					),
				),
				(capacity, pushes) => {
					const list = new IntList(capacity);
					const plain: number[] = [];
					for (const values of pushes) {
						if (values.length === 1) list.push(values[0]!);
						else list.push2(values[0]!, values[1]!);
						plain.push(...values.map((x) => x | 0));
					}
					expect([...list.view()]).toEqual(plain);
				},
			),
			{seed: 14},
		);
	});
});
