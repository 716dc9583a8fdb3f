// The status line while reports load in the background, and with load problems.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {renderApp} from '../helpers/render-app.js';

afterEach(() => cleanup());

describe('load status on the status line', () => {
	it('shows progress while loading', async () => {
		const app = renderApp({
			loading: {done: 3, files: 200, finished: false, errors: 0, warnings: 0},
			width: 100,
		});
		const frame = await app.waitFor((f) => f.includes('読み込み中 3/200'));
		expect(frame.split('\n').at(-1)).toMatch(/^\[検索\] 読み込み中 3\/200 · \d+ \/ \d+ 件/);
	});
	it('says the lineage is being worked out once every file is in, and nothing once finished', async () => {
		const loading = {done: 200, files: 200, finished: false, errors: 0, warnings: 0};
		const app = renderApp({loading, width: 100});
		const frame = await app.waitFor((f) => f.includes('系譜を計算中'));
		expect(frame.split('\n').at(-1)).toMatch(/^\[検索\] 系譜を計算中 · \d+ \/ \d+ 件/);
		expect(frame).not.toContain('読み込み中');
		const done = renderApp({loading: {...loading, finished: true}, width: 100});
		const last = await done.waitFor((f) => /\d+ \/ \d+ 件/.test(f));
		expect(last).not.toMatch(/系譜を計算中|読み込み中/);
	});
	it('says what was skipped, and that the full list follows on exit', async () => {
		const app = renderApp({
			loading: {
				done: 2,
				files: 2,
				finished: true,
				errors: 1,
				warnings: 2,
				firstIssue: 'x.png: not a text report',
			},
			// Wide enough for the hints too (issue 16: ? ヘルプ on the search line).
			width: 180,
		});
		const frame = await app.waitFor((f) => f.includes('⚠'));
		expect(frame).toMatch(/件 · ⚠ エラー 1 警告 2 · /);
		expect(frame).toContain('x.png: not a text report (終了後に全件表示)');
	});
});
