// createSearchEngine: the Japanese-aware search over programs (contract: ./types.ts).
//
//   query → parseQuery (./query.ts: tokens, fzf operators) → probes (./probe.ts: the
//   term, plus kana/kanji spellings of romaji via ./romaji.ts) → candidate strings from
//   the bigram index (./gram-index.ts, ./candidates.ts) → fuse.js scores (./match.ts,
//   ./windows.ts) → field-weighted ranking (./scoring.ts) → highlights on demand
//   (./highlight.ts), mapped back through the normalisation (./normalize.ts).
import type {Program} from '../report/model.js';
import {createScratch} from './candidates.js';
import {buildCorpus, type SearchCorpus} from './corpus.js';
import {execute, type Searchable} from './execute.js';
import {buildGramIndex} from './gram-index.js';
import {programMatches} from './highlight.js';
import {type Probe, termProbes} from './probe.js';
import {parseQuery} from './query.js';
import {prepareRomaji} from './romaji.js';
import {rankMatches, tieOrder} from './scoring.js';
import {createTextMemo} from './text-memo.js';
import type {FieldMatch, SearchEngine, SearchResult} from './types.js';

export {QUERY_SYNTAX_HELP} from './query.js';

export type SearchEngineOptions = {
	/**
	 * false: no gram index, and fuse.js for every fuzzy term on every string. The
	 * unoptimised reference that the indexed path must agree with; slow on large corpora.
	 */
	indexed?: boolean;
};

export type ShuroSearchEngine = SearchEngine & {
	/** Loads the romaji dictionary ahead of the first romaji query (otherwise loaded synchronously, ~60 ms). */
	prepareRomaji(): Promise<void>;
};

/** A result whose highlights are worked out only when read: most results are never drawn. */
function lazyResult(
	corpus: SearchCorpus,
	probes: readonly Probe[],
	doc: number,
	score: number,
): SearchResult {
	let matches: FieldMatch[] | undefined;
	return {
		program: corpus.programs[doc]!,
		score,
		get matches() {
			matches ??= programMatches(corpus, probes, doc);
			return matches;
		},
	};
}

export function createSearchEngine(
	programs: Program[],
	options: SearchEngineOptions = {},
): ShuroSearchEngine {
	const corpus = buildCorpus(programs);
	const indexed = options.indexed !== false;
	const target: Searchable = {
		corpus,
		index: indexed ? buildGramIndex(corpus) : null,
		scratch: indexed ? createScratch(corpus.distinctTexts) : null,
		memo: indexed ? createTextMemo(corpus.distinctTexts) : null,
	};
	const order = tieOrder(programs);
	return {
		size: programs.length,
		prepareRomaji,
		search(query, {limit} = {}) {
			const parsed = parseQuery(query);
			if (parsed.groups.length === 0 && parsed.exclude.length === 0) {
				const all = programs.map((program) => ({program, score: 0, matches: []}));
				return limit === undefined ? all : all.slice(0, limit);
			}
			const {docs, scores} = execute(target, parsed);
			const probes = parsed.groups.flat().flatMap(termProbes);
			return rankMatches(docs, scores, order, limit).map((r) =>
				lazyResult(corpus, probes, r.doc, r.score),
			);
		},
	};
}
