// createSearchEngine: the Japanese-aware search over programs (contract: ./types.ts).
//
//   query → parseQuery (./query.ts: tokens, fzf operators, field filters and report
//   numbers via ./filters.ts) → probes (./probe.ts: the term, its variants and synonyms
//   from ./synonyms.ts, kana/kanji spellings of romaji and kanji of hiragana via
//   ./romaji.ts) → candidate strings from the bigram index (./gram-index.ts,
//   ./candidates.ts, ./text-scan.ts) → fuse.js scores, each distinct text once (./match.ts,
//   ./cut-spans.ts, fuse.js's bitap ported in ./bitap.ts) → ranking in bands by
//   form and field (./scoring.ts) → highlights and marks on demand (./highlight.ts,
//   ./mark.ts), mapped back through the normalisation (./normalize.ts). A query that
//   finds nothing explains itself (./zero-result.ts).
import type {Program} from '../report/model.js';
import {createScratch} from './candidates.js';
import {buildCorpusSteps, fieldOf, type SearchCorpus} from './corpus.js';
import {
	createWork,
	execute,
	hitOf,
	type Matched,
	NO_HIT,
	NUMBER_HIT,
	type Searchable,
	unpackHit,
} from './execute.js';
import {FigureBook} from '../figures/book.js';
import {type FigureLens, figureLens} from './figure-lens.js';
import {type Filter, filtersPassed} from './filters.js';
import {buildGramIndexSteps} from './gram-index.js';
import {matchedText, programMatches} from './highlight.js';
import {type ParsedQuery, parseQuery} from './query.js';
import {isRomajiReady, prepareRomaji} from './romaji.js';
import {type Ranked, rankMatches, type TieOrder, tieOrder} from './scoring.js';
import {isSynonymsReady, prepareSynonyms, synonymSteps} from './synonyms.js';
import {ArrayResults, EveryProgram, ResultList, type ResultSource} from './result-list.js';
import {createTextScratch} from './text-scan.js';
import type {DeferredIndex} from './index-lifecycle.js';
import type {FieldMatch, ResultMark, SearchEngine, SearchResult} from './types.js';
import {explainQuery, type ZeroResultHelp} from './zero-result.js';

export {QUERY_SYNTAX_HELP} from './query.js';

export type SearchEngineOptions = {
	/**
	 * false: no gram index, and fuse.js for every fuzzy term on every string. The
	 * unoptimised reference that the indexed path must agree with; slow on large corpora.
	 */
	indexed?: boolean;
	/**
	 * true: return at once and build the index later, in slices through warm() or
	 * warmAsync(), or all at once on the first search() that needs it. Default false:
	 * built before createSearchEngine returns (~0.2 s at 25,000 programs).
	 */
	deferBuild?: boolean;
	/**
	 * true: the first query with a Latin letter starts reading the romaji dictionary in
	 * the background, so it is in memory by the third letter, when romaji matching
	 * begins. Otherwise the dictionary (~8 MB in memory) is read on the first romaji
	 * token, synchronously (~50 ms), or through prepareRomaji().
	 */
	prefetchRomaji?: boolean;
	/**
	 * How `達成率<80` and `未達` read a program's figures (./figure-lens.ts). Default: a lens
	 * over a FigureBook of the engine's own.
	 */
	figures?: FigureLens;
};

/** The search contract, and the index lifecycle the explorer drives (./index-lifecycle.ts). */
export type ShuroSearchEngine = SearchEngine &
	DeferredIndex & {
		/** Loads the romaji dictionary ahead of the first romaji query (otherwise loaded synchronously, ~60 ms). */
		prepareRomaji(): Promise<void>;
		/**
		 * Builds the index for about `budgetMs` (each slice takes ~1–3 ms, so it may run a
		 * little over), then returns; true once the index is built. For a caller that
		 * schedules its own idle time.
		 */
		warm(budgetMs?: number): boolean;
		/** For a query with no results: what was searched, the forms tried, and a hint (./zero-result.ts). */
		explain(query: string): ZeroResultHelp;
		/** Reads the variant and synonym table ahead of the first search that needs it. */
		prepareSynonyms(): Promise<void>;
	};

type Built = {target: Searchable; order: TieOrder};

/** The whole build, as steps of a few milliseconds each. */
function* buildSteps(
	programs: Program[],
	indexed: boolean,
	figures: FigureLens,
	withTable: boolean,
): Generator<void, Built> {
	const corpus = yield* buildCorpusSteps(programs);
	const index = indexed ? yield* buildGramIndexSteps(corpus) : null;
	yield;
	const order = tieOrder(programs);
	yield;
	// The search's buffers (~3 MB at 25,000 programs) in steps of their own.
	const scratch = indexed ? createScratch(corpus.distinctTexts) : null;
	yield;
	const texts = indexed ? createTextScratch(corpus) : null;
	yield;
	// The variant table last (a build in slices only): once the index is ready, a search
	// never opens the table inside a keystroke's frame (10–15 ms while loading).
	if (withTable) yield* synonymSteps();
	const target: Searchable = {
		corpus,
		index,
		scratch,
		texts,
		figures,
		work: createWork(programs.length),
	};
	return {target, order};
}

/**
 * A result whose highlights are worked out only when read: most results are never drawn.
 * A class, not an object literal with a getter (V8 builds literal accessors per object).
 */
class LazyResult implements SearchResult {
	#matches: FieldMatch[] | undefined;
	#nameMatches: FieldMatch[] | undefined;

	constructor(
		private readonly query: QueryContext,
		private readonly rank: number,
	) {}

	get program(): Program {
		return this.query.corpus.programs[this.#doc()]!;
	}

	get score(): number {
		return this.query.ranked.scores[this.rank]!;
	}

	get matches(): FieldMatch[] {
		this.#matches ??= programMatches(this.query.corpus, this.query.matched.probes, this.#doc());
		return this.#matches;
	}

	get nameMatches(): FieldMatch[] {
		this.#nameMatches ??= this.#matches
			? this.#matches.filter((m) => m.field === 'name')
			: programMatches(this.query.corpus, this.query.matched.probes, this.#doc(), true);
		return this.#nameMatches;
	}

	#mark: ResultMark | undefined | null = null;

	get mark(): ResultMark | undefined {
		if (this.#mark === null) this.#mark = this.#findMark();
		return this.#mark;
	}

	#passed: readonly Filter[] | undefined;

	get passed(): readonly Filter[] {
		this.#passed ??= filtersPassed(this.query.parsed, this.program, this.query.figures);
		return this.#passed;
	}

	#findMark(): ResultMark | undefined {
		const {corpus, matched} = this.query;
		const doc = this.#doc();
		const hit = hitOf(matched, doc);
		if (hit === NUMBER_HIT) return {kind: 'number'};
		if (hit === NO_HIT) {
			// Listed by its filters alone: the first one says why.
			const filter = this.passed[0];
			return filter ? {kind: 'filter', filter: filter.kind} : undefined;
		}
		const {stringId: id, probe: index} = unpackHit(hit);
		const probe = matched.probes[index];
		if (!probe) return undefined;
		return {
			kind: 'hit',
			field: fieldOf(corpus, id),
			form: probe.form,
			text: probe.form === 'direct' ? '' : matchedText(corpus, probe, doc, id),
		};
	}

	#doc(): number {
		return this.query.ranked.docs[this.rank]!;
	}
}

/** What every result of one search shares: a broad query has ~25,000 results. */
type QueryContext = {
	corpus: SearchCorpus;
	matched: Matched;
	ranked: Ranked;
	query: string;
	parsed: ParsedQuery;
	/** What the filters read (the engine's lens). */
	figures: FigureLens;
};

/** One search's results: its ranking in typed arrays, a result made when read. */
class RankedResults extends ResultList {
	constructor(readonly context: QueryContext) {
		super();
	}

	get length(): number {
		return this.context.ranked.docs.length;
	}

	programAt(index: number): Program {
		return this.context.corpus.programs[this.context.ranked.docs[index]!]!;
	}

	protected make(index: number): SearchResult {
		return new LazyResult(this.context, index);
	}

	override source(): ResultSource {
		const {docs} = this.context.ranked;
		return {all: this.context.corpus.programs, indexAt: (index) => docs[index]!};
	}

	override emptyHelp(): ZeroResultHelp {
		return explainQuery(this.context.query, this.context.parsed);
	}
}

/** From this many programs on, an explorer's engine starts reading the variant table. */
const EARLY_TABLE = 2000;
/** A warm slice: a key typed meanwhile waits this long at most, plus one step (~1–2 ms). */
const DEFAULT_SLICE_MS = 4;
const RECENT_QUERIES = 8;
/** A Latin letter (romaji) or hiragana (readings): both need the migemo dictionary. */
const PREFETCH = /[a-zａ-ｚぁ-ゖ]/i;

export function createSearchEngine(
	programs: Program[],
	options: SearchEngineOptions = {},
): ShuroSearchEngine {
	// The engine's own book of figures unless given a lens: it lives as long as the engine.
	const figures = options.figures ?? figureLens(new FigureBook());
	const steps = buildSteps(
		programs,
		options.indexed !== false,
		figures,
		options.deferBuild === true,
	);
	let built: Built | null = null;
	let everything: ResultList | null = null;
	/**
	 * The last few queries' results: erasing a word goes back through queries just typed
	 * (テレワーク → テレワー → … → テ), and a one-letter query ranks ~25,000 programs
	 * (kept as typed arrays: ~0.3 MB).
	 */
	const recent = new Map<string, ResultList>();
	let announceReady = () => {};
	const ready = new Promise<void>((resolve) => {
		announceReady = resolve;
	});
	const warm = (budgetMs = Number.POSITIVE_INFINITY): boolean => {
		if (built) return true;
		const end = performance.now() + budgetMs;
		for (;;) {
			const next = steps.next();
			if (next.done) {
				built = next.value;
				announceReady();
				return true;
			}
			if (performance.now() >= end) return false;
		}
	};
	const ensureBuilt = (): Built => {
		warm();
		return built!;
	};
	if (!options.deferBuild) warm();
	// The explorer's engines read the variant table as soon as a large load is under way
	// (in steps: ./synonyms.ts), not when the index is built: a search between the index
	// and the table read it at once, inside the keystroke's frame (15–35 ms while loading).
	// A small load (the seeds) still reads it beside its index, after the first frame.
	if (options.prefetchRomaji && programs.length >= EARLY_TABLE && !isSynonymsReady())
		void prepareSynonyms();
	/** A parsed query's results, ranked (not cached). */
	const rank = (query: string, parsed: ParsedQuery, limit: number | undefined): RankedResults => {
		const {target, order} = ensureBuilt();
		const matched = execute(target, parsed);
		return new RankedResults({
			corpus: target.corpus,
			matched,
			ranked: rankMatches(matched.docs, matched.scores, order, limit),
			query,
			parsed,
			figures,
		});
	};
	return {
		size: programs.length,
		prepareRomaji,
		prepareSynonyms,
		explain(query) {
			return explainQuery(query, parseQuery(query));
		},
		get ready() {
			return built !== null;
		},
		warm,
		// Slices of about `sliceMs`, yielding to the event loop (setImmediate) between them so
		// input and rendering keep going. A search() meanwhile finishes the build at once,
		// with the same results.
		async warmAsync({sliceMs = DEFAULT_SLICE_MS, cancelled} = {}) {
			// The variant table is opened by the build's last steps: both are ready together.
			// The first slice waits its own turn too: this is called from an effect, in the
			// task of the frame that asked for the index (a keystroke's, while loading).
			do {
				await new Promise<void>((resolve) => setImmediate(resolve));
				if (cancelled?.()) return;
			} while (!warm(sliceMs));
		},
		whenReady: () => ready,
		rehearse(query) {
			const parsed = parseQuery(query);
			// A rehearsal compiles code paths; it never reads the 2 MB romaji dictionary
			// (~50 ms on the UI thread, ~8 MB resident) that only romaji and hiragana need.
			if (!isRomajiReady() && parsed.groups.flat().some((t) => t.romaji || t.reading))
				return new ArrayResults([]);
			const results = rank(query, parsed, undefined);
			for (let i = 0; i < Math.min(results.length, 20); i++) void results.at(i)?.matches;
			return results;
		},
		search(query, {limit} = {}) {
			if (options.prefetchRomaji && !isRomajiReady() && PREFETCH.test(query)) void prepareRomaji();
			if (options.prefetchRomaji && !isSynonymsReady()) void prepareSynonyms();
			const parsed = parseQuery(query);
			if (parsed.groups.length === 0 && parsed.exclude.length === 0) {
				everything ??= new EveryProgram(programs);
				return limit === undefined || limit >= programs.length
					? everything
					: new EveryProgram(programs.slice(0, Math.max(0, limit)));
			}
			const key = `${limit ?? ''}\u0000${query}`;
			const known = recent.get(key);
			if (known) {
				recent.delete(key); // most recent last
				recent.set(key, known);
				return known;
			}
			const results = rank(query, parsed, limit);
			recent.set(key, results);
			if (recent.size > RECENT_QUERIES) recent.delete(recent.keys().next().value as string);
			return results;
		},
	};
}
