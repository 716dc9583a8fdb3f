// Cell readings remembered by text: the same answer, shared, and a bounded memory.
import {describe, expect, it, vi} from 'vitest';
import {copyPool, forgetRemembered, memoByText, ownCopy} from '../../source/report/memo.js';
import {parseMetrics, parseScale} from '../../source/report/metric.js';
import {parseBudget, parseYen} from '../../source/report/money.js';

describe('memoByText', () => {
	it('reads a text once and answers again from memory, null included', () => {
		const read = vi.fn((text: string) => (text === '' ? null : {length: text.length}));
		const memo = memoByText(read);
		expect(memo('abc')).toEqual({length: 3});
		expect(memo('abc')).toBe(memo('abc'));
		expect(memo('')).toBeNull();
		expect(memo('')).toBeNull();
		expect(read).toHaveBeenCalledTimes(2);
	});

	it('starts afresh once it holds `size` texts', () => {
		const read = vi.fn((text: string) => text.length);
		const memo = memoByText(read, 2);
		for (const text of ['a', 'bb', 'ccc', 'a']) memo(text);
		expect(read).toHaveBeenCalledTimes(4); // 'a' was forgotten when 'ccc' came
	});
});

describe('forgetRemembered', () => {
	it('makes every memo start afresh (a load is over)', () => {
		const read = vi.fn((text: string) => text.length);
		const memo = memoByText(read);
		memo('abc');
		memo('abc');
		forgetRemembered();
		memo('abc');
		expect(read).toHaveBeenCalledTimes(2);
	});
});

describe('copyPool and ownCopy', () => {
	it('gives one copy per text, equal to it', () => {
		const pool = copyPool();
		const long = '若年者の就職支援を推進するための事業'.repeat(2);
		const a = pool(long.slice(0, 30));
		const b = pool(`${long}`.slice(0, 30));
		expect(a).toBe(long.slice(0, 30));
		expect(pool(long.slice(0, 30))).toBe(a);
		expect(b).toBe(a);
		expect(ownCopy(long)).toBe(long);
		expect(ownCopy('short')).toBe('short');
	});
});

describe('remembered cell readings', () => {
	it('give equal cells one shared metric list, in their own Scale objects', () => {
		const a = parseScale('支援規模 200件/年');
		const b = parseScale('支援規模 200件/年');
		expect(a).not.toBe(b);
		expect(a.metrics).toBe(b.metrics);
		expect(a.metrics).toEqual([
			{value: 200, unit: '件', raw: '200件/年', label: '支援規模', per: '年'},
		]);
		expect(parseMetrics('令和4年度')).toEqual([]);
	});

	it('give each parseBudget call its own object (the parser shares them: parse-shared.test.ts)', () => {
		const a = parseBudget('約3.6億円');
		const b = parseBudget('約3.6億円');
		expect(a).not.toBe(b);
		expect(a).toEqual({text: '約3.6億円', yen: 360_000_000, approximate: true});
		expect(parseYen('約3.6億円')).toBe(parseYen('約3.6億円'));
		expect(parseYen('各事業欄記載')).toBeNull();
	});
});
