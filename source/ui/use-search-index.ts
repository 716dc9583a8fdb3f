// The search index's lifecycle in the explorer, in one hook (the steps are in
// ../search/index-lifecycle.ts): while the index is not built, a query's results wait
// for it to be built in slices (the typed text shows at once, marked 検索中…); once
// every report is in it is built between garbage collections and then rehearsed. A
// newer engine (more reports in) stops the work on the one it replaced.
import {useEffect, useRef, useState} from 'react';
import {collectGarbage} from '../memory.js';
import {
	buildIndex,
	type DeferredIndex,
	searchableNow,
	settleIndex,
} from '../search/index-lifecycle.js';
import type {ResultList} from '../search/result-list.js';

/** An index slice while reports are still being parsed (see below). */
const LOADING_SLICE_MS = 2;

/**
 * Whether `query` can be searched at once (no index to build: always). `allIn`: every
 * report is in. `draw` draws a rehearsal query's screen off-screen.
 */
export function useSearchIndex(
	index: DeferredIndex | undefined,
	{
		query,
		allIn,
		draw,
		quiet,
	}: {
		query: string;
		allIn: boolean;
		draw: (query: string, results: ResultList) => void;
		/** Resolves once no key has been typed for a moment (settleIndex waits for it). */
		quiet?: () => Promise<void>;
	},
): boolean {
	const [built, setBuilt] = useState<DeferredIndex | null>(null);
	const searchable = !index || built === index || searchableNow(index, query);
	useEffect(() => {
		if (searchable || !index) return;
		let stopped = false;
		// While reports are still being parsed (a slice a turn), the index of those in so far
		// takes slices of 2 ms, not 4: a key waits for both slices of the turn it comes in.
		void buildIndex(index, () => stopped, allIn ? undefined : LOADING_SLICE_MS).then((done) => {
			if (done) setBuilt(index);
		});
		return () => {
			stopped = true;
		};
	}, [index, searchable, allIn]);
	const latestDraw = useRef(draw);
	latestDraw.current = draw;
	const latestQuiet = useRef(quiet);
	latestQuiet.current = quiet;
	useEffect(() => {
		if (!index || !allIn) return;
		let stopped = false;
		void settleIndex(index, {
			collectGarbage,
			draw: (rehearsed, results) => latestDraw.current(rehearsed, results),
			cancelled: () => stopped,
			quiet: () => latestQuiet.current?.() ?? Promise.resolve(),
		});
		return () => {
			stopped = true;
		};
	}, [index, allIn]);
	return searchable;
}
