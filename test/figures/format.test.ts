import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {readMeasures} from '../../source/figures/measure.js';
import {moneyChange} from '../../source/figures/money.js';
import {bar} from '../../source/ui/bar.js';
import {
	budgetFull,
	changeText,
	gapText,
	moneyCompact,
	percentText,
} from '../../source/figures/format.js';
import {compactYen, thousands} from '../../source/text/numbers.js';
import {displayWidth} from '../../source/text/width.js';
import {budget, program, scale} from '../helpers/fixtures.js';

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
	it('prints every digit an amount has down to 万, so different amounts never look alike', () => {
		expect(compactYen(3_980_000_000)).toBe('39.8億');
		expect(compactYen(58_000_000)).toBe('5,800万');
		expect(compactYen(247_000_000)).toBe('2.47億');
		expect(compactYen(3_000_000_000)).toBe('30億');
		expect(compactYen(580_000)).toBe('58万');
		expect(compactYen(9_000)).toBe('9,000円');
		expect(compactYen(123_456_000_000_000)).toBe('1,234,560億');
		// FY2024 #23, #37, #38, #31 and #12: 105, 101, 107, 114 and 904百万円.
		expect([105, 101, 107, 114, 904].map((m) => compactYen(m * 1_000_000))).toEqual([
			'1.05億',
			'1.01億',
			'1.07億',
			'1.14億',
			'9.04億',
		]);
		expect(compactYen(2_337_000_000, true)).toBe('約23.37億');
		expect(compactYen(4_405_580_000, true)).toBe('約44.0558億');
		expect(compactYen(123_456_789)).toBe('123,456,789円');
		expect(compactYen(-10_000_000, true)).toBe('-約1,000万');
	});
	it('never prints two different amounts alike (property)', () => {
		const yen = fc.integer({min: 1, max: 10_000_000}).map((n) => n * 10_000);
		fc.assert(
			fc.property(yen, yen, (a, b) => {
				if (a !== b) expect(compactYen(a)).not.toBe(compactYen(b));
			}),
			{numRuns: 2000},
		);
	});
	it('shows the printed text when the budget is not an amount', () => {
		expect(
			moneyCompact(
				program({fiscalYear: 2024, no: 1, name: 'x', budget: budget('各事業欄記載', null)}),
			),
		).toBe('各事業欄記載');
		expect(moneyCompact(program({fiscalYear: 2024, no: 1, name: 'x'}))).toBe('—');
	});
	it('shows the printed budget with yen, and a sub-item sum as one', () => {
		const p = (b: ReturnType<typeof budget>) =>
			program({fiscalYear: 2024, no: 1, name: 'x', budget: b});
		expect(budgetFull(p(budget('約2.9億円', 290_000_000)))).toBe('約2.9億円 (290,000,000円)');
		expect(budgetFull(p(budget('\u001B[2J', null)))).toBe('␛[2J');
	});
	it('describes a change between years with sign and percent, ≈ when either amount is approximate', () => {
		const exact = (yen: number | null) => ({yen, approximate: false});
		const about = (yen: number | null) => ({yen, approximate: true});
		expect(changeText(moneyChange(exact(240_000_000), exact(270_000_000)))).toBe('+3,000万 (+13%)');
		expect(changeText(moneyChange(about(3_980_000_000), exact(3_180_000_000)))).toBe(
			'≈-8億 (≈-20%)',
		);
		expect(changeText(moneyChange(exact(100), exact(100)))).toBe('±0円 (±0%)');
		expect(changeText(moneyChange(exact(null), exact(100)))).toBe('');
	});
});

describe('ratios', () => {
	const measure = (plan: string, actual: string) => {
		const [m] = readMeasures(scale(plan), scale(actual), '');
		if (!m) throw new Error('no measure');
		return m;
	};
	it('marks approximate figures with ≈ and never rounds a shortfall up to 100%', () => {
		expect(percentText(measure('1,540人', '1,559人'))).toBe('101%');
		expect(percentText(measure('約10事業所', '14事業所'))).toBe('≈140%');
		expect(percentText(measure('1,000人', '996人'))).toBe('99%');
		expect(percentText(measure('1,000人', '1,004人'))).toBe('100%');
		expect(percentText(measure('2,000人', '1,985人'))).toBe('99%');
	});
	it('gives the gap as actual − plan, approximate when a figure is', () => {
		expect(gapText(measure('275名/年', '250名'))).toBe('-25');
		expect(gapText(measure('約1,800人', '1,147人'))).toBe('≈-653');
		expect(gapText(measure('50回', '50回'))).toBe('±0');
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

describe('a program’s money from its sub-items', () => {
	it('says the sum is the sub-items’, with 約 when one of them was', () => {
		const withItems = program({
			fiscalYear: 2022,
			no: 16,
			name: '重層的な住宅セーフティネット',
			budget: budget('各事業欄記載', null),
			items: [
				{
					name: 'a',
					budget: budget('約3.4億円', 340_000_000),
					plan: scale(''),
					actual: scale(''),
					unit: '',
					line: 34,
				},
				{
					name: 'b',
					budget: budget('約1千万円', 10_000_000),
					plan: scale(''),
					actual: scale(''),
					unit: '',
					line: 35,
				},
			],
		});
		expect(budgetFull(withItems)).toBe('各事業欄記載 → 内訳の合計 約3.5億 (350,000,000円)');
		expect(moneyCompact(withItems)).toBe('約3.5億');
	});
});
