// The indexed fast path (gram prefilter, exact shortcut, spans) against the unoptimised
// reference (fuse.js on every string of every program) for the benchmark queries: same
// programs, same scores, same order at the top.
import {describe, expect, it} from 'vitest';
import {BENCH_QUERIES, makeCorpus} from '../../bench/search-corpus.js';
import {createSearchEngine} from '../../source/search/engine.js';
import {seeds} from '../helpers/seeds.js';

const programs = seeds().reports.flatMap((r) => r.programs);
const TOP = 10;

function top(engine: ReturnType<typeof createSearchEngine>, query: string) {
	return engine.search(query, {limit: TOP}).map((r) => `${r.program.id} ${r.score}`);
}

describe.each([
	['the seed reports', programs],
	['a synthetic corpus of 1,200 programs', makeCorpus(programs, 1_200)],
])('fast path vs reference on %s', (_, corpus) => {
	const fast = createSearchEngine(corpus);
	const reference = createSearchEngine(corpus, {indexed: false});

	const LONG = '業界知識と技能を付与する短期間の講習プログラムと業界傘下企業とのマッチング';
	it.each([...BENCH_QUERIES, LONG, LONG.replace('短期間', '短時間')])('%s', (query) => {
		expect(top(fast, query)).toEqual(top(reference, query));
		expect(fast.search(query).length).toBe(reference.search(query).length);
	});
});
