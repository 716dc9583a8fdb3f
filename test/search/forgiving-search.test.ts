// Issue #15 on the seed reports (FY2024 programs 1–47, FY2022 1–38): queries typed as
// people hear them, each with the programs expected, the first one, and the mark that
// says which field and which form matched. Misses that must stay empty are included.
// Labels are `fiscalYear/no`; marks as in source/search/mark.ts.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {createSearchEngine} from '../../source/search/engine.js';
import {FigureBook} from '../../source/figures/book.js';
import {programMoney} from '../../source/figures/money.js';
import {type FigureLens, figureLens} from '../../source/search/figure-lens.js';
import {markText} from '../../source/search/mark.js';
import {synonymsOf, synonymTableStats} from '../../source/search/synonyms.js';
import {seeds} from '../helpers/seeds.js';
import {labels} from './fixtures.js';

const programs = seeds().reports.flatMap((r) => r.programs);
const engine = createSearchEngine(programs);
const search = (query: string) => labels(engine.search(query));
const marks = (query: string, count: number) =>
	engine
		.search(query)
		.slice(0, count)
		.map((r) => markText(r.mark));

const DISABILITY = [
	'2024/39',
	'2024/41',
	'2022/6',
	'2022/7',
	'2022/8',
	'2022/10',
	'2024/42',
	'2022/5',
	'2022/16',
	// pillar title only (令和4年度 柱2: 障害者…), last
	'2022/4',
	'2022/9',
	'2022/11',
	'2022/12',
	'2022/13',
	'2022/14',
	'2022/15',
];
const TELEWORK = ['2024/19', '2022/38', '2022/7', '2022/17', '2022/6', '2022/22'];
const SENIOR_NAMES = ['2024/37', '2024/38', '2024/34'];
const OLDER_WORKERS = ['2022/25', '2024/30', '2024/31', '2024/35', '2022/16'];
const FY2022 = Array.from({length: 38}, (_, i) => `2022/${i + 1}`);

describe('the synonym table (dist/synonyms.txt)', () => {
	it('knows variants, abbreviations, English and synonyms, and the project renamings', () => {
		expect(synonymsOf('障がい者').variants).toEqual(expect.arrayContaining(['障害者', '障碍者']));
		expect(synonymsOf('dx').variants).toContain('でじたるとらんすふぉーめーしょん');
		expect(synonymsOf('telework').variants).toContain('てれわーく');
		expect(synonymsOf('子ども').variants).toContain('子供');
		expect(synonymsOf('高齢者').synonyms).toContain('しにあ');
		expect(synonymsOf('しにあ').synonyms).toContain('高齢者');
		expect(synonymsOf('しにあ').variants).toEqual([]); // ambiguous: in two groups
		expect(synonymsOf('育休').variants).toContain('育業');
		const stats = synonymTableStats();
		expect(stats?.groups).toBeGreaterThan(10_000);
	});
});

describe('an ambiguous abbreviation (AI: five dictionary groups)', () => {
	it("offers each group's meaning after its own spelling, so 人工知能 is among the first", () => {
		const sets = synonymsOf('ai').synonymSets;
		expect(sets[0]).toContain('あーてぃふぃしゃるいんてりじぇんす');
		expect(sets[1]).toEqual(['人工知能']);
		expect(synonymsOf('ai').variants).toEqual([]); // weak in every group: no full strength
	});

	it('finds a program about 人工知能, marked as a synonym, and only that one', () => {
		// FY2024 #19 テレワークの推進, renamed: the seeds have neither AI nor 人工知能.
		const named = programs.map((p) =>
			p.fiscalYear === 2024 && p.no === 19 ? {...p, name: '人工知能の推進'} : p,
		);
		const results = createSearchEngine(named).search('AI');
		expect(labels(results)).toEqual(['2024/19']);
		expect(markText(results.slice(0, 1)[0]!.mark)).toContain('≈');
	});
});

describe('variants at full strength, synonyms below and marked (bullet 1)', () => {
	it.each([
		['障害者', DISABILITY],
		['障がい者', DISABILITY],
		['障碍者', DISABILITY],
		['DX', ['2024/4', '2022/27', '2022/32']],
		['デジタルトランスフォーメーション', ['2024/4', '2022/27', '2022/32']],
		['telework', [...TELEWORK, '2024/21']],
		['リモートワーク', TELEWORK],
	])('%s → %j', (query, expected) => {
		expect(search(query)).toEqual(expected);
	});

	it('marks a variant with =, a synonym with ≈, and a pillar-only hit with 柱', () => {
		expect(marks('障がい者', 1)).toEqual(['名=障害者']);
		expect(marks('障害者', 1)).toEqual(['名']);
		expect(search('障がい者').slice(-1)).toEqual(['2022/15']);
		expect(marks('障がい者', 16).at(-1)).toBe('柱=障害者');
		expect(marks('デジタルトランスフォーメーション', 1)).toEqual(['名=DX']);
		expect(marks('リモートワーク', 1)).toEqual(['名≈テレワーク']);
	});

	it('育休 and 育業 (a project renaming) find each other at full strength', () => {
		const both = ['2024/23', '2022/37', '2024/24', '2022/36', '2024/27'];
		expect(search('育休')).toEqual(both);
		expect(search('育業')).toEqual(both);
		expect(marks('育休', 2)).toEqual(['名=育業', '名']);
	});

	it('高齢者: the programs about older workers, then シニア (≈), then the FY2022 pillar title', () => {
		const found = search('高齢者');
		expect(found.slice(0, 5)).toEqual(OLDER_WORKERS);
		expect(found.slice(5, 8)).toEqual(SENIOR_NAMES);
		expect(marks('高齢者', 6)[5]).toBe('名≈シニア');
		// The nine programs under 女性・高齢者の活躍に向けた就業支援 come last, marked.
		expect(found.slice(-7)).toEqual([
			'2022/17',
			'2022/18',
			'2022/19',
			'2022/20',
			'2022/21',
			'2022/22',
			'2022/23',
		]);
		expect(marks('高齢者', 18).slice(-7)).toEqual(Array(7).fill('柱'));
	});

	it('シニア finds its own programs first and 高齢者 ones below', () => {
		const found = search('シニア');
		expect(found.slice(0, 3)).toEqual(SENIOR_NAMES);
		expect(found.indexOf('2022/25')).toBeGreaterThan(found.indexOf('2024/33'));
	});
});

describe('report numbers (bullet 2)', () => {
	it.each([
		['No.23', ['2024/23', '2022/23']],
		['no23', ['2024/23', '2022/23']],
		['#23', ['2024/23', '2022/23']],
		['＃２３', ['2024/23', '2022/23']],
		['2022#20', ['2022/20']],
		['R4-20', ['2022/20']],
		['r4#20', ['2022/20']],
		['令和4-20', ['2022/20']],
		['令和6-1', ['2024/1']],
		['No.99', []],
		['2019#1', []],
	])('%s → %j', (query, expected) => {
		expect(search(query)).toEqual(expected);
	});

	it('a bare number puts the programs numbered so first, marked No., then its text matches', () => {
		expect(search('23')).toEqual(['2024/23', '2022/23', '2024/40', '2024/38', '2022/17']);
		expect(marks('23', 3)).toEqual(['No.', 'No.', '計']);
	});

	it('combines with words', () => {
		expect(search('No.23 育業')).toEqual(['2024/23']);
		expect(search('No.23 テレワーク')).toEqual([]);
	});
});

describe('field filters (bullet 3)', () => {
	const byLabel = new Map(programs.map((p) => [`${p.fiscalYear}/${p.no}`, p]));
	const all = (query: string) => search(query).map((l) => byLabel.get(l)!);

	it('a filter alone lists every program passing it, in report order (newest year first)', () => {
		expect(search('年度:2022')).toEqual(FY2022);
		expect(search('R4')).toEqual(FY2022);
		expect(search('令和4')).toEqual(FY2022);
		expect(search('FY2022')).toEqual(FY2022);
		expect(search('令和4年度')).toEqual(FY2022);
		expect(search('R4 | R6')).toHaveLength(85);
		expect(search('柱:2')).toHaveLength(19);
		expect(search('柱:2')[0]).toBe('2024/19');
	});

	it('marks a row listed by a filter alone with that filter, and says what each row passes', () => {
		expect(marks('予算>5億', 3)).toEqual(['予算', '予算', '予算']);
		expect(marks('年度:2022', 1)).toEqual(['年度']);
		expect(marks('柱:2', 1)).toEqual(['柱番号']);
		expect(marks('未達', 1)).toEqual(['未達']);
		expect(marks('達成率<80', 1)).toEqual(['達成率']);
		expect(marks('No.23', 1)).toEqual(['No.']);
		// A word decides the mark; the filters it passed are still told.
		const [first] = engine.search('テレワーク 年度:2022').slice(0, 1);
		expect(markText(first!.mark)).toBe('名');
		expect(first!.passed).toEqual([{kind: 'year', year: 2022}]);
		const [both] = engine.search('未達 柱:2').slice(0, 1);
		expect(both!.passed?.map((f) => f.kind)).toEqual(['belowPlan', 'pillar']);
	});

	it('reads budgets as printed: 億, 千万, 百万, 万, 円', () => {
		const over = all('予算>1億');
		// The program's money as listed: FY2022 #16's sub-items (約3.4億 + 約1千万) count.
		expect(over).toHaveLength(57);
		expect(search('予算>1億')).toContain('2022/16');
		for (const p of over) expect(programMoney(p).yen).toBeGreaterThan(100_000_000);
		const under = all('予算<5000万');
		expect(search('予算<5000万')).toEqual([
			'2024/4',
			'2024/13',
			'2024/17',
			'2024/24',
			'2024/29',
			'2024/32',
			'2024/43',
			'2022/7',
			'2022/13',
			'2022/14',
		]);
		for (const p of under) expect(p.budget.yen).toBeLessThan(50_000_000);
		expect(search('予算<5千万')).toEqual(search('予算<5000万'));
		expect(search('予算<50百万')).toEqual(search('予算<5000万'));
		expect(search('予算<50000000円')).toEqual(search('予算<5000万'));
		expect(search('予算>1000億')).toEqual([]);
	});

	it('達成率<80 and 未達 go through the FigureLens', () => {
		const lens0 = figureLens(new FigureBook());
		const low = all('達成率<80');
		expect(low).toHaveLength(27);
		for (const p of low) expect(lens0.lowestPercent(p)).toBeLessThan(80);
		// The lowest measure counts: FY2024 #25 (100/27/25%) and #26 (… 7%) are under 80.
		expect(labels(engine.search('達成率<80'))).toEqual(
			expect.arrayContaining(['2024/25', '2024/26']),
		);
		const below = all('未達');
		expect(below).toHaveLength(36);
		for (const p of below) expect(lens0.belowPlan(p)).toBe(true);
		// A lens given to the engine is used as given.
		const lens: FigureLens = {
			lowestPercent: (p) => (p.no === 1 ? 50 : null),
			belowPlan: (p) => p.no === 2,
		};
		const other = createSearchEngine(programs, {figures: lens});
		expect(labels(other.search('達成率<80'))).toEqual(['2024/1', '2022/1']);
		expect(labels(other.search('未達'))).toEqual(['2024/2', '2022/2']);
	});

	it('composes with words and fzf operators', () => {
		expect(search('R4 テレワーク')).toEqual(['2022/38', '2022/7', '2022/17', '2022/6', '2022/22']);
		expect(search('テレワーク !未達')).toEqual(['2022/7', '2022/17', '2022/6']);
		expect(search('テレワーク 予算>10億')).toEqual(['2024/19', '2022/38']);
		expect(search('柱:9')).toEqual([]);
	});
});

describe('hiragana for kanji, below literal matches (bullet 4)', () => {
	it('じんざい finds what 人材 and 人財 find, marked as a reading', () => {
		expect(search('じんざい').sort()).toEqual(search('人材 | 人財').sort());
		expect(search('じんざい')[0]).toBe('2024/4');
		expect(marks('じんざい', 2)).toEqual(['名読:人材', '名読:人財']);
	});

	it('しごと: the names written しごと first, 仕事 in summaries below', () => {
		const found = search('しごと');
		expect(found.slice(0, 3)).toEqual(['2022/20', '2024/5', '2022/21']);
		expect(found.slice(-4)).toEqual(['2024/28', '2024/31', '2022/17', '2022/36']);
		expect(marks('しごと', 10).at(-1)).toBe('概読:仕事');
	});

	it('a nonsense reading finds nothing', () => {
		expect(search('ぬるぽ')).toEqual([]);
	});
});

describe('romaji as typed (bullet 5)', () => {
	it.each(['terewaku', 'tereewaaku', 'terewa-ku'])('%s finds テレワーク', (query) => {
		expect(search(query)).toEqual(TELEWORK);
		expect(marks(query, 1)).toEqual(['名→テレワーク']);
	});

	it('sinia and shinia are シニア, with 高齢者 below', () => {
		expect(search('sinia').slice(0, 3)).toEqual(SENIOR_NAMES);
		expect(search('shinia')).toEqual(search('sinia'));
	});

	it('English words with a katakana form in the table', () => {
		expect(search('telework').slice(0, 6)).toEqual(TELEWORK);
		expect(marks('telework', 1)).toEqual(['名=テレワーク']);
	});

	it('nonsense stays empty', () => {
		expect(search('qwerty')).toEqual([]);
		expect(search('zzzkk')).toEqual([]);
	});
});

describe('ranking by phrase and field (bullet 6)', () => {
	it('an exact phrase in a summary ranks above a fuzzy hit in a name', () => {
		// 2022/14's name holds 職能開発 (one edit from 能力開発), the first three say 能力開発.
		expect(search('能力開発')).toEqual([
			'2024/1',
			'2024/2',
			'2024/7',
			'2022/14',
			'2024/37',
			'2024/14',
			'2024/44',
		]);
		expect(search("'能力開発")).toEqual(['2024/1', '2024/2', '2024/7']);
	});

	it('says which field and form matched in every result', () => {
		for (const query of ['障がい者', '高齢者', 'じんざい', 'terewaku', 'テレワーク']) {
			for (const result of engine.search(query)) {
				expect(result.mark?.kind).toBe('hit');
				expect(result.matches.length).toBeGreaterThan(0);
				for (const m of result.matches) expect(m.form).toBeDefined();
			}
		}
		const senior = engine.search('高齢者').find((r) => r.program.no === 37);
		expect(senior?.matches.find((m) => m.field === 'name')).toMatchObject({form: 'synonym'});
	});
});

describe('the zero-result screen (bullet 7)', () => {
	it('says what was searched, the forms tried, and a hint for what the reports lack', () => {
		expect(search('就職率')).toEqual([]);
		const rate = engine.explain('就職率');
		expect(rate.words).toEqual([{text: '就職率', tried: []}]);
		expect(rate.hint).toMatch(/budgets and planned\/actual scale only/);
		expect(search('決算')).toEqual([]);
		expect(engine.explain('決算').hint).toBeDefined();
		expect(engine.search('決算').emptyHelp()?.hint).toBeDefined();
		const senior = engine.explain('シニア 予算>100億');
		expect(senior.query).toBe('シニア 予算>100億');
		expect(senior.words[0]?.text).toBe('シニア');
		expect(senior.words[0]?.tried).toContainEqual({form: 'synonym', text: '高齢者'});
		expect(senior.filters).toEqual(['予算 > 100億円']);
		expect(engine.explain('リモートワーク').words[0]?.tried).toContainEqual({
			form: 'synonym',
			text: 'テレワーク',
		});
		expect(engine.explain('qwerty').hint).toBeUndefined();
	});
});

describe('any query', () => {
	const pieces = [
		'予算>',
		'予算<',
		'1億',
		'5000万',
		'円',
		'達成率<',
		'80',
		'未達',
		'年度:',
		'R4',
		'令和',
		'4',
		'-',
		'#',
		'No.',
		'23',
		'柱:',
		'!',
		"'",
		'^',
		'$',
		'|',
		' ',
		'　',
		'じんざい',
		'しごと',
		'terewa-ku',
		'kyaria',
		'障がい者',
		'DX',
		'シニア',
		'高齢者',
		'就職率',
		'ｱ',
		'ー',
		'*',
		',',
		'\t',
		'(',
		'[',
		'\\',
	];
	it('never throws, and every result can say what matched', () => {
		fc.assert(
			fc.property(
				fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 4})), {maxLength: 6}),
				(parts) => {
					const query = parts.join('');
					const results = engine.search(query);
					for (const result of results.slice(0, 5)) {
						void result.matches;
						markText(result.mark);
					}
					if (results.length === 0) expect(engine.explain(query).query).toBe(query);
				},
			),
			{numRuns: 300},
		);
	});
});
