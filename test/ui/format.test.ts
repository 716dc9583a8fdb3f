import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
	bar,
	budgetChange,
	budgetCompact,
	budgetFull,
	compactYen,
	percentText,
	pointChange,
	thousands,
} from '../../source/ui/format.js';
import {displayWidth} from '../../source/ui/text.js';
import {achievement, budget} from '../helpers/fixtures.js';

describe('thousands', () => {
	const intl = new Intl.NumberFormat('en-US', {maximumFractionDigits: 2});
	it('groups in threes with at most two decimals', () => {
		expect(thousands(0)).toBe('0');
		expect(thousands(999)).toBe('999');
		expect(thousands(1000)).toBe('1,000');
		expect(thousands(25_028)).toBe('25,028');
		expect(thousands(3_980_000_000)).toBe('3,980,000,000');
		expect(thousands(1234.5)).toBe('1,234.5');
		expect(thousands(0.125)).toBe('0.13');
		expect(thousands(-1234567.891)).toBe('-1,234,567.89');
	});
	it('never prints minus zero', () => {
		expect(thousands(-0.001)).toBe('0');
		expect(thousands(-0)).toBe('0');
	});
	it('agrees with Intl.NumberFormat en-US on integers and decimals (but minus zero)', () => {
		const value = fc
			.oneof(
				fc.integer({min: -1e15, max: 1e15}),
				fc.double({min: -1e12, max: 1e12, noNaN: true}),
				fc.integer({min: -1e9, max: 1e9}).map((n) => n / 1000),
			)
			.filter((x) => !(x <= 0 && x > -0.005)); // Intl prints these as '-0'
		fc.assert(
			fc.property(value, (x) => {
				expect(thousands(x)).toBe(intl.format(x));
			}),
			{numRuns: 2000},
		);
	});
});

describe('money', () => {
	it('prints budgets compactly in 億 and 万', () => {
		expect(compactYen(3_980_000_000)).toBe('39.8億');
		expect(compactYen(58_000_000)).toBe('5,800万');
		expect(compactYen(247_000_000)).toBe('2.5億');
		expect(compactYen(3_000_000_000)).toBe('30億');
		expect(compactYen(580_000)).toBe('58万');
		expect(compactYen(9_000)).toBe('9,000円');
		expect(compactYen(123_456_000_000_000)).toBe('1,234,560億');
	});
	it('shows the printed text when the budget is not an amount', () => {
		expect(budgetCompact(budget('各事業欄記載', null))).toBe('各事業欄記載');
		expect(budgetCompact(budget('', null))).toBe('—');
	});
	it('shows the printed budget with yen and thousands separators', () => {
		expect(budgetFull(budget('約2.9億円', 290_000_000))).toBe('約2.9億円 (290,000,000円)');
		expect(budgetFull(budget('\u001B[2J', null))).toBe('␛[2J');
	});
	it('describes a change between years with sign and percent', () => {
		expect(budgetChange(240_000_000, 270_000_000)).toBe('+3,000万 (+13%)');
		expect(budgetChange(3_980_000_000, 3_180_000_000)).toBe('-8億 (-20%)');
		expect(budgetChange(100, 100)).toBe('±0円 (±0%)');
		expect(budgetChange(null, 100)).toBe('');
	});
});

describe('achievement', () => {
	it('marks approximate plans with ≈ and shows point changes', () => {
		expect(percentText(achievement(1540, 1559, '人'))).toBe('101%');
		expect(percentText(achievement(10, 14, '事業所', {approximate: true}))).toBe('≈140%');
		expect(pointChange(achievement(300, 265, '名'), achievement(300, 287, '名'))).toBe('+8pt');
		expect(pointChange(null, achievement(1, 1, '件'))).toBe('');
	});
	it('draws bars to the exact width in both ambiguous modes', () => {
		expect(bar(0, 5)).toBe('░░░░░');
		expect(bar(96, 5)).toBe('████░');
		expect(bar(100, 5)).toBe('█████');
		expect(bar(140, 5)).toBe('████+');
		for (const p of [0, 33, 100, 250]) {
			for (const cells of [1, 4, 5, 9]) {
				expect(displayWidth(bar(p, cells))).toBe(cells);
				expect(displayWidth(bar(p, cells, {ambiguousWide: true}), {ambiguousWide: true})).toBe(
					cells,
				);
			}
		}
	});
});
