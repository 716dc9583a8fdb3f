// 25,000 results: moving the selection and typing must stay immediate, because only the
// visible rows are formatted and rendered.
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {Report} from '../../source/report/model.js';
import {reports as fixtures} from '../helpers/fixtures.js';
import {keys, renderApp} from '../helpers/render-app.js';

afterEach(() => cleanup());

function manyReports(count: number): Report[] {
	const templates = fixtures.flatMap((r) => r.programs);
	return [2024, 2022].map((fiscalYear) => ({
		...fixtures[0]!,
		fiscalYear,
		programs: Array.from({length: count / 2}, (_, i) => {
			const t = templates[i % templates.length]!;
			return {...t, id: `|${fiscalYear}|${i + 1}`, no: i + 1, fiscalYear, links: []};
		}),
	}));
}

describe('at 25,000 programs', () => {
	it('moves, pages and types without re-rendering the whole list', async () => {
		const reports = manyReports(25_000);
		const app = renderApp({reports, width: 140, height: 40});
		await app.waitFor((f) => f.includes('25000 / 25000 件'));
		await app.press(keys.tab, (f) => f.includes('[一覧]'));
		const started = performance.now();
		for (let i = 0; i < 20; i++) await app.press(keys.down);
		await app.press('G', (f) => /▶ 2022 12500 /.test(f));
		await app.press(keys.pageUp);
		const perKey = (performance.now() - started) / 22;
		// Generous: vitest runs React's development build; the bundled CLI is several times faster.
		// Rendering all 25,000 rows would take seconds per key, so this still catches it.
		expect(perKey).toBeLessThan(150);
		await app.press('/', (f) => f.includes('[検索]'));
		const typing = performance.now();
		await app.press('女', (f) => f.includes('検索> 女'));
		expect(performance.now() - typing).toBeLessThan(300);
	});
});
