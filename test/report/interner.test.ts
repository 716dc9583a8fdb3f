// A load's interner: equal cells share one reading, for as long as the load (its object)
// lives, and each table is bounded.
import {describe, expect, it} from 'vitest';
import {Interner, ownCopy} from '../../source/report/interner.js';
import {parseBudget, readAmount} from '../../source/report/money.js';
import {BoundedCache} from '../../source/text/bounded-cache.js';

describe('Interner', () => {
	it('gives one copy per text, its own, equal to it', () => {
		const interner = new Interner();
		const long = '若年者の就職支援を推進するための事業'.repeat(2);
		const a = interner.text(long.slice(0, 30));
		expect(a).toBe(long.slice(0, 30));
		expect(interner.text(`${long}`.slice(0, 30))).toBe(a);
		expect(ownCopy(long)).toBe(long);
		expect(ownCopy('short')).toBe('short');
	});

	it('reads each amount, scale, bullet list and line list once, and shares it', () => {
		const interner = new Interner();
		expect(interner.amount('約3.6億円')).toBe(interner.amount('約3.6億円'));
		expect(interner.amount('約3.6億円')).toEqual({
			yen: 360_000_000,
			approximate: true,
			overflows: false,
		});
		expect(interner.amount('99999999999999999999999円')).toEqual({
			yen: null,
			approximate: false,
			overflows: true,
		});
		const scale = interner.scale('支援規模 200件/年');
		expect(interner.scale('支援規模 200件/年')).toBe(scale);
		expect(scale.metrics).toEqual([
			{value: 200, unit: '件', raw: '200件/年', label: '支援規模', per: '年'},
		]);
		const budget = interner.budget('約3.6億円', interner.amount('約3.6億円'));
		expect(budget).toEqual(parseBudget('約3.6億円'));
		expect(interner.budget('約3.6億円', readAmount('約3.6億円'))).toBe(budget);
		let splits = 0;
		const split = (text: string) => {
			splits++;
			return text.split(' ');
		};
		expect(interner.bullets('a b', split)).toBe(interner.bullets('a b', split));
		expect(splits).toBe(1);
		const lines = [3, 4, 5];
		expect(interner.lines(lines)).toEqual(lines);
		expect(interner.lines([3, 4, 5])).toBe(interner.lines(lines));
	});

	it('shares nothing between two loads', () => {
		expect(new Interner().scale('1,000人')).not.toBe(new Interner().scale('1,000人'));
	});
});

describe('BoundedCache', () => {
	it('remembers up to its limit, then starts afresh', () => {
		const cache = new BoundedCache<string, number>(2);
		cache.set('a', 1);
		cache.set('b', 2);
		expect(cache.get('a')).toBe(1);
		cache.set('c', 3);
		expect(cache.get('a')).toBeUndefined();
		expect(cache.get('c')).toBe(3);
		expect(cache.size).toBe(1);
		cache.clear();
		expect(cache.size).toBe(0);
	});
});
