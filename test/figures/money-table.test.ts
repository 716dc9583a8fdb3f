// The status line's year totals read typed arrays by program index (MoneyTable): the
// same sums, 約 and unknown counts as summing the programs themselves, for any selection
// and order of programs, and for every kind of result list.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {FigureBook} from '../../source/figures/book.js';
import {MoneyTable, moneyTableOf, programMoney, sumByYearOf} from '../../source/figures/money.js';
import {createSearchEngine} from '../../source/search/engine.js';
import {ArrayResults} from '../../source/search/result-list.js';
import {deriveResults, totalsOf} from '../../source/state/results.js';
import {seeds} from '../helpers/seeds.js';

const programs = seeds().reports.flatMap((r) => r.programs);
const bySumming = (picked: readonly number[]) =>
	sumByYearOf(picked.length, (i) => programs[picked[i]!]!);

describe('MoneyTable', () => {
	it('the seeds hold every kind of money: own, from sub-items, with 約, and none', () => {
		const kinds = new Set(
			programs.map((p) => {
				const money = programMoney(p);
				return `${money.from}${money.approximate ? ' 約' : ''}`;
			}),
		);
		expect([...kinds].sort()).toEqual(['items 約', 'null', 'program', 'program 約']);
	});

	it('sums any selection of programs, in any order, as summing the programs does', () => {
		const table = new MoneyTable(programs);
		const index = fc.integer({min: 0, max: programs.length - 1});
		fc.assert(
			fc.property(fc.array(index, {maxLength: 200}), (picked) => {
				expect(table.sumByYear(picked.length, (i) => picked[i]!)).toEqual(bySumming(picked));
			}),
		);
		const all = programs.map((_, i) => i);
		const totals = table.sumByYear(all.length, (i) => all[i]!);
		expect(totals).toEqual(bySumming(all));
		expect(totals.map((t) => t.fiscalYear)).toEqual([2024, 2022]);
		expect(totals.some((t) => t.approximate && t.unknown > 0)).toBe(true);
	});

	it('is made once per list of programs', () => {
		expect(moneyTableOf(programs)).toBe(moneyTableOf(programs));
		expect(moneyTableOf(programs.slice())).not.toBe(moneyTableOf(programs));
	});
});

describe('totalsOf a result list', () => {
	const engine = createSearchEngine(programs);
	const figures = new FigureBook();
	const summed = (list: {length: number; programAt(i: number): (typeof programs)[number]}) =>
		sumByYearOf(list.length, (i) => list.programAt(i));

	it('ranked, every program, filtered and sorted: the sums of its programs', () => {
		const lists = [
			engine.search('支援'),
			engine.search(''),
			deriveResults(
				engine.search('就労'),
				{yearFilter: 2024, pillarFilter: null, sort: 'budget', sortReverse: true},
				figures,
			),
			deriveResults(
				engine.search(''),
				{yearFilter: null, pillarFilter: null, sort: 'achievement', belowPlanOnly: true},
				figures,
			),
		];
		for (const list of lists) {
			expect(list.source()).not.toBeNull();
			expect(list.length).toBeGreaterThan(0);
			expect(totalsOf(list)).toEqual(summed(list));
		}
	});

	it('a list that does not know where its programs come from is summed program by program', () => {
		const list = new ArrayResults(engine.search('女性').slice());
		expect(list.source()).toBeNull();
		expect(totalsOf(list)).toEqual(summed(list));
		expect(totalsOf(list).length).toBeGreaterThan(0);
	});
});
