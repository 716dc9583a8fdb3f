// The result list's window is settled once a frame (state/cursor.ts, listWindow): what is
// drawn and what a click lands on agree, even when the results shrank under a cursor the
// reducer last moved far down.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import type {MouseEvent} from '../../source/keys/mouse.js';
import {listWindow} from '../../source/state/cursor.js';
import {keys, renderApp} from '../helpers/render-app.js';
import {seeds} from '../helpers/seeds.js';

afterEach(() => {
	cleanup();
});

describe('listWindow', () => {
	it('settles the cursor for the rows there are and gives the rows in view', () => {
		expect(listWindow({index: 84, scroll: 64}, 85, 21)).toEqual({
			cursor: {index: 84, scroll: 64},
			start: 64,
			end: 85,
			view: 21,
		});
		// The results shrank to 2: the last one selected, from the top.
		expect(listWindow({index: 84, scroll: 64}, 2, 21)).toEqual({
			cursor: {index: 1, scroll: 0},
			start: 0,
			end: 2,
			view: 21,
		});
		expect(listWindow({index: 3, scroll: 0}, 0, 21)).toEqual({
			cursor: {index: 0, scroll: 0},
			start: 0,
			end: 0,
			view: 21,
		});
	});
});

describe('a click on the list as drawn', () => {
	it('selects the row under the pointer after the terminal grew under a scrolled list', async () => {
		let listener: ((event: MouseEvent) => void) | undefined;
		const app = renderApp({
			reports: seeds().reports,
			subscribeMouse: (l) => {
				listener = l;
				return () => {};
			},
		});
		await app.waitFor((f) => f.includes('85 / 85 件'));
		await app.press(keys.tab); // from the search line to the list
		// The last of 85: the reducer scrolls the list to start at row 64 of 21 in view.
		await app.press(keys.end, (f) => f.split('\n')[22]?.startsWith('▶') ?? false);
		// 40 rows high: 37 in view, so the list as drawn starts at row 48.
		app.rerenderWith({height: 40});
		const grown = await app.waitFor((f) => f.split('\n').length >= 40);
		expect(grown.split('\n')[2]).toMatch(/^ {2}20\d\d +\d+ /);
		const first = grown.split('\n')[2] ?? '';
		// A click on the first row drawn (row 3 of the terminal, 1-based) selects that row.
		listener?.({button: 0, x: 4, y: 3, press: true});
		const clicked = await app.waitFor((f) => f.split('\n')[2]?.startsWith('▶') ?? false);
		expect(clicked.split('\n')[2]?.slice(1)).toBe(first.slice(1));
	});
});
