// Money (a program's own, or its sub-items' sum), totals that name what they leave out, and
// years compared like with like, on the seeds.
import {describe, expect, it} from 'vitest';
import {FigureBook} from '../../source/figures/book.js';
import {compareYears, unitChange} from '../../source/figures/compare.js';
import {moneyChange, programMoney, sumByYear, sumMoney} from '../../source/figures/money.js';
import {changeText, figureText, sumText} from '../../source/figures/format.js';
import {report, seedProgram} from '../helpers/seeds.js';

const program = seedProgram;

describe('money', () => {
	it('is the program’s printed amount, or the sum of its sub-items’ when it prints none', () => {
		expect(programMoney(program(2024, 19))).toEqual({
			yen: 3_980_000_000,
			approximate: true,
			from: 'program',
		});
		// FY2022 #15: blank; one sub-item prints 約8千万円.
		expect(programMoney(program(2022, 15))).toEqual({
			yen: 80_000_000,
			approximate: true,
			from: 'items',
		});
		// FY2022 #16: 各事業欄記載; sub-items print -, 約3.4億円 and 約1千万円.
		expect(programMoney(program(2022, 16))).toEqual({
			yen: 350_000_000,
			approximate: true,
			from: 'items',
		});
		// FY2022 #10: 障害者施策推進区市町村包括補助事業 — no amount anywhere.
		expect(programMoney(program(2022, 10))).toEqual({yen: null, approximate: false, from: null});
	});
	it('sums a pillar with the sub-items’ money and names what it cannot count', () => {
		const pillar2 = report(2022).programs.filter((p) => p.pillar?.no === 2);
		const sum = sumMoney(pillar2);
		expect(sum).toEqual({yen: 4_405_580_000, approximate: true, counted: 12, unknown: 1});
		expect(sumText(sum)).toBe('約44.0558億 (1件不明)');
	});
	it('totals each year and says the change as approximate when the amounts are', () => {
		const years = sumByYear([...report(2024).programs, ...report(2022).programs]);
		expect(years.map((y) => [y.fiscalYear, y.yen, y.counted, y.unknown])).toEqual([
			[2024, 18_433_000_000, 47, 0],
			[2022, 20_025_580_000, 37, 1],
		]);
		const [newer, older] = years;
		if (!newer || !older) throw new Error('two years');
		expect(changeText(moneyChange(older, newer))).toBe('≈-15.9258億 (≈-8%)');
	});
});

describe('years compared like with like', () => {
	const book = new FigureBook();
	const cellText = (c: {plan: unknown; actual: unknown} | null) =>
		c ? `${figureText(c.plan as never)} → ${figureText(c.actual as never)}` : '—';
	it('compares totals with totals and courses with courses (東京セカンドキャリア塾)', () => {
		const {rows, only} = compareYears([book.of(program(2022, 24)), book.of(program(2024, 36))]);
		expect(rows.map((r) => [r.label, ...r.cells.map(cellText)])).toEqual([
			// FY2022 printed the 930人 plan as a total; the actual totals are the courses' sums.
			['合計', '930人 → 1,438人', '1,260名/年 → 1,428名'],
			['65歳以上コース 人数', '— → 151人', '180名/年 → 184名'],
			['シニア予備群コース 人数', '— → 185人', '180名/年 → 191名'],
			['オンライン講座 人数', '— → 1,102人', '900名/年 → 1,053名'],
		]);
		expect(rows[0]?.cells.map((c) => c?.summed)).toEqual([true, true]);
		expect(only).toEqual([[], []]);
	});
	it('compares a program measured one way each year, and says the unit changed', () => {
		const years = [program(2022, 4), program(2024, 40)];
		const {rows} = compareYears(years.map((p) => book.of(p)));
		expect(rows.map((r) => r.cells.map(cellText))).toEqual([
			['180人 → 165人', '230名/年 → 235名/年'],
		]);
		expect(unitChange(years)).toEqual(['支援者数', '新規登録者数']);
	});
	it('matches sub-items by name and lists the rest as only in their year (テレワークの推進)', () => {
		const {rows, only} = compareYears([book.of(program(2022, 38)), book.of(program(2024, 19))]);
		expect(rows).toEqual([]);
		expect(only.map((list) => list.length)).toEqual([4, 4]);
		expect(only[1]?.[1]?.label).toBe('・テレワーク定着強化事業 交付決定件数');
	});
});
