// Issue 16's keys through Ink (raw key bytes in, frames out): F1 (which Ink does not
// name), ? on an empty line, q back out of views, Alt-Backspace, :23 and the hints.
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {createSearchEngine} from '../../source/search/engine.js';
import {reports} from '../helpers/fixtures.js';
import {keys, renderApp} from '../helpers/render-app.js';
import {allPrograms} from '../helpers/simple-engine.js';

afterEach(() => cleanup());

const F1 = {xterm: '\u001BOP', rxvt: '\u001B[11~'};

describe('keys through Ink', () => {
	it('F1 opens the help with a query typed; ? is typed into it', async () => {
		const app = renderApp({initialQuery: '女性', width: 100});
		await app.waitFor((f) => f.includes('[検索]') && f.includes('F1 ヘルプ'));
		let f = await app.press('?', (x) => x.includes('検索> 女性?'));
		expect(f).not.toContain('[ヘルプ]');
		f = await app.press(F1.xterm, (x) => x.includes('[ヘルプ]'));
		expect(f).toContain('キー操作 · Keys');
		f = await app.press('q', (x) => x.includes('[検索]'));
		expect(f).toContain('検索> 女性?');
		await app.press(F1.rxvt, (x) => x.includes('[ヘルプ]'));
	});
	it('? opens the help at start, on the empty search line', async () => {
		const app = renderApp({width: 100});
		await app.waitFor((f) => f.includes('8 / 8 件') && f.includes('? ヘルプ'));
		await app.press('?', (x) => x.includes('[ヘルプ]'));
	});
	it('q closes the detail and the years view, and quits from the list', async () => {
		const onQuit = () => {
			quit = true;
		};
		let quit = false;
		const app = renderApp({initialQuery: '女性再就職', width: 100, onQuit});
		await app.waitFor((f) => f.includes('女性再就職支援事業'));
		await app.press(keys.enter, (f) => f.includes('[詳細]'));
		await app.press('t', (f) => f.includes('[年度比較]'));
		await app.press('q', (f) => f.includes('[詳細]'));
		await app.press('q', (f) => f.includes('[検索]'));
		await app.press(keys.tab, (f) => f.includes('[一覧]'));
		expect(quit).toBe(false);
		app.stdin.write('q');
		await app.waitFor(() => quit);
	});
	it('Alt-Backspace deletes a word of the query', async () => {
		const app = renderApp({initialQuery: '女性 再就職', width: 100});
		await app.waitFor((f) => f.includes('検索> 女性 再就職'));
		const f = await app.press('\u001B\u007F', (x) => !x.includes('検索> 女性 再'));
		expect(f.split('\n')[0]?.trimEnd()).toBe('検索> 女性');
		expect(f).toContain('[検索]');
	});
	it(':14 lists report number 14 first', async () => {
		const app = renderApp({width: 100, engine: createSearchEngine(allPrograms(reports))});
		await app.waitFor((f) => f.includes('8 / 8 件'));
		await app.press(keys.escape, (f) => f.includes('[一覧]'));
		await app.press(':', (f) => f.includes('検索> :'));
		const f = await app.type('14');
		expect(f).toContain('検索> :14');
		expect(f).toMatch(/▶.*14 新 女性再就職支援事業/);
	});
});
