import {describe, expect, it} from 'vitest';
import {mergedBudget, parseBudget, parseYen} from '../../source/report/money.js';

const mergedBudgetText = (text: string) => mergedBudget(text)?.text ?? null;

describe('parseYen', () => {
	it.each([
		['約1.9億円', 190_000_000, true],
		['143百万円', 143_000_000, false],
		['約2,337百万円', 2_337_000_000, true],
		['約6千万円', 60_000_000, true],
		['約2千6百万円', 26_000_000, true],
		['約58万円', 580_000, true],
		['約0.2億円', 20_000_000, true],
		['1.9億円', 190_000_000, false],
		['約17.2億円', 1_720_000_000, true],
		['約4千5百万円', 45_000_000, true],
		['約1千万円', 10_000_000, true],
		['約30億円', 3_000_000_000, true],
		['約31.8億円', 3_180_000_000, true],
		['１．９億円', 190_000_000, false],
		['5,000円', 5_000, false],
	])('%s = %d', (text, yen, approximate) => {
		expect(parseYen(text)).toEqual({yen, approximate});
	});

	it.each([
		'各事業欄記載',
		'障害者施策推進区市町村包括補助事業(一部都区財調)',
		'—',
		'-',
		'_',
		'',
		'71-9 = 1051 J',
		'億円',
		'1.2.3億円',
	])('%s is not an amount', (text) => {
		expect(parseYen(text)).toBeNull();
		expect(parseBudget(text)).toEqual({text, yen: null, approximate: false});
	});
});

describe('mergedBudget', () => {
	it('reads the merged cell printed as a dash before the amount', () => {
		expect(mergedBudgetText('- 約3.6億円')).toBe('約3.6億円');
		expect(mergedBudgetText('- 約31.8億円')).toBe('約31.8億円');
	});
	it('ignores dashes that are placeholders or carry no amount', () => {
		expect(mergedBudgetText('-')).toBeNull();
		expect(mergedBudgetText('約3.6億円')).toBeNull();
		expect(mergedBudgetText('- 各事業欄記載')).toBeNull();
	});
});
