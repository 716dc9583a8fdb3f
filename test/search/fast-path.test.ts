// The indexed fast path (gram prefilter, exact shortcut, spans, each distinct text scored
// once, fuse.js's bitap ported) against the unoptimised reference (fuse.js on every
// string of every program) for the benchmark queries: same programs, same scores, same
// order at the top; and for more kinds of query, every result, its rank and, for one
// word, its mark (the string and form that decided it).
import {describe, expect, it} from 'vitest';
import {BENCH_QUERIES, makeCorpus} from '../../bench/search-corpus.js';
import {createSearchEngine} from '../../source/search/engine.js';
import {markText} from '../../source/search/mark.js';
import {parseQuery} from '../../source/search/query.js';
import {seeds} from '../helpers/seeds.js';

const programs = seeds().reports.flatMap((r) => r.programs);
const TOP = 10;

function top(engine: ReturnType<typeof createSearchEngine>, query: string) {
	return engine.search(query, {limit: TOP}).map((r) => `${r.program.id} ${r.score}`);
}

const LONG = '業界知識と技能を付与する短期間の講習プログラムと業界傘下企業とのマッチング';
const LONGS = [LONG, LONG.replace('短期間', '短時間')];

/** Anchored, exact, excluded, alternatives, filters beside words, several groups. */
const MORE = [
	'テ',
	'の',
	'支援事業',
	'^テレワーク',
	'事業$',
	'^女性の再就職支援$',
	"'支援 !就労",
	'支援 | 就労',
	'シニア 講座 !推進',
	'!テレワーク 支援',
	'予算>1億 支援',
	'R4 ｷｬﾘｱ',
	'23 支援',
	'kyaria 女性',
	'しょうがい',
	'こうれいしゃ しごと',
	'テレワーク テレワーク',
	'ロボット | 育児 | シニア',
];

/**
 * With several words the mark explains the weakest word, and a tie between two words goes
 * to the one scored first: the one with fewer candidate programs, which on the reference
 * path (no index, every program a candidate) is simply the first. So marks are compared
 * for one-word queries only.
 */
function all(engine: ReturnType<typeof createSearchEngine>, query: string) {
	const oneWord = parseQuery(query).groups.length <= 1;
	return engine
		.search(query)
		.map((r) => `${r.program.id} ${r.score} ${oneWord && r.mark ? markText(r.mark) : '-'}`);
}

describe.each([
	['the seed reports', programs],
	['a synthetic corpus of 1,200 programs', makeCorpus(programs, 1_200)],
])('fast path vs reference on %s', (_, corpus) => {
	const fast = createSearchEngine(corpus);
	const reference = createSearchEngine(corpus, {indexed: false});

	it.each([...BENCH_QUERIES, ...LONGS])('%s', (query) => {
		expect(top(fast, query)).toEqual(top(reference, query));
		expect(fast.search(query).length).toBe(reference.search(query).length);
	});

	it.each([...BENCH_QUERIES, ...MORE, ...LONGS])('every result: %s', (query) => {
		expect(all(fast, query)).toEqual(all(reference, query));
	});
});
