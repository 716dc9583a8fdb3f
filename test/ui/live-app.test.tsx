// The explorer fed by a load: once the load is over it collects loading's garbage,
// builds the index, collects again, then rehearses (source/memory.ts, search/index-lifecycle.ts).
import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {LiveApp} from '../../source/live-app.js';
import {loadStream} from '../../source/report/load-stream.js';
import type {Program} from '../../source/report/model.js';
import {createSearchEngine, type ShuroSearchEngine} from '../../source/search/engine.js';
import {ReportStore} from '../../source/state/report-store.js';
import {REHEARSAL} from '../../source/search/index-lifecycle.js';
import {seedPaths} from '../helpers/seeds.js';

afterEach(() => {
	cleanup();
	delete (globalThis as {gc?: () => void}).gc;
});

describe('LiveApp once loading is over', () => {
	it('collects garbage before and after building the index, then rehearses', async () => {
		const calls: string[] = [];
		(globalThis as {gc?: () => void}).gc = () => calls.push('gc');
		let engine: ShuroSearchEngine | undefined;
		const store = new ReportStore((programs: Program[]) => {
			engine = createSearchEngine(programs, {deferBuild: true});
			const warmAsync = engine.warmAsync.bind(engine);
			engine.warmAsync = async () => {
				calls.push('index');
				await warmAsync();
			};
			const rehearse = engine.rehearse.bind(engine);
			engine.rehearse = (query) => {
				calls.push(`rehearse ${query}`);
				return rehearse(query);
			};
			return engine;
		});
		const {lastFrame} = render(
			<LiveApp store={store} width={80} height={24} writeClipboard={() => {}} />,
		);
		for (const event of loadStream(seedPaths)) store.accept(event);
		await vi.waitFor(() => expect(calls).toHaveLength(3 + REHEARSAL.length), {timeout: 3000});
		expect(calls).toEqual(['gc', 'index', 'gc', ...REHEARSAL.map((q) => `rehearse ${q}`)]);
		expect(engine?.ready).toBe(true);
		expect(lastFrame()).toContain('85 / 85 件');
	});
});

/**
 * The explorer with the first of the two seed files in (loading: LiveApp waits for all
 * before it builds the index). Every engine's index is held back until `release`, and
 * searches of an engine whose index is not built are recorded.
 */
async function loadingWithIndexHeld() {
	let release = () => {};
	const gate = new Promise<void>((resolve) => {
		release = resolve;
	});
	const searchedUnbuilt: string[] = [];
	const store = new ReportStore((programs: Program[]) => {
		const engine = createSearchEngine(programs, {deferBuild: true});
		const warmAsync = engine.warmAsync.bind(engine);
		engine.warmAsync = async (options) => {
			await gate;
			await warmAsync({...options, sliceMs: 0});
		};
		const search = engine.search.bind(engine);
		engine.search = (query, options) => {
			if (!engine.ready && query !== '') searchedUnbuilt.push(query);
			return search(query, options);
		};
		return engine;
	});
	const {lastFrame, stdin, frames} = render(
		<LiveApp store={store} width={80} height={24} writeClipboard={() => {}} />,
	);
	const events = [...loadStream(seedPaths)];
	const second = events.findLastIndex((e) => e.type === 'report');
	for (const event of events.slice(0, second)) store.accept(event);
	await vi.waitFor(() => expect(lastFrame()).toContain('読み込み中 1/2'));
	/** Hands over the second file: every report in, a new engine. */
	const loadTheRest = () => {
		for (const event of events.slice(second)) store.accept(event);
	};
	return {store, lastFrame, frames, stdin, release, searchedUnbuilt, loadTheRest};
}

describe('LiveApp while the index is not built', () => {
	it('shows typed text at once, marked 検索中…, and the results once the index is built in slices', async () => {
		const {lastFrame, stdin, release, searchedUnbuilt} = await loadingWithIndexHeld();
		const before = lastFrame() ?? '';
		stdin.write('テレワーク');
		await vi.waitFor(() => expect(lastFrame()).toContain('検索> テレワーク'));
		const typed = lastFrame() ?? '';
		expect(typed).toContain('検索中…');
		// The list is still the one before the query (no result of テレワーク yet).
		expect(typed.split('\n').slice(1, 6)).toEqual(before.split('\n').slice(1, 6));
		release();
		await vi.waitFor(() => expect(lastFrame()).not.toContain('検索中…'));
		const done = lastFrame() ?? '';
		expect(done).toContain('テレワークの推進');
		expect(done).toContain('1 / 47 件'); // the query's results among the programs in so far
		expect(searchedUnbuilt).toEqual([]); // never built at once, inside a keystroke's frame
	});

	it('stops building the index of an engine that a newer one replaced', async () => {
		const {store, lastFrame, stdin, release, loadTheRest} = await loadingWithIndexHeld();
		stdin.write('テレワーク');
		await vi.waitFor(() => expect(lastFrame()).toContain('検索中…'));
		const first = store.getSnapshot().engine as ShuroSearchEngine;
		loadTheRest();
		expect(store.getSnapshot().engine).not.toBe(first);
		release();
		await vi.waitFor(() => expect(lastFrame()).not.toContain('検索中…'));
		expect(lastFrame()).toContain('/ 85 件');
		expect(lastFrame()).toContain('テレワークの推進');
		expect(first.ready).toBe(false); // given up, not finished
	});
});

describe('LiveApp typing while loading, the index built', () => {
	it("draws a key's frame with the typed text over the last results, and searches in the next", async () => {
		const {lastFrame, stdin, release, frames} = await loadingWithIndexHeld();
		release();
		stdin.write('テ');
		await vi.waitFor(() => expect(lastFrame()).toContain('検索> テ'));
		await vi.waitFor(() => expect(lastFrame()).not.toContain('検索中…'));
		const before = lastFrame() ?? '';
		const from = frames.length;
		stdin.write('レ');
		await vi.waitFor(() => expect(lastFrame()).not.toContain('検索中…'));
		const after = frames.slice(from);
		// The key's own frame: the typed text, the list of the query before, 検索中….
		const echo = after[0] ?? '';
		expect(echo).toContain('検索> テレ');
		expect(echo).toContain('検索中…');
		expect(echo.split('\n').slice(1, 6)).toEqual(before.split('\n').slice(1, 6));
		// Then the query's results among the programs in so far.
		expect(lastFrame()).toContain('検索> テレ');
		expect(lastFrame()).toContain('テレワークの推進');
	});
});
