import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {BINDINGS, keysLabel} from '../../source/keys/bindings.js';
import {keys, renderApp} from '../helpers/render-app.js';

afterEach(() => cleanup());

const rowsOf = (frame: string) => frame.split('\n');
const selectedRow = (frame: string) => rowsOf(frame).find((l) => l.startsWith('▶')) ?? '';

describe('search', () => {
	it('lists every program, then narrows as a query is typed', async () => {
		const app = renderApp();
		const first = await app.waitFor((f) => f.includes('8 / 8 件'));
		expect(first).toContain('女性再就職支援事業');
		// The years on the status line, each with the money of the programs listed.
		expect(first).toContain('FY2024 約46.87億 · FY2022 約46.3億');
		expect(first).toContain('並び: 関連度');
		await app.type('テレワーク');
		// The search line echoes first; the results follow (deferred).
		const typed = await app.waitFor((f) => f.includes('2 / 8 件'));
		expect(typed).toContain('検索> テレワーク');
		const rows = rowsOf(typed).filter((l) => l.includes('テレワークの推進'));
		expect(rows).toHaveLength(2);
		expect(typed).not.toContain('女性再就職支援事業');
		expect(selectedRow(typed)).toContain('2024  19 継 テレワークの推進');
		expect(selectedRow(typed)).toContain('39.8億');
	});

	it('types q, j and ? into the query while the search line has focus', async () => {
		const app = renderApp();
		await app.waitFor((f) => f.includes('8 / 8 件'));
		await app.type('qj?');
		const typed = await app.waitFor((f) => f.includes('0 / 8 件'));
		expect(typed).toContain('検索> qj?');
		expect(typed).toContain('該当する事業はありません');
	});

	it('Backspace removes a whole grapheme; multi-byte IME text arrives in one piece', async () => {
		const app = renderApp();
		await app.waitFor((f) => f.includes('8 / 8 件'));
		await app.press('女性𠮷', (f) => f.includes('検索> 女性𠮷'));
		await app.waitFor((f) => f.includes('0 / 8 件'));
		await app.press(keys.backspace, (f) => f.includes('1 / 8 件'));
		expect(app.frame()).toMatch(/検索> 女性\s*\n/);
	});

	it('Esc moves focus to the list, where Esc clears the query', async () => {
		const app = renderApp({initialQuery: '女性'});
		await app.waitFor((f) => f.includes('1 / 8 件'));
		let f = await app.press(keys.escape, (x) => x.includes('[一覧]'));
		expect(f).toContain('検索> 女性');
		f = await app.press(keys.escape, (x) => x.includes('8 / 8 件'));
		expect(f).not.toContain('検索> 女性');
	});
});

describe('keys that arrive before the next frame', () => {
	it('each key is routed by the state the keys before it left: Tab then p', async () => {
		const app = renderApp();
		await app.waitFor((f) => f.includes('件'));
		app.stdin.write(keys.tab); // focus the list…
		app.stdin.write('p'); // …so p opens the pillars instead of being typed
		const pillars = await app.waitFor((f) => f.includes('柱ごとの事業'));
		expect(pillars.split('\n')[0]).not.toContain('p');
	});

	it('letters read together outside the search line are single keys: Tab then "jj"', async () => {
		const app = renderApp();
		const first = await app.waitFor((f) => f.includes('件'));
		const selected = (f: string) => f.split('\n').findIndex((row) => row.startsWith('▶'));
		app.stdin.write(keys.tab);
		app.stdin.write('jj'); // one read
		const moved = await app.waitFor((f) => selected(f) === selected(first) + 2);
		expect(moved.split('\n')[0]).not.toContain('j');
		app.stdin.write('𠮷'); // one character of two code units: no key, and no loop
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(selected(app.frame())).toBe(selected(first) + 2);
	});

	it('Tab, "jj", Enter in a row open the third program, not the first', async () => {
		const app = renderApp();
		const list = await app.waitFor((f) => f.includes('件'));
		const third = list.split('\n')[4]?.slice(12, 30).trim() ?? '';
		expect(third.length).toBeGreaterThan(3);
		app.stdin.write(keys.tab);
		app.stdin.write('jj');
		app.stdin.write(keys.enter);
		const detail = await app.waitFor((f) => f.includes('出典'));
		expect(detail.split('\n')[1]).toContain(third);
	});

	it('a paste in the list runs no commands (q, e, c act only when typed as keys)', async () => {
		const done: string[] = [];
		const app = renderApp({
			onQuit: () => done.push('quit'),
			exportCsv: () => {
				done.push('export');
				return 'x.csv';
			},
			writeClipboard: () => done.push('copy'),
		});
		await app.waitFor((f) => f.includes('件'));
		await app.press(keys.tab, (f) => f.includes('[一覧]'));
		app.stdin.write('quit, export and copy'); // one read, as a paste arrives
		app.stdin.write('テレワーク');
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(done).toEqual([]);
		expect(app.frame()).toContain('[一覧]');
		await app.press('e', (f) => f.includes('CSV'));
		expect(done).toEqual(['export']); // a key typed on its own still acts
	});

	it('each key is routed by the state the keys before it left: Tab then j j', async () => {
		const app = renderApp();
		const first = await app.waitFor((f) => f.includes('件'));
		const selected = (f: string) => f.split('\n').findIndex((row) => row.startsWith('▶'));
		app.stdin.write(keys.tab);
		app.stdin.write('j');
		app.stdin.write('j');
		const moved = await app.waitFor((f) => selected(f) === selected(first) + 2);
		expect(moved.split('\n')[0]).not.toContain('j');
	});
});

describe('list and detail', () => {
	it('arrows and Enter open the detail with the budget and plan/actual rows', async () => {
		const app = renderApp();
		await app.waitFor((f) => f.includes('8 / 8 件'));
		let f = await app.press(keys.down);
		f = await app.press(keys.down);
		expect(selectedRow(f)).toContain('女性再就職支援事業');
		f = await app.press(keys.enter, (x) => x.includes('[詳細]'));
		expect(f).toContain('令和6年度 (FY2024) · No.14');
		expect(f).toContain('予算: 247百万円 (247,000,000円)');
		expect(f).toContain('結果: 指標 2 · 計画達成 0/2 · 最低 79% · 最高 91%');
		// Each site its own row, paired by site, with the gap (actual − plan).
		expect(f).toMatch(/飯田橋 受講人数\s+275名\/年\s+250名\s+-25\s+\S+\s+91%/);
		expect(f).toMatch(/多摩 受講人数\s+150名\/年\s+119名\s+-31\s+\S+\s+79%/);
		expect(f).toContain('出典: 000_2ee8157e7a543789.txt');
		f = await app.press(keys.escape, (x) => x.includes('[検索]'));
		expect(selectedRow(f)).toContain('女性再就職支援事業');
	});

	it('shows one row per sub-item with its achievement', async () => {
		const app = renderApp({initialQuery: 'テレワーク', height: 40});
		await app.waitFor((f) => f.includes('2 / 8 件'));
		const f = await app.press(keys.enter, (x) => x.includes('[詳細]'));
		expect(f).toContain('予算: 約39.8億円 (3,980,000,000円)');
		expect(f).toContain('結果: 指標 4 · 計画達成 1/4 · 最低 5% · 最高 100%');
		expect(f).toMatch(
			/・育児・介護との両立のためのテレワーク導入支援事業\s*\n\s+交付決定件数\s+500件\/年\s+33件\/年\s+-467\s+\S+\s+7%/,
		);
		expect(f).toMatch(
			/・テレワーク定着強化事業\s*\n\s+交付決定件数\s+1,000件\/年\s+52件\/年\s+-948\s+\S+\s+5%/,
		);
		expect(f).toMatch(
			/・サテライトオフィス勤務応援事業\s*\n\s+交付決定件数\s+300件\/年\s+60件\/年\s+-240\s+\S+\s+20%/,
		);
		expect(f).toContain('計画: 各事業欄記載');
	});

	it('j/k, Ctrl-n/p, g/G move in the list', async () => {
		const app = renderApp();
		await app.waitFor((f) => f.includes('8 / 8 件'));
		await app.press(keys.tab, (f) => f.includes('[一覧]'));
		let f = await app.press('G');
		expect(selectedRow(f)).toContain('2022  38 継 テレワークの推進');
		f = await app.press('k');
		expect(selectedRow(f)).toContain('ソーシャルファーム支援事業');
		f = await app.press('g');
		expect(selectedRow(f)).toContain('ものづくり等産業人材育成支援事業');
		f = await app.press('j');
		expect(selectedRow(f)).toContain('業界連携再就職支援事業');
		f = await app.press(keys.ctrlN);
		expect(selectedRow(f)).toContain('女性再就職支援事業');
		f = await app.press(keys.ctrlP);
		expect(selectedRow(f)).toContain('業界連携再就職支援事業');
	});

	it('Tab from the detail shows the years side by side with changes', async () => {
		const app = renderApp({initialQuery: '業界連携'});
		await app.waitFor((f) => f.includes('2 / 8 件'));
		await app.press(keys.enter, (f) => f.includes('[詳細]'));
		const f = await app.press(keys.tab, (x) => x.includes('[年度比較]'));
		expect(f).toMatch(/FY2022\s+FY2024/);
		expect(f).toMatch(/予算\s+約2\.4億\s+約2\.7億/);
		// Both budgets were printed with 約: so is their difference.
		expect(f).toContain('≈+3,000万 (≈+13%)');
		// The same measure is compared: 支援対象数 88% → 96%; 連携団体 only in FY2024.
		expect(f).toMatch(/支援対象数\s*\n\s+300名 → 265名 88%\s+300名 → 287名 96%/);
		expect(f).toMatch(/FY2024のみ: 連携団体 5団体 → 5団体 100%/);
		expect(f).toMatch(/▶ FY2022\s+3 業界連携再就職支援事業\s+継続 1\.00/);
	});

	it('Enter on a related program jumps to it; a program without a counterpart says so', async () => {
		const app = renderApp({initialQuery: '業界連携'});
		await app.waitFor((f) => f.includes('2 / 8 件'));
		await app.press(keys.tab, (f) => f.includes('[一覧]'));
		await app.press('t', (f) => f.includes('[年度比較]'));
		let f = await app.press(keys.enter, (x) => x.includes('[詳細]'));
		expect(f).toContain('令和4年度 (FY2022) · No.3');
		await app.press(keys.escape, (x) => x.includes('[一覧]'));
		await app.press('/', (x) => x.includes('[検索]'));
		await app.press('\u0015', (x) => x.includes('8 / 8 件'));
		await app.press(keys.tab, (x) => x.includes('[一覧]'));
		f = await app.press('t', (x) => x.includes('[年度比較]'));
		expect(f).toContain('年度比較: ものづくり等産業人材育成支援事業');
		expect(f).toContain('FY2022 新規 (前の年度に対応する事業なし)');
		expect(f).toContain('関連する事業はありません');
	});
});

describe('wide terminal', () => {
	it('shows list and detail side by side; the detail follows the selection', async () => {
		const app = renderApp({width: 140, height: 40});
		let f = await app.waitFor((x) => x.includes('8 / 8 件'));
		expect(f).toMatch(/│ものづくり等産業人材育成支援事業\s*\n/);
		expect(f).toMatch(
			/▶ 2024\s+1 新 ものづくり等産業人材育成支\S* .*│令和6年度 \(FY2024\) · No\.1/,
		);
		f = await app.press(keys.down, (x) => x.includes('│業界連携再就職支援事業'));
		expect(f).toContain('予算: 約2.7億円 (270,000,000円)');
	});

	it('re-lays out when the size changes and shows a message below 60×16', async () => {
		const app = renderApp({width: 140, height: 40});
		await app.waitFor((x) => x.includes('│'));
		const {App} = await import('../../source/app.js');
		const {reports} = await import('../helpers/fixtures.js');
		const {createSimpleEngine, allPrograms} = await import('../helpers/simple-engine.js');
		const engine = createSimpleEngine(allPrograms(reports));
		app.rerender(<App reports={reports} engine={engine} width={59} height={24} />);
		let f = await app.waitFor((x) => x.includes('端末が小さすぎます'));
		expect(f).toContain('59×24');
		app.rerender(<App reports={reports} engine={engine} width={80} height={24} />);
		f = await app.waitFor((x) => x.includes('8 / 8 件'));
		expect(f).not.toContain('│');
	});
});

describe('filters, sort, pillars', () => {
	it('y cycles the year filter and s the sort order', async () => {
		const app = renderApp();
		await app.waitFor((f) => f.includes('8 / 8 件'));
		await app.press(keys.tab, (f) => f.includes('[一覧]'));
		let f = await app.press('y', (x) => x.includes('[FY2024]'));
		expect(f).toContain('4 / 8 件');
		expect(f).not.toContain('早期再就職緊急支援事業');
		f = await app.press('y', (x) => x.includes('[FY2022]'));
		expect(f).toContain('早期再就職緊急支援事業');
		f = await app.press('y', (x) => x.includes('8 / 8 件'));
		f = await app.press('s', (x) => x.includes('並び: 予算'));
		expect(selectedRow(f)).toContain('39.8億');
		// The lowest ratio of all measures first: ものづくり… 1%.
		f = await app.press('s', (x) => x.includes('並び: 達成率 低い順'));
		expect(selectedRow(f)).toContain('ものづくり等産業人材育成支援事業');
		expect(selectedRow(f)).toContain('1%');
		f = await app.press('S', (x) => x.includes('並び: 達成率 高い順'));
		expect(selectedRow(f)).toContain('ソーシャルファーム支援事業');
		expect(selectedRow(f)).toContain('≈140%');
		// u: only programs below plan on any measure.
		f = await app.press('u', (x) => x.includes('未達のみ'));
		expect(f).toContain('5 / 8 件');
		expect(f).not.toContain('ソーシャルファーム支援事業');
		f = await app.press('u', (x) => !x.includes('未達のみ'));
		f = await app.press('s', (x) => x.includes('並び: 番号'));
		expect(selectedRow(f)).toContain('2024   1 新 ものづくり');
		f = await app.press('s', (x) => x.includes('並び: 関連度'));
	});

	it('p lists pillars with counts and budget totals; Enter lists a pillar’s programs', async () => {
		const app = renderApp();
		await app.waitFor((f) => f.includes('8 / 8 件'));
		await app.press(keys.tab, (f) => f.includes('[一覧]'));
		let f = await app.press('p', (x) => x.includes('[柱]'));
		expect(f).toMatch(/FY2024\s+1 円滑な人材シフトの促進とリスキング\S*\s+3件\s+約7\.07億/);
		expect(f).toMatch(/FY2024\s+2 安心して働ける.*1件\s+約39\.8億/);
		// Each year's grand total, and the change from the year before.
		expect(f).toContain('FY2024  4件  約46.87億  FY2022から ≈+5,700万 (≈+1%)');
		expect(f).toContain('FY2022  4件  約46.3億');
		f = await app.press(keys.down);
		f = await app.press(keys.enter, (x) => x.includes('[一覧]'));
		expect(f).toContain('1 / 8 件');
		expect(f).toContain('柱 FY2024-2');
		expect(selectedRow(f)).toContain('テレワークの推進');
	});
});

describe('help, copy, export, quit', () => {
	it('? lists every binding in the key table', async () => {
		const app = renderApp({width: 120, height: 60});
		await app.waitFor((f) => f.includes('8 / 8 件'));
		await app.press(keys.escape, (f) => f.includes('[一覧]'));
		const f = await app.press('?', (x) => x.includes('[ヘルプ]'));
		for (const binding of BINDINGS) {
			expect(f).toContain(keysLabel(binding));
			expect(f).toContain(binding.ja);
		}
		expect(f).toContain('検索の書き方');
		// The marks' legend, further down.
		const marks = await app.press(' ', (x) => x.includes('検索結果の印'));
		expect(marks).toContain('名 概 計 実 項 単');
		expect(marks).toContain('No. 予算 年度');
		expect(marks).toContain('柱番号・達成率・未達');
		await app.press(keys.escape, (x) => x.includes('[一覧]'));
	});

	it('c sends the selection through OSC 52 when no clipboard program is found, and says so', async () => {
		const writeClipboard = vi.fn();
		const app = renderApp({writeClipboard, clipboardEnv: {PATH: ''}, initialQuery: '早期'});
		await app.waitFor((f) => f.includes('1 / 8 件'));
		await app.press(keys.tab, (f) => f.includes('[一覧]'));
		const f = await app.press('c', (x) => x.includes('端末へ送信'));
		expect(f).not.toContain('コピーしました');
		expect(f).toContain('早期再就職緊急支援事業');
		const sequence = writeClipboard.mock.calls[0]?.[0] as string;
		expect(sequence.startsWith('\u001B]52;c;')).toBe(true);
		expect(sequence.endsWith('\u0007')).toBe(true);
		const text = Buffer.from(sequence.slice(7, -1), 'base64').toString('utf8');
		expect(text).toBe(
			'早期再就職緊急支援事業 · FY2022 No.2 · 予算 約2.9億 (約2.9億円) · 指標 1 · 計画達成 1/1 · 面接会参加者数 1,540人→1,559人 101%',
		);
	});

	it('e writes the result list as CSV and says where', async () => {
		const exportCsv = vi.fn(() => '/tmp/shuro-test.csv');
		const app = renderApp({exportCsv, initialQuery: 'テレワーク', width: 140});
		await app.waitFor((f) => f.includes('2 / 8 件'));
		await app.press(keys.tab, (f) => f.includes('[一覧]'));
		const f = await app.press('e', (x) => x.includes('/tmp/shuro-test.csv'));
		expect(f).toContain('CSV に 2 件書き出しました');
		const csv = (exportCsv.mock.calls as unknown as string[][])[0]?.[0] ?? '';
		expect(csv.startsWith('\uFEFFfiscal_year,era,no,')).toBe(true);
		expect(csv).toContain('2024,令和6年度,19,false,1,テレワークの推進');
	});

	it('q quits from the list, not from the search line; Ctrl-c quits anywhere', async () => {
		const onQuit = vi.fn();
		const app = renderApp({onQuit});
		await app.waitFor((f) => f.includes('8 / 8 件'));
		await app.press('q');
		expect(onQuit).not.toHaveBeenCalled();
		await app.press(keys.escape, (f) => f.includes('[一覧]'));
		app.stdin.write('q');
		await vi.waitFor(() => expect(onQuit).toHaveBeenCalledTimes(1));

		const again = vi.fn();
		const other = renderApp({onQuit: again});
		await other.waitFor((f) => f.includes('8 / 8 件'));
		other.stdin.write(keys.ctrlC);
		await vi.waitFor(() => expect(again).toHaveBeenCalledTimes(1));
	});
});

describe('rehearsal once the index is built', () => {
	it('runs every rehearsal query through the engine, off-screen, and leaves the screen and cache as they were', async () => {
		const {createSearchEngine} = await import('../../source/search/engine.js');
		const {REHEARSAL} = await import('../../source/search/index-lifecycle.js');
		const {reports} = await import('../helpers/fixtures.js');
		const engine = createSearchEngine(reports.flatMap((r) => r.programs));
		const rehearse = vi.spyOn(engine, 'rehearse');
		const search = vi.spyOn(engine, 'search');
		const app = renderApp({engine, index: engine, allIn: false});
		const before = await app.waitFor((f) => f.includes('8 / 8 件'));
		await new Promise((resolve) => setTimeout(resolve, 30));
		expect(rehearse).not.toHaveBeenCalled();
		app.rerenderWith({allIn: true});
		await vi.waitFor(() => expect(rehearse).toHaveBeenCalledTimes(REHEARSAL.length));
		expect(rehearse.mock.calls.map(([query]) => query)).toEqual(REHEARSAL);
		expect(search.mock.calls.map(([query]) => query)).not.toContain('就労');
		expect(app.frame()).toBe(before);
		await app.type('テレワーク');
		expect(await app.waitFor((f) => f.includes('2 / 8 件'))).toContain('検索> テレワーク');
	});
});
