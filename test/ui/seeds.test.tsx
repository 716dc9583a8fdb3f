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
		let f = await app.waitFor((x) => /▶ 2022\s+2 早期再就職緊急支援事業/.test(x));
		expect(f).toMatch(/2\.9億 .*101%/);
		f = await app.press(keys.enter, (x) => x.includes('[詳細]'));
		expect(f).toContain('予算: 約2.9億円 (290,000,000円)');
		expect(f).toMatch(/1,540\s+1,559 人\s+\S+\s+101%/);
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
		await app.waitFor((x) => /▶ 20\d\d\s+\d+ テレワークの推進/.test(x));
		await app.press(keys.tab, (x) => x.includes('[一覧]'));
		const f = await app.press('t', (x) => x.includes('[年度比較]'));
		expect(f).toMatch(/予算\s+31\.8億\s+39\.8億/);
		expect(f).toContain('+8億 (+25%)');
		expect(f).toMatch(/FY20\d\d\s+\d+ テレワークの推進\s+同一/);
	});

	it('totals the budget of each pillar', async () => {
		const app = renderApp({reports, engine, width: 100, height: 30});
		await app.waitFor((x) => x.includes(`/ ${engine.size} 件`));
		await app.press(keys.escape, (x) => x.includes('[一覧]'));
		const f = await app.press('p', (x) => x.includes('[柱]'));
		expect(f).toMatch(/FY2024\s+1 円滑な人材シフトの促進とリスキングの強化\s+18件/);
		expect(f).toMatch(/FY2022\s+5 働き方改革の推進/);
	});
});
