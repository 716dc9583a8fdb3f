// No rendered line may be wider than the terminal, at any size from 60×16 up, in either
// ambiguous-width mode, whatever the report text contains.
import fc from 'fast-check';
import {cleanup} from 'ink-testing-library';
import {stripVTControlCharacters} from 'node:util';
import {afterEach, describe, expect, it} from 'vitest';
import {buildCatalog} from '../../source/state/catalog.js';
import {type Action, initialState, reducer} from '../../source/state/explorer.js';
import {deriveResults} from '../../source/state/results.js';
import {lineText} from '../../source/ui/line.js';
import {pillarEntries} from '../../source/ui/pillar-pane.js';
import {FigureBook} from '../../source/figures/book.js';
import {buildScreen} from '../../source/ui/screen.js';
import {displayWidth} from '../../source/text/width.js';
import {hostileReports} from '../helpers/arbitrary.js';
import {keys, renderApp} from '../helpers/render-app.js';
import {allPrograms, createSimpleEngine} from '../helpers/simple-engine.js';

afterEach(() => cleanup());

const SIZES: [number, number][] = [
	[60, 16],
	[80, 24],
	[119, 30],
	[120, 30],
	[140, 40],
];

const ACTIONS: Action[] = [
	{type: 'back'},
	{type: 'openDetail', id: '|2024|1'},
	{type: 'openDetail', id: '|2022|1'},
	{type: 'switchPane', id: '|2024|1'},
	{type: 'compare', id: '|2022|1'},
	{type: 'pillars'},
	{type: 'help'},
	{type: 'cycleSort'},
	{type: 'cycleYear'},
	{type: 'type', text: 'テ'},
	{type: 'move', step: 'down', count: 50, view: 5},
	{type: 'status', message: '\u001B[31mCSV を書き出しました: /tmp/とても長い/パス/shuro.csv'},
];

describe('every screen line is exactly the terminal width (pure, all views)', () => {
	it('holds for hostile text, random sizes ≥ 60×16 and both width modes', () => {
		fc.assert(
			fc.property(
				hostileReports,
				fc.integer({min: 60, max: 200}),
				fc.integer({min: 16, max: 60}),
				fc.boolean(),
				fc.array(fc.constantFrom(...ACTIONS), {maxLength: 6}),
				(reports, width, height, ambiguousWide, actions) => {
					const catalog = buildCatalog(reports);
					const engine = createSimpleEngine(allPrograms(reports));
					const state = actions.reduce(reducer, initialState({years: catalog.years}));
					const results = deriveResults(engine.search(state.query), state, new FigureBook());
					const options = {ambiguousWide};
					const screen = buildScreen({
						state,
						results,
						total: engine.size,
						catalog,
						figures: new FigureBook(),
						pillars: pillarEntries(catalog, state.yearFilter),
						width,
						height,
						options,
					});
					expect(screen.lines).toHaveLength(height);
					for (const line of screen.lines) {
						const text = lineText(line);
						expect(displayWidth(text, options)).toBe(width);
						expect(text).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E]/);
					}
				},
			),
			{numRuns: 300},
		);
	});
});

describe('rendered frames fit the terminal', () => {
	for (const [width, height] of SIZES) {
		it(`at ${width}×${height}, in the list, the detail and the years view`, async () => {
			await fc.assert(
				fc.asyncProperty(hostileReports, fc.boolean(), async (reports, ambiguousWide) => {
					const app = renderApp({reports, width, height, ambiguousWide});
					const check = (frame: string) => {
						const lines = frame.split('\n');
						expect(lines.length).toBeLessThanOrEqual(height);
						for (const line of lines) {
							expect(displayWidth(line, {ambiguousWide})).toBeLessThanOrEqual(width);
						}
					};
					check(await app.waitFor((f) => f.includes('件')));
					check(await app.press(keys.enter, (f) => f.includes('[詳細]')));
					check(await app.press(keys.tab, (f) => f.includes('[年度比較]')));
					// Nothing from the report reaches the terminal as an escape sequence.
					expect(stripVTControlCharacters(app.lastFrame() ?? '')).not.toContain('pwned\u0007');
					app.unmount();
				}),
				{numRuns: 8},
			);
		});
	}
});
