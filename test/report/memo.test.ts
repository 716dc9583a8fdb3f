// Cell readings remembered by text: the same answer, shared, and a bounded memory.
import {describe, expect, it, vi} from 'vitest';
import {memoByText} from '../../source/report/memo.js';
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

	it('give each budget its own object (a merged budget gets mergedFromLine set on it)', () => {
		const a = parseBudget('約3.6億円');
		const b = parseBudget('約3.6億円');
		expect(a).not.toBe(b);
		expect(a).toEqual({text: '約3.6億円', yen: 360_000_000, approximate: true});
		expect(parseYen('約3.6億円')).toBe(parseYen('約3.6億円'));
		expect(parseYen('各事業欄記載')).toBeNull();
	});
});
