// The indexed path against the reference (no index: fuse.js on every string, exact
// probes string by string), result by result: every program, its score, its rank and its
// mark (the string and form that decided it). The indexed path scores each candidate text
// once and visits its strings text by text, so ties between two strings of one program
// must still go to the first string, as the reference's string order gives them.
import {describe, expect, it} from 'vitest';
import {BENCH_QUERIES, makeCorpus} from '../../bench/search-corpus.js';
import {createSearchEngine} from '../../source/search/engine.js';
import {markText} from '../../source/search/mark.js';
import {parseQuery} from '../../source/search/query.js';
import {seeds} from '../helpers/seeds.js';

const programs = seeds().reports.flatMap((r) => r.programs);

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
	'業界知識と技能を付与する短期間の講習プログラムと業界傘下企業とのマッチング',
	'業界知識と技能を付与する短時間の講習プログラムと業界傘下企業とのマッチング',
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
	['a synthetic corpus of 600 programs', makeCorpus(programs, 600)],
])('every result, fast path vs reference, on %s', (_, corpus) => {
	const fast = createSearchEngine(corpus);
	const reference = createSearchEngine(corpus, {indexed: false});
	it.each([...BENCH_QUERIES, ...MORE])('%s', (query) => {
		expect(all(fast, query)).toEqual(all(reference, query));
	});
});
