import {describe, expect, it} from 'vitest';
import {acrossYears, buildCatalog, relatedPrograms} from '../../source/state/catalog.js';
import {FigureBook} from '../../source/figures/book.js';
import {deriveResults} from '../../source/state/results.js';
import {pillarEntries, pillarTotal} from '../../source/ui/pillar-pane.js';
import {budget, gyokaiRenkei2022, gyokaiRenkei2024, program, reports} from '../helpers/fixtures.js';
import {allPrograms, createSimpleEngine} from '../helpers/simple-engine.js';

const engine = createSimpleEngine(allPrograms(reports));
const all = engine.search('');
const figures = new FigureBook();
const names = (rs: ReturnType<typeof deriveResults>) =>
	rs.map((r) => `${r.program.fiscalYear}-${r.program.no}`);

describe('deriveResults', () => {
	it('keeps engine order for relevance and filters by year', () => {
		expect(
			names(deriveResults(all, {sort: 'relevance', yearFilter: 2022, pillarFilter: null}, figures)),
		).toEqual(['2022-2', '2022-3', '2022-5', '2022-38']);
	});
	it('sorts by budget, largest first, and both ways; unknowns last either way', () => {
		const byBudget = names(
			deriveResults(all, {sort: 'budget', yearFilter: null, pillarFilter: null}, figures),
		);
		expect(byBudget.slice(0, 3)).toEqual(['2024-19', '2022-38', '2022-5']);
		const reversed = names(
			deriveResults(
				all,
				{sort: 'budget', yearFilter: null, pillarFilter: null, sortReverse: true},
				figures,
			),
		);
		expect(reversed.slice(0, 2)).toEqual(['2024-1', '2022-3']);
	});
	it('sorts by the lowest ratio of all measures (sub-items too), lowest first, and both ways', () => {
		const view = {sort: 'achievement' as const, yearFilter: null, pillarFilter: null};
		// 2024-1: 1%; 2024-19: テレワーク定着強化事業 5% (its first sub-item is 7%);
		// 2024-14: 多摩 79% (飯田橋 is 91%); 2022-3: 88%; 2024-10: 96% (連携団体 is 100%).
		// 2022-38 has no figure (its sub-items are not in this fixture): last either way.
		const lowestFirst = names(deriveResults(all, view, figures));
		expect(lowestFirst).toEqual([
			'2024-1',
			'2024-19',
			'2024-14',
			'2022-3',
			'2024-10',
			'2022-2',
			'2022-5',
			'2022-38',
		]);
		const highestFirst = names(deriveResults(all, {...view, sortReverse: true}, figures));
		expect(highestFirst).toEqual([
			'2022-5',
			'2022-2',
			'2024-10',
			'2022-3',
			'2024-14',
			'2024-19',
			'2024-1',
			'2022-38',
		]);
	});
	it('shows only programs below plan on any measure (未達)', () => {
		const below = names(
			deriveResults(
				all,
				{sort: 'relevance', yearFilter: null, pillarFilter: null, belowPlanOnly: true},
				figures,
			),
		);
		// 2024-10 reached 連携団体 (100%) but not 支援対象数 (96%): it is below plan.
		expect(below.sort()).toEqual(['2022-3', '2024-1', '2024-10', '2024-14', '2024-19']);
	});
	it('sorts by number: newest year first, then report order', () => {
		expect(
			names(deriveResults(all, {sort: 'number', yearFilter: null, pillarFilter: null}, figures)),
		).toEqual(['2024-1', '2024-10', '2024-14', '2024-19', '2022-2', '2022-3', '2022-5', '2022-38']);
	});
	it('filters by pillar', () => {
		const pillar = {fiscalYear: 2024, no: 1, title: ''};
		expect(
			names(
				deriveResults(all, {sort: 'relevance', yearFilter: null, pillarFilter: pillar}, figures),
			),
		).toEqual(['2024-1', '2024-10', '2024-14']);
	});
});

describe('catalog', () => {
	const catalog = buildCatalog(reports);
	it('lines up the same program across years, oldest first', () => {
		expect(acrossYears(catalog, gyokaiRenkei2024).map((p) => p.id)).toEqual([
			gyokaiRenkei2022.id,
			gyokaiRenkei2024.id,
		]);
	});
	it('lists counterparts before related programs, each with why', () => {
		expect(
			relatedPrograms(catalog, gyokaiRenkei2022).map((e) => [e.program.no, e.kind, e.reason]),
		).toEqual([[10, 'same', '名称が同じ']]);
	});
});

describe('pillarEntries', () => {
	it('counts programs and sums known budgets, noting unknown ones', () => {
		const entries = pillarEntries(buildCatalog(reports), 2024);
		expect(entries.map((e) => [e.no, e.count, e.money.yen])).toEqual([
			[1, 3, 190_000_000 + 270_000_000 + 247_000_000],
			[2, 1, 3_980_000_000],
		]);
		expect(pillarTotal(entries[0]!)).toBe('約7.07億');
		const partial = {
			...reports[0]!,
			programs: [
				...reports[0]!.programs,
				program({
					fiscalYear: 2024,
					no: 99,
					name: 'x',
					pillar: {no: 2, title: ''},
					budget: budget('各事業欄記載', null),
				}),
			],
		};
		const second = pillarEntries(buildCatalog([partial]), null)[1]!;
		expect(second.count).toBe(2);
		expect(pillarTotal(second)).toBe('約39.8億 (1件不明)');
	});
});
