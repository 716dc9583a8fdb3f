// The search index's lifecycle steps (source/search/index-lifecycle.ts), without React.
import {describe, expect, it} from 'vitest';
import {
	buildIndex,
	type DeferredIndex,
	REHEARSAL,
	searchableNow,
	settleIndex,
} from '../../source/search/index-lifecycle.js';
import {createSearchEngine} from '../../source/search/engine.js';
import {ArrayResults} from '../../source/search/result-list.js';
import {reports} from '../helpers/fixtures.js';

/** An index that records what is done with it; its build takes `slices` turns. */
function recordingIndex(calls: string[], slices = 3): DeferredIndex {
	let built = false;
	return {
		get ready() {
			return built;
		},
		async warmAsync({cancelled} = {}) {
			calls.push('build');
			for (let i = 0; i < slices; i++) {
				await new Promise((resolve) => setImmediate(resolve));
				if (cancelled?.()) return;
			}
			built = true;
		},
		whenReady: () => Promise.resolve(),
		rehearse(query) {
			calls.push(`rehearse ${query}`);
			return new ArrayResults([]);
		},
	};
}

describe('searchableNow', () => {
	it('holds once the index is built, or for a blank query', () => {
		const calls: string[] = [];
		const index = recordingIndex(calls);
		expect(searchableNow(index, 'テレワーク')).toBe(false);
		expect(searchableNow(index, '  ')).toBe(true);
	});
});

describe('buildIndex', () => {
	it("builds a deferred engine's index in slices: true, and the engine is ready", async () => {
		const engine = createSearchEngine(
			reports.flatMap((r) => r.programs),
			{deferBuild: true},
		);
		expect(engine.ready).toBe(false);
		expect(await buildIndex(engine, () => false)).toBe(true);
		expect(engine.ready).toBe(true);
		expect(searchableNow(engine, 'テレワーク')).toBe(true);
	});
	it('gives up when cancelled between slices: false, and the index stays unbuilt', async () => {
		const index = recordingIndex([]);
		let turns = 0;
		expect(await buildIndex(index, () => ++turns > 1)).toBe(false);
		expect(index.ready).toBe(false);
	});
});

describe('settleIndex', () => {
	it('collects garbage, builds, collects again, then rehearses every query, drawing each', async () => {
		const calls: string[] = [];
		const drawn: string[] = [];
		await settleIndex(recordingIndex(calls), {
			collectGarbage: () => calls.push('gc'),
			draw: (query) => drawn.push(query),
			cancelled: () => false,
		});
		expect(calls).toEqual(['gc', 'build', 'gc', ...REHEARSAL.map((q) => `rehearse ${q}`)]);
		expect(drawn).toEqual(REHEARSAL);
	});
	it('stops when cancelled during the build: no second collection, no rehearsal', async () => {
		const calls: string[] = [];
		let cancelled = false;
		const settled = settleIndex(recordingIndex(calls), {
			collectGarbage: () => calls.push('gc'),
			draw: () => {},
			cancelled: () => cancelled,
		});
		cancelled = true;
		await settled;
		expect(calls).toEqual(['gc', 'build']);
	});
	it('stops the rehearsal when cancelled between two queries', async () => {
		const calls: string[] = [];
		let cancelled = false;
		await settleIndex(recordingIndex(calls, 0), {
			collectGarbage: () => {},
			draw: (query) => {
				if (query === REHEARSAL[1]) cancelled = true;
			},
			cancelled: () => cancelled,
		});
		expect(calls).toEqual(['build', `rehearse ${REHEARSAL[0]}`, `rehearse ${REHEARSAL[1]}`]);
	});
	it('waits for a pause in typing before each collection and each rehearsal query', async () => {
		const calls: string[] = [];
		await settleIndex(recordingIndex(calls, 0), {
			collectGarbage: () => calls.push('gc'),
			draw: () => {},
			cancelled: () => false,
			quiet: async () => {
				calls.push('quiet');
			},
		});
		expect(calls).toEqual([
			'quiet',
			'gc',
			'build',
			'quiet',
			'gc',
			...REHEARSAL.flatMap((q) => ['quiet', `rehearse ${q}`]),
		]);
	});
	it('collects nothing while keys are being typed, and goes on after the pause', async () => {
		const calls: string[] = [];
		let pause = () => {};
		const typing = new Promise<void>((resolve) => {
			pause = resolve;
		});
		const settled = settleIndex(recordingIndex(calls, 0), {
			collectGarbage: () => calls.push('gc'),
			draw: () => {},
			cancelled: () => false,
			quiet: () => typing,
		});
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(calls).toEqual([]);
		pause();
		await settled;
		expect(calls.slice(0, 3)).toEqual(['gc', 'build', 'gc']);
	});
});
