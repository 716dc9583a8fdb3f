// Issue 16: SGR mouse reports as actions (the wheel scrolls, a click selects a row).
import {describe, expect, it} from 'vitest';
import {mouseActions, parseSgrMouse} from '../../source/keys/mouse.js';
import {initialState, reducer} from '../../source/state/explorer.js';
import {computeLayout} from '../../source/state/layout.js';

const search = initialState({years: [2024]});
const list = reducer(search, {type: 'back'});
const single = computeLayout(80, 24);
const split = computeLayout(140, 30);
const nav = {count: 40, view: 21};

describe('parseSgrMouse', () => {
	it('reads a press and a release; nothing else', () => {
		expect(parseSgrMouse('\u001B[<0;10;5M')).toEqual({button: 0, x: 10, y: 5, press: true});
		expect(parseSgrMouse('\u001B[<65;1;1m')).toEqual({button: 65, x: 1, y: 1, press: false});
		expect(parseSgrMouse('\u001B[A')).toBeNull();
	});
});

describe('mouseActions', () => {
	it('a wheel notch moves the focused view three rows', () => {
		const down = mouseActions({button: 65, x: 5, y: 5, press: true}, list, single, nav);
		expect(down).toHaveLength(3);
		expect(down[0]).toEqual({type: 'move', step: 'down', count: 40, view: 21});
		const detail = reducer(list, {type: 'openDetail', id: 'x'});
		const up = mouseActions({button: 64, x: 5, y: 5, press: true}, detail, single, nav);
		expect(up.map((a) => a.type === 'move' && a.step)).toEqual(['up', 'up', 'up']);
		const scrolled = up.reduce(reducer, {...detail, detailScroll: 10});
		expect(scrolled.detailScroll).toBe(7);
	});
	it('side by side, the wheel scrolls the pane under the pointer, which takes the focus', () => {
		if (split.kind !== 'split') throw new Error('140×30 is side by side');
		const panes = {list: {count: 40, view: 21}, right: {count: 60, view: 22}};
		const overDetail = {button: 65, x: split.listWidth + 5, y: 8, press: true};
		const overList = {button: 64, x: 3, y: 8, press: true};
		// Browsing: the wheel over the detail opens the selected program there and scrolls it.
		const opened = mouseActions(overDetail, list, split, nav, {panes, selectedId: 'p1'});
		expect(opened[0]).toEqual({type: 'openDetail', id: 'p1'});
		expect(opened.slice(1)).toEqual(
			Array.from({length: 3}, () => ({type: 'move', step: 'down', count: 60, view: 22})),
		);
		const reading = opened.reduce(reducer, list);
		expect([reading.mode, reading.detailId, reading.detailScroll]).toEqual(['detail', 'p1', 3]);
		// Reading: the wheel over the list goes back to the list and moves it, the detail's rows aside.
		const back = mouseActions(overList, reading, split, panes.right, {panes, selectedId: 'p1'});
		expect(back[0]).toEqual({type: 'focusList'});
		expect(back[1]).toEqual({type: 'move', step: 'up', count: 40, view: 21});
		expect(back.reduce(reducer, reading).mode).toBe('browse');
		// In one column, the focused view scrolls as before.
		expect(mouseActions(overDetail, list, single, nav, {panes, selectedId: 'p1'})[0]).toEqual({
			type: 'move',
			step: 'down',
			count: 40,
			view: 21,
		});
	});
	it('a click on a list row selects it, with the list scrolled', () => {
		// Row 3 of the screen (1-based) is the first program row: search line, header.
		const first = mouseActions({button: 0, x: 4, y: 3, press: true}, list, single, nav);
		expect(first).toEqual([{type: 'select', index: 0, count: 40, view: 21}]);
		const scrolled = {...list, list: {index: 12, scroll: 10}};
		const [action] = mouseActions({button: 0, x: 4, y: 8, press: true}, scrolled, single, nav);
		expect(action && reducer(scrolled, action).list).toEqual({index: 15, scroll: 10});
	});
	it('ignores releases, other buttons, the header, rows past the end and the right pane', () => {
		const at = (button: number, x: number, y: number, press = true) =>
			mouseActions({button, x, y, press}, list, split, nav);
		expect(at(0, 4, 3, false)).toEqual([]);
		expect(at(2, 4, 3)).toEqual([]);
		expect(at(0, 4, 2)).toEqual([]);
		expect(at(0, 100, 5)).toEqual([]);
		expect(
			mouseActions({button: 0, x: 4, y: 3, press: true}, list, single, {count: 0, view: 21}),
		).toEqual([]);
		const detail = reducer(list, {type: 'openDetail', id: 'x'});
		expect(mouseActions({button: 0, x: 4, y: 3, press: true}, detail, single, nav)).toEqual([]);
	});
});
