// The explorer fed by a load: once the load is over it collects loading's garbage,
// builds the index, collects again, then rehearses (source/memory.ts, ui/use-rehearsal.ts).
import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {LiveApp} from '../../source/live-app.js';
import {loadStream} from '../../source/report/load-stream.js';
import type {Program} from '../../source/report/model.js';
import {createSearchEngine, type ShuroSearchEngine} from '../../source/search/engine.js';
import {ReportStore} from '../../source/state/report-store.js';
import {REHEARSAL} from '../../source/ui/use-rehearsal.js';
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
