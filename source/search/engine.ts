// createSearchEngine: the Japanese-aware search over programs (see ./types.ts).
import type {Program} from '../report/model.js';
import {createScratch} from './candidates.js';
import {buildCorpus, type SearchCorpus} from './corpus.js';
import {execute, type Searchable} from './execute.js';
import {buildGramIndex} from './gram-index.js';
import {displayRanges} from './highlight.js';
import {buildFuseRecords, type StringHit} from './match.js';
import {parseQuery} from './query.js';
import {prepareRomaji} from './romaji.js';
import {compareRanked, programScore} from './scoring.js';
import type {FieldMatch, Range, SearchEngine, SearchResult} from './types.js';

export {QUERY_SYNTAX_HELP} from './query.js';

export type SearchEngineOptions = {
	/**
	 * false: no gram index and fuse.js for every fuzzy term. The unoptimised reference
	 * that the indexed path must agree with; slow on large corpora.
	 */
	indexed?: boolean;
};

export type ShuroSearchEngine = SearchEngine & {
	/** Loads the romaji dictionary ahead of the first romaji query (otherwise loaded synchronously, ~60 ms). */
	prepareRomaji(): Promise<void>;
};

function fieldMatches(corpus: SearchCorpus, hits: readonly StringHit[]): FieldMatch[] {
	const byString = new Map<number, Range[]>();
	for (const hit of hits) byString.set(hit.id, [...(byString.get(hit.id) ?? []), ...hit.ranges]);
	return [...byString.keys()]
		.sort((a, b) => a - b)
		.map((id) => {
			const text = corpus.display[id]!;
			return {field: corpus.field[id]!, text, ranges: displayRanges(text, byString.get(id)!)};
		})
		.filter((m) => m.ranges.length > 0);
}

/** A result whose highlights are worked out only when read: most results are never drawn. */
function lazyResult(
	corpus: SearchCorpus,
	program: Program,
	score: number,
	hits: StringHit[],
): SearchResult {
	let matches: FieldMatch[] | undefined;
	return {
		program,
		score,
		get matches() {
			matches ??= fieldMatches(corpus, hits);
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
		records: buildFuseRecords(corpus),
		index: indexed ? buildGramIndex(corpus) : null,
		scratch: indexed ? createScratch(programs.length) : null,
	};
	return {
		size: programs.length,
		prepareRomaji,
		search(query, {limit} = {}) {
			const parsed = parseQuery(query);
			if (parsed.groups.length === 0 && parsed.exclude.length === 0) {
				const all = programs.map((program) => ({program, score: 0, matches: []}));
				return limit === undefined ? all : all.slice(0, limit);
			}
			const ranked = [...execute(target, parsed, !indexed)].map(([d, {qualities, hits}]) => ({
				order: d,
				program: programs[d]!,
				score: programScore(qualities),
				hits,
			}));
			ranked.sort(compareRanked);
			const top = limit === undefined ? ranked : ranked.slice(0, limit);
			return top.map((r) => lazyResult(corpus, r.program, r.score, r.hits));
		},
	};
}
