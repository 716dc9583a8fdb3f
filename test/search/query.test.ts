import {describe, expect, it} from 'vitest';
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
