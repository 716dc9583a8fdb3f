import {describe, expect, it} from 'vitest';
import {
	type Action,
	type ExplorerState,
	initialState,
	reducer,
} from '../../source/state/explorer.js';

const start = () => initialState({years: [2022, 2024]});
const run = (state: ExplorerState, ...actions: Action[]) => actions.reduce(reducer, state);
const browse = () => run(start(), {type: 'back'});

describe('initial state', () => {
	it('starts in the search line, years newest first, query from the command line', () => {
		const s = initialState({years: [2022, 2024], query: 'テレワーク'});
		expect(s.mode).toBe('search');
		expect(s.years).toEqual([2024, 2022]);
		expect(s.query).toBe('テレワーク');
		expect(s.queryCursor).toBe('テレワーク'.length);
	});
});

describe('type and edit', () => {
	it('types at the cursor and resets the selection', () => {
		let s = run(start(), {type: 'move', step: 'down', count: 10, view: 5});
		expect(s.list.index).toBe(1);
		s = run(s, {type: 'type', text: 'テレ'}, {type: 'type', text: 'ワーク'});
		expect(s.query).toBe('テレワーク');
		expect(s.list).toEqual({index: 0, scroll: 0});
	});
	it('moves by grapheme and deletes whole graphemes (𠮷, combining marks)', () => {
		let s = run(start(), {type: 'type', text: '𠮷野か\u3099'});
		s = run(s, {type: 'edit', op: 'backspace'});
		expect(s.query).toBe('𠮷野');
		s = run(s, {type: 'edit', op: 'left'}, {type: 'edit', op: 'backspace'});
		expect(s.query).toBe('野');
		expect(s.queryCursor).toBe(0);
		s = run(s, {type: 'edit', op: 'end'}, {type: 'type', text: '家'}, {type: 'edit', op: 'home'});
		expect(s.query).toBe('野家');
		expect(s.queryCursor).toBe(0);
		s = run(s, {type: 'edit', op: 'delete'});
		expect(s.query).toBe('家');
		s = run(s, {type: 'edit', op: 'right'});
		expect(s.queryCursor).toBe(1);
		s = run(s, {type: 'edit', op: 'clear'});
		expect(s.query).toBe('');
		expect(s.queryCursor).toBe(0);
	});
});

describe('move', () => {
	it('moves the list selection in search and browse, keeping it in view', () => {
		let s = run(start(), {type: 'move', step: 'last', count: 100, view: 10});
		expect(s.list).toEqual({index: 99, scroll: 90});
		s = run(s, {type: 'move', step: 'pageUp', count: 100, view: 10});
		expect(s.list).toEqual({index: 90, scroll: 90});
		s = run(s, {type: 'move', step: 'up', count: 100, view: 10});
		expect(s.list).toEqual({index: 89, scroll: 89});
		s = run(s, {type: 'move', step: 'first', count: 100, view: 10});
		expect(s.list).toEqual({index: 0, scroll: 0});
		s = run(s, {type: 'move', step: 'up', count: 100, view: 10});
		expect(s.list.index).toBe(0);
		s = run(s, {type: 'move', step: 'pageDown', count: 100, view: 10});
		expect(s.list).toEqual({index: 9, scroll: 0});
	});
	it('scrolls the detail and the help; moves compare and pillar selections', () => {
		let s = run(browse(), {type: 'openDetail', id: 'a'});
		s = run(s, {type: 'move', step: 'down', count: 30, view: 10});
		expect(s.detailScroll).toBe(1);
		s = run(s, {type: 'move', step: 'last', count: 30, view: 10});
		expect(s.detailScroll).toBe(20);
		s = run(s, {type: 'compare', id: 'a'}, {type: 'move', step: 'down', count: 3, view: 3});
		expect(s.compare.index).toBe(1);
		s = run(s, {type: 'pillars'}, {type: 'move', step: 'down', count: 4, view: 3});
		expect(s.pillars.index).toBe(1);
		s = run(s, {type: 'help'}, {type: 'move', step: 'pageDown', count: 40, view: 10});
		expect(s.helpScroll).toBe(9);
	});
	it('does nothing harmful on an empty list', () => {
		const s = run(start(), {type: 'move', step: 'down', count: 0, view: 10});
		expect(s.list).toEqual({index: 0, scroll: 0});
	});
});

describe('open, back, switchPane, compare', () => {
	it('Enter opens the detail, Esc returns to where it came from', () => {
		let s = run(start(), {type: 'openDetail', id: '|2024|14'});
		expect(s.mode).toBe('detail');
		expect(s.detailId).toBe('|2024|14');
		s = run(s, {type: 'back'});
		expect(s.mode).toBe('search');
		s = run(browse(), {type: 'openDetail', id: 'x'}, {type: 'back'});
		expect(s.mode).toBe('browse');
		expect(s.detailId).toBeNull();
	});
	it('Tab goes search → list → detail → years → detail', () => {
		let s = run(start(), {type: 'switchPane', id: 'p'});
		expect(s.mode).toBe('browse');
		s = run(s, {type: 'switchPane', id: 'p'});
		expect(s.mode).toBe('detail');
		expect(s.detailId).toBe('p');
		s = run(s, {type: 'switchPane', id: 'other'});
		expect(s.mode).toBe('compare');
		expect(s.detailId).toBe('p');
		s = run(s, {type: 'switchPane', id: null});
		expect(s.mode).toBe('detail');
	});
	it('Tab in the list with nothing selected stays', () => {
		const s = run(browse(), {type: 'switchPane', id: null});
		expect(s.mode).toBe('browse');
	});
	it('t opens years for the selection; Esc from years returns to the detail, then the list', () => {
		let s = run(browse(), {type: 'compare', id: 'q'});
		expect(s.mode).toBe('compare');
		expect(s.detailId).toBe('q');
		s = run(s, {type: 'back'});
		expect(s.mode).toBe('detail');
		s = run(s, {type: 'back'});
		expect(s.mode).toBe('browse');
	});
	it('t without a program says so', () => {
		const s = run(browse(), {type: 'compare', id: null});
		expect(s.mode).toBe('browse');
		expect(s.status).toMatch('事業');
	});
	it('Enter on a related program opens it', () => {
		const s = run(browse(), {type: 'compare', id: 'q'}, {type: 'openDetail', id: 'r'});
		expect(s.mode).toBe('detail');
		expect(s.detailId).toBe('r');
		expect(run(s, {type: 'back'}).mode).toBe('browse');
	});
	it('Esc in the list clears the pillar filter, then the query, then quits (as fzf)', () => {
		let s = run(start(), {type: 'type', text: '女性'}, {type: 'pillars'});
		s = run(s, {type: 'openPillar', pillar: {fiscalYear: 2024, no: 1, title: '柱'}});
		expect(s.mode).toBe('browse');
		expect(s.pillarFilter).toEqual({fiscalYear: 2024, no: 1, title: '柱'});
		s = run(s, {type: 'back'});
		expect(s.pillarFilter).toBeNull();
		expect(s.query).toBe('女性');
		s = run(s, {type: 'back'});
		expect(s.query).toBe('');
		expect(s.quit).toBe(false);
		s = run(s, {type: 'back'});
		expect(s.quit).toBe(true);
	});
	it('Esc leaves the pillar view for the list', () => {
		expect(run(browse(), {type: 'pillars'}, {type: 'back'}).mode).toBe('browse');
	});
});

describe('focus, filters, sort, help, status, quit', () => {
	it('/ focuses the search line', () => {
		expect(run(browse(), {type: 'focusSearch'}).mode).toBe('search');
	});
	it('y cycles all → each year → all and clears a pillar filter', () => {
		let s = run(browse(), {type: 'openPillar', pillar: {fiscalYear: 2022, no: 1, title: 't'}});
		s = run(s, {type: 'cycleYear'});
		expect(s.yearFilter).toBe(2024);
		expect(s.pillarFilter).toBeNull();
		s = run(s, {type: 'cycleYear'});
		expect(s.yearFilter).toBe(2022);
		s = run(s, {type: 'cycleYear'});
		expect(s.yearFilter).toBeNull();
	});
	it('s cycles 関連度 → 予算 → 達成率 → 番号 → 関連度', () => {
		let s = browse();
		const seen = [s.sort];
		for (let i = 0; i < 4; i++) {
			s = run(s, {type: 'cycleSort'});
			seen.push(s.sort);
		}
		expect(seen).toEqual(['relevance', 'budget', 'achievement', 'number', 'relevance']);
	});
	it('? opens help over any view and closes back to it', () => {
		let s = run(browse(), {type: 'openDetail', id: 'a'}, {type: 'help'});
		expect(s.mode).toBe('help');
		expect(run(s, {type: 'help'}).mode).toBe('detail');
		s = run(s, {type: 'back'});
		expect(s.mode).toBe('detail');
	});
	it('a status message lasts until the next action', () => {
		let s = run(browse(), {type: 'status', message: 'CSV を書き出しました'});
		expect(s.status).toBe('CSV を書き出しました');
		s = run(s, {type: 'move', step: 'down', count: 3, view: 3});
		expect(s.status).toBeNull();
	});
	it('quit is a state the App acts on', () => {
		expect(run(browse(), {type: 'quit'}).quit).toBe(true);
	});
	it('rejects an unknown action at the type level and at run time', () => {
		// @ts-expect-error — not an Action
		expect(() => reducer(start(), {type: 'nope'})).toThrow('Unhandled');
	});
});

describe('long pastes', () => {
	it('keeps the first 200 characters of the query and says so', async () => {
		const {initialState, reducer, MAX_QUERY} = await import('../../source/state/explorer.js');
		const start = initialState({years: [2024]});
		const pasted = reducer(start, {type: 'type', text: '就労'.repeat(5000)});
		expect(pasted.query).toHaveLength(MAX_QUERY);
		expect(pasted.status).toBe('検索語は 200 文字までです');
		expect(reducer(pasted, {type: 'type', text: 'x'}).query).toHaveLength(MAX_QUERY);
	});
});
