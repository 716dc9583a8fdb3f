// The engine on hand-built programs (./fixtures.ts): one behaviour per test.
import {describe, expect, it} from 'vitest';
import {createSearchEngine} from '../../source/search/engine.js';
import type {SearchResult} from '../../source/search/types.js';
import {FIXTURE_PROGRAMS, labels} from './fixtures.js';

const engine = createSearchEngine(FIXTURE_PROGRAMS);
const search = (query: string) => labels(engine.search(query));

function highlighted(result: SearchResult | undefined, field: string): string[] {
	const matches = result?.matches.filter((m) => m.field === field) ?? [];
	return matches.flatMap((m) => m.ranges.map(([s, e]) => m.text.slice(s, e)));
}

describe('createSearchEngine', () => {
	it('returns every program in input order, without matches, for a blank query', () => {
		const all = engine.search('  　 ');
		expect(all).toHaveLength(FIXTURE_PROGRAMS.length);
		expect(all.map((r) => r.program)).toEqual(FIXTURE_PROGRAMS);
		expect(all.slice().every((r) => r.matches.length === 0 && r.score === 0)).toBe(true);
		expect(engine.size).toBe(FIXTURE_PROGRAMS.length);
	});

	it('honours the limit', () => {
		expect(engine.search('キャリア', {limit: 2})).toHaveLength(2);
		expect(engine.search('', {limit: 3})).toHaveLength(3);
	});

	it('matches full-width, half-width and lower-case Latin alike', () => {
		expect(search('ＩＴ')).toEqual(['2024/15']);
		expect(search('IT')).toEqual(['2024/15']);
		expect(search('it')).toEqual(['2024/15']);
	});

	it('matches half-width katakana and hiragana against katakana', () => {
		expect(search('ｷｬﾘｱ')).toEqual(search('キャリア'));
		expect(search('ろぼっと')).toEqual(['2024/42']);
		expect(search('ロボット')).toEqual(['2024/42']);
	});

	it('expands romaji of three or more letters to kana and kanji', () => {
		expect(search('robotto')).toEqual(['2024/42']);
		expect(search('kyaria')).toEqual(search('キャリア'));
		expect(search('jinzai')).toEqual(expect.arrayContaining(['2024/1', '2024/6', '2024/30']));
		expect(search('ikuji')).toEqual(['2022/36', '2024/19']);
	});

	it('tolerates a dropped or changed character', () => {
		expect(search('シルバ人材')).toEqual(['2024/30']);
		expect(search('キャリヤ')).toEqual(search('キャリア'));
	});

	it('finds nothing for nonsense', () => {
		expect(search('qwerty')).toEqual([]);
		expect(search('宇宙開発')).toEqual([]);
	});

	it('finds a nameless program by its summary and shows its hint as the name', () => {
		const [hit, ...rest] = engine.search('インターネットカフェ');
		expect(rest).toEqual([]);
		expect(hit?.program.no).toBe(12);
		expect(engine.search('TOKYOチャレンジネット').at(0)?.matches[0]).toEqual({
			field: 'name',
			text: '(名称なし) 「TOKYOチャレンジネット」',
			ranges: [[8, 21]],
			form: 'direct',
		});
	});

	it('requires every token, in any order, split by ASCII or full-width spaces', () => {
		expect(search('シニア 講座')[0]).toBe('2024/37');
		expect(search('講座　シニア')).toEqual(search('シニア 講座'));
		expect(search('シニア 講座 ロボット')).toEqual([]);
	});

	it('ranks an exact name above summary hits, then newer years first', () => {
		expect(search('東京セカンドキャリア塾')).toEqual(['2024/36', '2022/24']);
		expect(search('テレワーク').slice(0, 2)).toEqual(['2024/19', '2022/38']);
	});

	it('searches sub-item names, plan text, unit and pillar title', () => {
		expect(search('パパコース')).toEqual(['2022/36']);
		expect(search('遠隔操作')).toEqual(['2024/42']);
		expect(search('派遣決定実人数')).toEqual(['2024/16']);
		expect(search('リスキングの強化')).toEqual(['2024/1']);
	});

	it('supports the fzf operators', () => {
		expect(search("'キャリヤ")).toEqual([]);
		expect(search("'キャリア")).toEqual(search('キャリア'));
		expect(search('^シルバー')).toEqual(['2024/30']);
		expect(search('^人材')).toEqual([]);
		expect(search('塾$')).toEqual(['2024/36', '2022/24']);
		expect(search('^テレワークの推進$')).toEqual(['2024/19', '2022/38']);
		expect(search('テレワーク !推進')).toEqual([]);
		// 2024/19 is out too: its sub-items end in 事業.
		expect(search('!事業')).toEqual([
			'2024/30',
			'2024/36',
			'2024/37',
			'2022/12',
			'2022/24',
			'2022/38',
		]);
		expect(search('ロボット | 育児')).toEqual(['2024/42', '2022/36', '2024/19']);
	});

	it('highlights on the displayed text, also for half-width and romaji queries', () => {
		expect(highlighted(engine.search('ｷｬﾘｱ').at(0), 'name')).toEqual(['キャリア']);
		expect(
			highlighted(
				engine.search('kyaria').find((r) => r.program.no === 16),
				'name',
			),
		).toEqual(['キャリア']);
		expect(
			highlighted(
				engine.search('jinzai').find((r) => r.program.no === 6),
				'summary',
			),
		).toEqual(['人財', '人材']);
		expect(highlighted(engine.search('ＩＴ').at(0), 'summary')).toEqual(['IT']);
		expect(highlighted(engine.search('シニア 講座').at(0), 'name')).toEqual(['シニア', '講座']);
	});

	it('gives highlight ranges as UTF-16 offsets into the displayed text', () => {
		const [first] = engine.search('ロボット');
		expect(first?.matches[0]).toEqual({
			field: 'name',
			text: '分身ロボットを活用した新たな働き方の支援事業',
			ranges: [[2, 6]],
			form: 'direct',
		});
	});
});

describe('nameMatches', () => {
	it("is the name's entry of matches alone, worked out with or without matches", () => {
		for (const query of ['テレワーク', 'しごと', '女性 !講座', '^東京', 'kyaria', '支援']) {
			const fresh = createSearchEngine(FIXTURE_PROGRAMS).search(query);
			const names = fresh.map((r) => r.nameMatches); // before matches is read
			const expected = fresh.map((r) => r.matches.filter((m) => m.field === 'name'));
			expect(names).toEqual(expected);
			expect(fresh.map((r) => r.nameMatches)).toEqual(expected); // after
			// しごと finds 仕事 in a summary only (a hiragana reading, issue #15).
			if (query !== 'しごと')
				expect(names.some((n) => (n?.length ?? 0) > 0) || fresh.length === 0).toBe(true);
		}
	});
});

describe('recent queries', () => {
	it('answer a query typed again (erasing goes back through them) with the same results', () => {
		const cached = createSearchEngine(FIXTURE_PROGRAMS);
		const first = cached.search('テレワーク');
		cached.search('テレワ');
		cached.search('しごと');
		expect(cached.search('テレワーク')).toBe(first);
		expect(labels(first)).toEqual(
			labels(createSearchEngine(FIXTURE_PROGRAMS).search('テレワーク')),
		);
		expect(cached.search('テレワーク', {limit: 1})).toHaveLength(1); // a limit is its own query
		for (let i = 0; i < 8; i++) cached.search(`事業 ${i}`);
		expect(cached.search('テレワーク')).not.toBe(first); // only the last 8 are kept
		expect(labels(cached.search('テレワーク'))).toEqual(labels(first));
	});
});

describe('lazy result lists', () => {
	it('make a result once, when read, and agree with reading programs by rank', () => {
		const results = createSearchEngine(FIXTURE_PROGRAMS).search('支援');
		expect(results.length).toBeGreaterThan(2);
		expect(results.at(0)).toBe(results.at(0));
		expect(results.at(-1)).toBeUndefined();
		expect(results.at(results.length)).toBeUndefined();
		expect(results.programs()).toEqual(results.slice().map((r) => r.program));
		expect([...results]).toEqual(results.slice());
		const picked = results.pick([2, 0]);
		expect(picked.length).toBe(2);
		expect(picked.at(0)).toBe(results.at(2));
		expect(picked.programAt(1)).toBe(results.programAt(0));
	});
});

describe('rehearse', () => {
	it('runs queries without caching them, and changes no later result', () => {
		const engine = createSearchEngine(FIXTURE_PROGRAMS);
		const fresh = createSearchEngine(FIXTURE_PROGRAMS);
		const before = engine.search('テレワーク');
		for (const query of ['テレワーク', 'の', '', '!事業', "'就労 | 女性", 'kyaria']) {
			expect(labels(engine.rehearse(query))).toEqual(labels(fresh.search(query)));
		}
		const after = engine.search('テレワーク');
		expect(after).toBe(before); // still the one cached by search(), not replaced
		for (const query of ['の', 'kyaria', '女性']) {
			expect(labels(engine.search(query))).toEqual(labels(fresh.search(query)));
		}
	});
});
