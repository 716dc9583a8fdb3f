// The explorer on the bundled seed reports, with the real parser and search engine.
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {bundledSeedPaths, loadReports} from '../../source/report/index.js';
import {createSearchEngine} from '../../source/search/engine.js';
import {keys, renderApp} from '../helpers/render-app.js';

afterEach(() => cleanup());

const {reports} = loadReports(bundledSeedPaths());
const engine = createSearchEngine(reports.flatMap((r) => r.programs));

describe('on the seed reports', () => {
	it('finds 早期再就職緊急支援事業 and shows its plan, actual and 101%', async () => {
		const app = renderApp({reports, engine, initialQuery: '早期再就職'});
		let f = await app.waitFor((x) => /▶ 2022\s+2 終 早期再就職緊急支援事業/.test(x));
		expect(f).toMatch(/2\.9億 .*101%/);
		f = await app.press(keys.enter, (x) => x.includes('[詳細]'));
		expect(f).toContain('予算: 約2.9億円 (290,000,000円)');
		expect(f).toMatch(/面接会参加人数\s+1,540人\s+1,559人\s+\+19\s+\S+\s+101%/);
	});

	it('shows テレワークの推進 across FY2022 and FY2024 with the budget change', async () => {
		const app = renderApp({
			reports,
			engine,
			initialQuery: 'テレワークの推進',
			width: 140,
			height: 40,
		});
		// Either year may rank first; the years view is the same from both.
		await app.waitFor((x) => /▶ 20\d\d\s+\d+ 継 テレワークの推進/.test(x));
		await app.press(keys.tab, (x) => x.includes('[一覧]'));
		const f = await app.press('t', (x) => x.includes('[年度比較]'));
		expect(f).toMatch(/予算\s+約31\.8億\s+約39\.8億/);
		expect(f).toContain('≈+8億 (≈+25%)');
		// No sub-item has the same name in both years: each is listed as only in its year.
		expect(f).toContain('FY2022のみ: ・テレワーク導入・運用課題解決サポート事業');
		expect(f).toContain('FY2024のみ: ・育児・介護との両立のためのテレワーク導入支援事業');
		expect(f).toMatch(/FY20\d\d\s+\d+ テレワークの推進\s+継続 1\.00/);
	});

	it('totals the budget of each pillar', async () => {
		const app = renderApp({reports, engine, width: 100, height: 30});
		await app.waitFor((x) => x.includes(`/ ${engine.size} 件`));
		await app.press(keys.escape, (x) => x.includes('[一覧]'));
		const f = await app.press('p', (x) => x.includes('[柱]'));
		expect(f).toMatch(/FY2024\s+1 円滑な人材シフトの促進とリスキングの強化\s+18件/);
		expect(f).toMatch(/FY2022\s+5 働き方改革の推進/);
		// FY2022 #15 and #16 print their money on sub-item rows (約0.8億; 約3.4億 + 約1千万):
		// it is in the pillar's total. #10's budget is no amount, and is named as unknown.
		expect(f).toMatch(
			/FY2022\s+2 障害者など就労に困難を抱える方への支援\s+13件\s+約44\.0558億 \(1件不明\)/,
		);
		expect(f).toContain('FY2024  47件  約184.33億  FY2022から ≈-15.9258億 (≈-8%)');
		expect(f).toContain('FY2022  38件  約200.2558億 (1件不明)');
	});
});

describe('lineage on the seed reports', () => {
	it('the detail says what became of the program; 年度比較 pairs a renamed one; C lists the changes', async () => {
		const app = renderApp({reports, engine, initialQuery: '特定技能', width: 80, height: 40});
		await app.waitFor((x) => /▶ 2024\s+47 /.test(x));
		let f = await app.press(keys.enter, (x) => x.includes('[詳細]'));
		expect(f).toContain(
			'令和6年度 (FY2024) · No.47 · FY2022: 名称変更 ← No.30 特定技能外国人雇用支援事業',
		);
		f = await app.press(keys.tab, (x) => x.includes('[年度比較]'));
		expect(f).toContain('FY2022 名称変更 0.95: No.30 特定技能外国人雇用支援事業 — 概要の一致 0.47');
		expect(f).toMatch(/事業名\s+特定技能外国人雇用支援事業\s+TOKYO特定技能Jobマッチング支援事業/);
		expect(f).toMatch(/60社 → 27社 45%\s+80社 → 84社 105%/);
		f = await app.press('C', (x) => x.includes('[変化]'));
		expect(f).toContain('FY2022 → FY2024 の変化 (継続 8件は省略)');
		expect(f).toContain('終了 (FY2024に対応する事業なし) 24件');
		f = await app.press('G', (x) => x.includes('名称変更・統合・後継 6件'));
		expect(f).toContain('計 FY2022 約58.6億 → FY2024 約41.37億 (≈-17.23億 (≈-29%))');
	});
});
