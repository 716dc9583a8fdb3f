// The life of a search index that the explorer builds itself (createSearchEngine's
// deferBuild), as plain steps that ui/use-search-index.ts runs: built in slices when a
// query needs it, or once every report is in, between two full garbage collections
// (../memory.ts), and then rehearsed. Each step is asked between slices whether it is
// cancelled (a newer engine replaced this one, the query no longer needs the index).
import type {ResultList} from './result-list.js';

export type WarmOptions = {
	/** Work per slice (default 4 ms). */
	sliceMs?: number;
	/** Asked between slices: true stops building (the engine was replaced); ready stays false. */
	cancelled?: () => boolean;
};

/** An index built when asked, in slices: what an engine made with deferBuild offers. */
export type DeferredIndex = {
	/**
	 * False while the index is not built: a search would build it at once, ~0.1–0.2 s at
	 * 25,000 programs, so the explorer builds it in slices (warmAsync) and keeps the typed
	 * text on screen meanwhile.
	 */
	readonly ready: boolean;
	/** Builds the index in slices between frames; resolves when built or cancelled. */
	warmAsync(options?: WarmOptions): Promise<void>;
	/** Resolves once the index is built, however that came about (builds nothing itself). */
	whenReady(): Promise<void>;
	/**
	 * The query's results, through the whole search (the first results' highlights
	 * included) but cached nowhere: compiles the search path before the first keystroke.
	 */
	rehearse(query: string): ResultList;
};

/**
 * The rehearsal: queries of the kinds people type, run once the index is built and their
 * screens drawn off-screen, one per turn of the event loop. At 25,000 programs the first
 * keystrokes otherwise paid for compiling the search and drawing paths: 2–4 times a warm
 * keystroke. A kanji word, one kana, katakana and hiragana words (fuzzy), two words.
 */
export const REHEARSAL = [
	'就労',
	'の',
	'ア',
	'サポート',
	'セミナー',
	'しょうがい',
	'女性 再就職',
	'支援事業',
];

type Cancelled = () => boolean;

/** Whether `query` can be searched at once: the index is built, or the query needs none. */
export function searchableNow(index: DeferredIndex, query: string): boolean {
	return index.ready || query.trim() === '';
}

/** Builds the index in slices (a query is waiting for it); true once built, false if cancelled. */
export async function buildIndex(
	index: DeferredIndex,
	cancelled: Cancelled,
	sliceMs?: number,
): Promise<boolean> {
	await index.warmAsync(sliceMs === undefined ? {cancelled} : {cancelled, sliceMs});
	return !cancelled();
}

/**
 * Every report is in: loading's garbage is collected before the index adds its own, the
 * index is built in slices, the index build's garbage is collected, and then the
 * rehearsal runs (after the collections: a search right after a full collection runs
 * slower). `draw` draws a rehearsal query's screen off-screen.
 */
export async function settleIndex(
	index: DeferredIndex,
	{
		collectGarbage,
		draw,
		cancelled,
		quiet,
	}: {
		collectGarbage: () => void;
		draw: (query: string, results: ResultList) => void;
		cancelled: Cancelled;
		/**
		 * Resolves once no key has been typed for a moment. Each collection and each
		 * rehearsal query waits for it: at 25,000 programs a full collection held the event
		 * loop for 70–130 ms and a rehearsal query for 10–40 ms, and a key typed as the last
		 * reports came in waited for them (issue 17). Absent: nothing waits.
		 */
		quiet?: () => Promise<void>;
	},
): Promise<void> {
	const paused = async () => {
		if (quiet) await quiet();
		return !cancelled();
	};
	if (quiet && !(await paused())) return;
	collectGarbage();
	if (!(await buildIndex(index, cancelled))) return;
	if (quiet && !(await paused())) return;
	collectGarbage();
	for (const query of REHEARSAL) {
		// A key pressed meanwhile waits for one query at most.
		await new Promise((resolve) => setImmediate(resolve));
		if (!(await paused())) return;
		draw(query, index.rehearse(query));
	}
}
