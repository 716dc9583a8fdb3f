import {describe, expect, it} from 'vitest';
import {parseFilter} from '../../source/search/filters.js';
import {parseQuery, QUERY_SYNTAX_HELP} from '../../source/search/query.js';

describe('parseQuery', () => {
	it('splits on ASCII and full-width spaces into groups that must all match', () => {
		expect(parseQuery('シニア　講座 it').groups).toEqual([
			[{kind: 'fuzzy', text: 'しにあ', romaji: false}],
			[{kind: 'fuzzy', text: '講座', romaji: false}],
			[{kind: 'fuzzy', text: 'it', romaji: false}],
		]);
	});

	it('reads the fzf operators', () => {
		const {groups, exclude} = parseQuery("'テレワーク ^シルバー 事業$ ^テレワークの推進$ !推進");
		expect(groups.map((g) => g.map((t) => [t.kind, t.text]))).toEqual([
			[['exact', 'てれわーく']],
			[['prefix', 'しるばー']],
			[['suffix', '事業']],
			[['equal', 'てれわーくの推進']],
		]);
		expect(exclude).toEqual([{kind: 'exact', text: '推進', romaji: false}]);
	});

	it('joins alternatives with |, with or without spaces, and full-width ｜', () => {
		const expected = [
			[
				{kind: 'fuzzy', text: 'ろぼっと', romaji: false},
				{kind: 'fuzzy', text: '育児', romaji: false},
			],
		];
		expect(parseQuery('ロボット | 育児').groups).toEqual(expected);
		expect(parseQuery('ロボット|育児').groups).toEqual(expected);
		expect(parseQuery('ロボット｜育児').groups).toEqual(expected);
	});

	it('accepts operators typed with the IME on', () => {
		expect(parseQuery('！推進').exclude).toEqual([{kind: 'exact', text: '推進', romaji: false}]);
		expect(parseQuery('＾シルバー').groups[0]?.[0]?.kind).toBe('prefix');
	});

	it('marks ASCII words of three or more letters as romaji', () => {
		const terms = parseQuery('kyaria IT pc terewa-ku').groups.flat();
		expect(terms.map((t) => [t.text, t.romaji])).toEqual([
			['kyaria', true],
			['it', false],
			['pc', false],
			['terewa-ku', true],
		]);
	});

	it('ignores bare operators and blank input', () => {
		expect(parseQuery("  '  ! ^ | ")).toEqual({groups: [], exclude: []});
		expect(parseQuery('')).toEqual({groups: [], exclude: []});
	});

	it('documents every operator in QUERY_SYNTAX_HELP', () => {
		const syntax = QUERY_SYNTAX_HELP.map((h) => h.syntax);
		expect(syntax).toEqual(expect.arrayContaining(["'word", '^word', 'word$', '!word', 'a | b']));
		for (const {meaning} of QUERY_SYNTAX_HELP) expect(meaning).toMatch(/ \/ [a-z]/);
	});
});

describe('filters and report numbers (issue #15)', () => {
	it('reads a filter token as a filter term, a bare number as a number or its text', () => {
		expect(parseQuery('予算>1億').groups).toEqual([
			[
				{
					kind: 'filter',
					text: '予算>1億',
					romaji: false,
					filter: {kind: 'budget', op: '>', yen: 100_000_000},
				},
			],
		]);
		const [bare] = parseQuery('23').groups;
		expect(bare?.map((t) => t.kind)).toEqual(['filter', 'fuzzy']);
		expect(parseQuery('!23').exclude).toEqual([{kind: 'exact', text: '23', romaji: false}]);
		expect(parseQuery("'23").groups[0]?.[0]?.kind).toBe('exact');
		expect(parseQuery('!未達').exclude[0]?.filter).toEqual({kind: 'belowPlan'});
	});

	it('marks hiragana words of three or more characters as readings', () => {
		const terms = parseQuery('じんざい しごと ロボット いと').groups.flat();
		expect(terms.map((t) => t.reading === true)).toEqual([true, true, false, false]);
	});
});

describe('parseFilter', () => {
	it.each([
		['No.23', {kind: 'number', no: 23}],
		['#23', {kind: 'number', no: 23}],
		['23', {kind: 'number', no: 23, bare: true}],
		['2022#20', {kind: 'number', year: 2022, no: 20}],
		['R4-20', {kind: 'number', year: 2022, no: 20}],
		['令和4-20', {kind: 'number', year: 2022, no: 20}],
		['H30-5', {kind: 'number', year: 2018, no: 5}],
		['令和元-3', {kind: 'number', year: 2019, no: 3}],
		['年度:2022', {kind: 'year', year: 2022}],
		['R4', {kind: 'year', year: 2022}],
		['令和4', {kind: 'year', year: 2022}],
		['令和4年度', {kind: 'year', year: 2022}],
		['2022年度', {kind: 'year', year: 2022}],
		['柱:2', {kind: 'pillar', no: 2}],
		['予算>1億', {kind: 'budget', op: '>', yen: 100_000_000}],
		['予算<5000万', {kind: 'budget', op: '<', yen: 50_000_000}],
		['予算>=3千万', {kind: 'budget', op: '>=', yen: 30_000_000}],
		['予算<143百万円', {kind: 'budget', op: '<', yen: 143_000_000}],
		['予算<1.5億', {kind: 'budget', op: '<', yen: 150_000_000}],
		['達成率<80', {kind: 'achievement', op: '<', percent: 80}],
		['達成率<=80%', {kind: 'achievement', op: '<=', percent: 80}],
		['未達', {kind: 'belowPlan'}],
	])('%s', (token, filter) => {
		expect(parseFilter(token)).toEqual(filter);
	});

	it.each(['テレワーク', '予算', '予算>たくさん', 'R', '柱', 'kyaria', '23区'])(
		'%s is a word',
		(token) => {
			expect(parseFilter(token)).toBeNull();
		},
	);
});
