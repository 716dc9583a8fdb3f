// The engine on the real seed reports (FY2024 programs 1–47, FY2022 1–38): expected
// programs and order for each behaviour the product owner asked for, misses included.
// Labels are `fiscalYear/no`.
import {describe, expect, it} from 'vitest';
import {createSearchEngine} from '../../source/search/engine.js';
import {seeds} from '../helpers/seeds.js';
import {labels} from './fixtures.js';

const programs = seeds().reports.flatMap((r) => r.programs);
const engine = createSearchEngine(programs);
const search = (query: string, limit?: number) =>
	labels(engine.search(query, limit === undefined ? {} : {limit}));

const CAREER_NAMES = [
	'2024/33',
	'2024/16',
	'2024/36',
	'2022/24',
	'2022/28',
	'2024/34',
	'2024/35',
	'2022/25',
];
const SILVER = ['2024/31', '2024/30', '2024/32'];

describe('search on the seed reports', () => {
	it('loads both seeds', () => {
		expect(programs).toHaveLength(47 + 38);
	});

	it.each([
		// width and case
		['ＩＴ', ['2024/15', '2022/1', '2022/26']],
		['IT', ['2024/15', '2022/1', '2022/26']],
		['it', ['2024/15', '2022/1', '2022/26']],
		// kana
		['ろぼっと', ['2024/42']],
		['ロボット', ['2024/42']],
		// romaji
		['robotto', ['2024/42']],
		// fuzzy
		['シルバ人材', SILVER],
		// misses
		['qwerty', []],
		['宇宙開発', []],
		["'キャリヤ", []],
		// nameless program, by its summary
		['インターネットカフェ', ['2022/12']],
		// operators
		['^シルバー', ['2024/30', '2024/31', '2024/32']],
		['^テレワークの推進$', ['2024/19', '2022/38']],
		['テレワーク !推進', ['2022/7', '2022/17', '2022/6', '2022/22']],
		['東京セカンドキャリア塾', ['2024/36', '2022/24', '2024/38']],
	])('%s → %j', (query, expected) => {
		expect(search(query)).toEqual(expected);
	});

	it('ranks キャリア names first, the same for half-width, romaji and a misspelling', () => {
		const expected = search('キャリア');
		expect(expected.slice(0, CAREER_NAMES.length)).toEqual(CAREER_NAMES);
		expect(expected).toHaveLength(19);
		expect(search('ｷｬﾘｱ')).toEqual(expected);
		expect(search('kyaria')).toEqual(expected);
		expect(search('キャリヤ')).toEqual(expected);
	});

	it('expands jinzai to 人材 and 人財 and ikuji to 育児', () => {
		const jinzai = search('jinzai');
		expect(jinzai).toHaveLength(35);
		expect(jinzai).toContain('2024/6'); // 中小企業人財推進事業
		expect(search('ikuji')).toEqual(search('育児'));
		expect(search('ikuji')).toContain('2022/36'); // 働くパパママ育休取得応援事業
	});

	it('puts the senior courses first for シニア 講座, in either order and with a full-width space', () => {
		const expected = ['2024/37', '2024/38', '2024/34', '2024/36', '2022/24'];
		expect(search('シニア 講座')).toEqual(expected);
		expect(search('講座　シニア')).toEqual(expected);
	});

	it('ranks name hits above summary hits, then newest year, then program number', () => {
		expect(search('テレワーク')).toEqual([
			'2024/19',
			'2022/38',
			'2022/7',
			'2022/17',
			'2022/6',
			'2022/22',
		]);
		expect(search('事業$', 4)).toEqual(['2024/1', '2024/3', '2024/4', '2024/6']);
	});

	it('takes either side of |', () => {
		const either = search('ロボット | 育児');
		expect(either[0]).toBe('2024/42');
		expect(either.slice(1).sort()).toEqual(search('育児').sort());
	});

	it('excludes with ! across every field', () => {
		const left = search('!事業');
		expect(left).toHaveLength(21);
		for (const result of engine.search('!事業')) {
			const p = result.program;
			const texts = [
				p.name,
				...p.summary,
				p.plan.text,
				p.actual.text,
				...p.items.map((i) => i.name),
				p.unit,
			];
			expect(texts.some((t) => t.includes('事業'))).toBe(false);
		}
	});

	it('is deterministic', () => {
		for (const query of ['キャリア', 'jinzai', '支援', 'シニア 講座']) {
			expect(search(query)).toEqual(search(query));
		}
	});
});

describe('the same program in two years', () => {
	it('an exact name lists the newest year first', () => {
		const engine = createSearchEngine(seeds().reports.flatMap((r) => r.programs));
		const top = (q: string) =>
			engine.search(q, {limit: 2}).map((r) => `${r.program.fiscalYear}#${r.program.no}`);
		expect(top('テレワークの推進')).toEqual(['2024#19', '2022#38']);
		expect(top('業界連携再就職支援事業')).toEqual(['2024#10', '2022#3']);
	});
});
