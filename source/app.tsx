// The explorer: holds the state, derives what to show, routes keys, renders lines.
// No data logic lives here: searching is the engine's, the rest is in state/ and ui/.
import {type Key, useApp, useCursor, useInput, useStdout} from 'ink';
import {
	useCallback,
	useEffect,
	useLayoutEffect,
	useMemo,
	useReducer,
	useRef,
	useState,
} from 'react';
import {isF1, useLastInput} from './ink/function-keys.js';
import {typedKeys} from './ink/key-input.js';
import type {KeyPress} from './keys/bindings.js';
import {type MouseEvent, mouseActions} from './keys/mouse.js';
import {type Effect, route} from './keys/route.js';
import type {LineageBook} from './report/lineage.js';
import type {Report} from './report/model.js';
import type {ResultList} from './search/result-list.js';
import type {DeferredIndex} from './search/index-lifecycle.js';
import type {SearchEngine} from './search/types.js';
import {buildCatalog} from './state/catalog.js';
import {initialState, reducer, searchQuery} from './state/explorer.js';
import {FigureBook} from './figures/book.js';
import {sourceNames} from './report/source-name.js';
import {deriveResults, totalsOf} from './state/results.js';
import {copyLine, copyStatus, copyToClipboard} from './ui/clipboard.js';
import {toCsv} from './output/csv.js';
import {writeExport} from './ui/export-file.js';
import {computeLayout} from './state/layout.js';
import {pillarEntries} from './ui/pillar-pane.js';
import {buildScreen} from './ui/screen.js';
import {ScreenView} from './ui/screen-view.js';
import type {LoadingStatus} from './ui/status-line.js';
import {useSearchIndex} from './ui/use-search-index.js';
import {useTerminalSize} from './ui/use-terminal-size.js';

export type AppProps = {
	reports: Report[];
	engine: SearchEngine;
	initialQuery?: string;
	/** Start with the list narrowed to this fiscal year (`--year`). */
	initialYear?: number;
	/** Fixed size (tests); otherwise the terminal's, following resizes. */
	width?: number;
	height?: number;
	/** Mouse events (keys/mouse.ts) from the terminal, while the explorer runs. */
	subscribeMouse?: (listener: (event: MouseEvent) => void) => () => void;
	/** Draw colours (false: NO_COLOR or --color=never; styles stay). Default true. */
	color?: boolean;
	/** East Asian ambiguous characters (○ ※ ① …) take two cells on this terminal. */
	ambiguousWide?: boolean;
	/** Receives the OSC 52 sequence for `c` when no clipboard program is found; default stdout. */
	writeClipboard?: (sequence: string) => void;
	/** Where `c` looks for a clipboard program (PATH, DISPLAY…); default process.env. */
	clipboardEnv?: NodeJS.ProcessEnv;
	/** Writes the CSV for `e` and returns where; default: $SHURO_EXPORT_DIR or the cwd. */
	exportCsv?: (csv: string) => string;
	/** Called once when the user quits (after Ink's exit). */
	onQuit?: () => void;
	/** Progress and problems of a background load (see live-app.tsx). */
	loading?: LoadingStatus;
	/**
	 * The engine's index, when the explorer builds it (createSearchEngine's deferBuild): in
	 * slices when a query needs it, or once every report is in (ui/use-search-index.ts).
	 * Absent: the engine searches at once.
	 */
	index?: DeferredIndex;
	/** Every report is in (a background load's reports may still be arriving). Default true. */
	allIn?: boolean;
	/** What became of each program across the years (default: worked out when asked). */
	lineage?: LineageBook;
	/** Figures worked out ahead (a startup snapshot's, for the bundled seeds: cli.tsx). */
	figures?: FigureBook;
};

/** No key for this long is a pause in typing (what the index's collections wait for). */
const QUIET_MS = 250;

export function App(props: AppProps) {
	const {engine, reports} = props;
	const {exit} = useApp();
	const {stdout} = useStdout();
	const {setCursorPosition} = useCursor();
	const size = useTerminalSize(props.width, props.height);
	const options = useMemo(
		() => ({ambiguousWide: props.ambiguousWide ?? false}),
		[props.ambiguousWide],
	);
	// Rebuilt when the reports or their lineage change (a background load's comes last).
	const catalog = useMemo(() => buildCatalog(reports, props.lineage), [reports, props.lineage]);
	const [state, dispatch] = useReducer(reducer, undefined, () =>
		initialState({
			years: catalog.years,
			query: props.initialQuery ?? '',
			yearFilter: props.initialYear ?? null,
		}),
	);
	// Reports may still be arriving: the year filter follows the years loaded so far.
	const yearsKey = catalog.years.join(',');
	// Every report is in: a --year not among them is dropped, with a message saying which are.
	const allLoaded = props.loading === undefined || props.loading.finished;
	useEffect(() => {
		dispatch({
			type: 'years',
			years: yearsKey === '' ? [] : yearsKey.split(',').map(Number),
			final: allLoaded,
		});
	}, [yearsKey, allLoaded]);

	// Searched in the same frame as the keystroke: deferring the list (useDeferredValue)
	// drew every keystroke twice, and at 25,000 programs the second frame came later than
	// one synchronous frame does (bench/RESULTS.md, "Figures behind the code's comments").
	// Except while the engine's index is not built (reports still loading, or just in):
	// a search would build it at once and hold the typed text off the screen for
	// 0.1–0.2 s, so the text shows at once, with the last results marked 検索中…, while
	// the index is built in slices; then the query's results come.
	// While a load is under way, a key's frame shows the typed text over the last results,
	// and the query is searched in the frame after (a render of default priority, behind
	// the key's: ink/discrete-input.ts): a search among the programs in so far put 10–20 ms
	// into the keystroke's frame (issue 17, typing while loading). Once loading is over, a
	// key is searched in its own frame, as above.
	const [searched, setSearched] = useState(state.query);
	const query = allLoaded ? state.query : searched;
	useEffect(() => {
		if (!allLoaded && searched !== state.query) setSearched(state.query);
	}, [allLoaded, searched, state.query]);
	// When the last key was typed: the index's garbage collections and rehearsal wait for a
	// pause in typing (search/index-lifecycle.ts, settleIndex).
	const lastKeyAt = useRef(Number.NEGATIVE_INFINITY);
	const quiet = useCallback(async () => {
		for (;;) {
			const left = lastKeyAt.current + QUIET_MS - performance.now();
			if (left <= 0) return;
			await new Promise((resolve) => setTimeout(resolve, left));
		}
	}, []);
	const searchable = useSearchIndex(props.index, {
		query,
		quiet,
		allIn: props.allIn ?? true,
		// A rehearsal query's screen, drawn off-screen (search/index-lifecycle.ts, REHEARSAL),
		// its results derived and summed by year as a typed query's are: the first key after
		// a large load otherwise paid for compiling those (~8 ms of 16 at 25,000 programs).
		draw: (rehearsed, found) => {
			const shown = {
				...initialState({years: catalog.years, query: rehearsed}),
				mode: 'search' as const,
			};
			const list = deriveResults(found, shown, figures);
			screenOf(shown, list, totalsOf(list));
		},
	});
	const lastFound = useRef<ResultList | null>(null);
	const found = useMemo(
		() =>
			searchable ? engine.search(searchQuery(query)) : (lastFound.current ?? engine.search('')),
		[engine, query, searchable],
	);
	lastFound.current = found;
	const {yearFilter, pillarFilter, sort, sortReverse, belowPlanOnly} = state;
	// Figures are derived on demand and remembered for as long as the explorer is open.
	const figures = useMemo(() => props.figures ?? new FigureBook(), [props.figures]);
	const results = useMemo(
		() =>
			deriveResults(found, {yearFilter, pillarFilter, sort, sortReverse, belowPlanOnly}, figures),
		[found, yearFilter, pillarFilter, sort, sortReverse, belowPlanOnly, figures],
	);
	const totals = useMemo(() => totalsOf(results), [results]);
	// Summed only while the pillar view is open: at 25,000 programs that took 4–12 ms, and
	// every publish of a large load drew it again (issue 17, typing while loading).
	const pillarsOpen = state.mode === 'pillars';
	const pillars = useMemo(
		() => (pillarsOpen ? pillarEntries(catalog, yearFilter) : []),
		[pillarsOpen, catalog, yearFilter],
	);
	const screenOf = (shown: typeof state, list: typeof results, listTotals: typeof totals) =>
		buildScreen({
			state: shown,
			results: list,
			total: engine.size,
			loading: props.loading,
			pending: !searchable || query !== state.query,
			catalog,
			figures,
			totals: listTotals,
			pillars,
			width: size.width,
			height: size.height,
			options,
		});
	const screen = screenOf(state, results, totals);
	setCursorPosition(screen.cursor);

	const run = useCallback(
		(effect: Effect) => {
			switch (effect.type) {
				case 'copy': {
					const line = copyLine(effect.program, figures.of(effect.program));
					const via = copyToClipboard(line, {
						writeOsc52: props.writeClipboard ?? ((s: string) => stdout.write(s)),
						...(props.clipboardEnv ? {env: props.clipboardEnv} : {}),
					});
					dispatch({type: 'status', message: copyStatus(via, line)});
					return;
				}
				case 'exportCsv':
					try {
						const where = (props.exportCsv ?? writeExport)(
							toCsv(results.programs(), figures, sourceNames(catalog.reports)),
						);
						dispatch({
							type: 'status',
							message: `CSV に ${results.length} 件書き出しました: ${where}`,
						});
					} catch (error) {
						dispatch({type: 'status', message: `CSV を書き出せません: ${String(error)}`});
					}
					return;
			}
		},
		[props.writeClipboard, props.clipboardEnv, props.exportCsv, stdout, results, figures, catalog],
	);

	// Ink re-subscribes a changed input handler in a passive effect, after the frame is on
	// screen; a key pressed in between would be routed with the previous state (Tab, then j
	// typed into the query). So the handler is stable and reads what was last committed.
	const latest = useRef({state, screen, pillars, run, tooSmall: false});
	// Keys that arrive together (one read: a fast typist, a paste, a terminal's batch)
	// reach this handler before React has drawn what the first of them changed. Each key
	// after a key that changed the state waits for that commit, so it is routed by the
	// state and the screen the keys before it left (Tab j j Enter opens the third row).
	const waiting = useRef<Array<[string, KeyPress]>>([]);
	const changed = useRef(false);
	const handle = useCallback((input: string, key: KeyPress) => {
		const {run: perform, ...context} = latest.current;
		const routed = route(input, key, context);
		if (routed.action) {
			changed.current ||= reducer(context.state, routed.action) !== context.state;
			dispatch(routed.action);
		}
		if (routed.effect) perform(routed.effect);
		// Letters read together that nothing took whole may be keys typed faster than one
		// read (ink/key-input.ts, typedKeys): each is routed in turn.
		const typed = !routed.action && !routed.effect && !key.ctrl && !key.meta && typedKeys(input);
		if (typed) waiting.current.unshift(...typed.map((c): [string, KeyPress] => [c, key]));
	}, []);
	const drain = useCallback(() => {
		while (!changed.current && waiting.current.length > 0) handle(...waiting.current.shift()!);
	}, [handle]);
	useLayoutEffect(() => {
		latest.current = {
			state,
			screen,
			pillars,
			run,
			tooSmall: computeLayout(size.width, size.height).kind === 'tooSmall',
		};
		changed.current = false;
		// Not from here: a dispatch inside a layout effect re-renders at once, and a flood of
		// waiting keys would nest React's updates past its limit.
		if (waiting.current.length > 0) setImmediate(drain);
	});
	const lastInput = useLastInput();
	const onInput = useCallback(
		(input: string, key: Key) => {
			lastKeyAt.current = performance.now();
			const f1 = input === '' && isF1(lastInput.current);
			waiting.current.push([input, f1 ? {...key, f1} : key]);
			drain();
		},
		[drain, lastInput],
	);
	useInput(onInput, {isActive: !state.quit});
	const {subscribeMouse} = props;
	useEffect(
		() =>
			subscribeMouse?.((event) => {
				const {state: now, screen: shown} = latest.current;
				const layout = computeLayout(size.width, size.height);
				const side = {panes: shown.panes, selectedId: shown.program?.id ?? null};
				// A click lands on the list as drawn (the results or the size may have changed
				// since the reducer last moved its cursor).
				const drawn = {...now, list: shown.list};
				for (const action of mouseActions(event, drawn, layout, shown.nav, side)) dispatch(action);
			}),
		[subscribeMouse, size.width, size.height],
	);

	useEffect(() => {
		if (!state.quit) return;
		exit();
		props.onQuit?.();
	}, [state.quit, exit, props.onQuit]);

	return <ScreenView lines={screen.lines} width={size.width} color={props.color ?? true} />;
}
