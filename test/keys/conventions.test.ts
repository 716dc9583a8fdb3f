// Issue 16: the keys fzf, less, VisiData, k9s and lazygit users expect, and the status
// line's hints generated from the key table.
import {describe, expect, it} from 'vitest';
import {
	BINDINGS,
	HINTS,
	hintText,
	type KeyPress,
	keyFor,
	keysLabel,
	resolveCommand,
} from '../../source/keys/bindings.js';
import {route} from '../../source/keys/route.js';
import {initialState, reducer, searchQuery} from '../../source/state/explorer.js';
import {statusLine} from '../../source/ui/status-line.js';
import {lineText} from '../../source/ui/line.js';
import {joseiSaishushoku} from '../helpers/fixtures.js';
import {inkKey as k} from '../helpers/ink-key.js';

const screen = {nav: {count: 40, view: 10}, program: joseiSaishushoku, related: []};
const search = initialState({years: [2024, 2022]});
const list = reducer(search, {type: 'back'});
const routed = (state: typeof search, input: string, key: KeyPress = k()) =>
	route(input, key, {state, screen, pillars: [], tooSmall: false}).action;

describe('help: ? when the search line is empty, F1 always', () => {
	it('? opens the help from an empty search line and is typed into a query', () => {
		expect(resolveCommand('?', k(), 'search', {queryEmpty: true})).toBe('help');
		expect(resolveCommand('?', k(), 'search', {queryEmpty: false})).toBeNull();
		const typed = reducer(search, {type: 'type', text: 'a'});
		expect(routed(typed, '?')).toEqual({type: 'type', text: '?'});
		expect(routed(search, '?')).toEqual({type: 'help'});
	});
	it('F1 opens the help from every place, typed query or not', () => {
		for (const scope of ['search', 'list', 'detail', 'compare', 'pillars'] as const) {
			expect(resolveCommand('', {...k(), f1: true}, scope)).toBe('help');
		}
		const typed = reducer(search, {type: 'type', text: 'a'});
		expect(routed(typed, '', {...k(), f1: true})).toEqual({type: 'help'});
	});
});

describe('q closes a view and goes back; it quits only at the top', () => {
	it('q in the detail, the years view, the pillars and the help goes back', () => {
		let s = reducer(list, {type: 'openDetail', id: joseiSaishushoku.id});
		expect(resolveCommand('q', k(), 'detail')).toBe('close');
		expect(reducer(s, routed(s, 'q') ?? {type: 'quit'}).mode).toBe('browse');
		s = reducer(s, {type: 'compare', id: joseiSaishushoku.id});
		expect(reducer(s, routed(s, 'q') ?? {type: 'quit'}).mode).toBe('detail');
		s = reducer(list, {type: 'help'});
		expect(reducer(s, routed(s, 'q') ?? {type: 'quit'}).mode).toBe('browse');
		s = reducer(list, {type: 'pillars'});
		expect(reducer(s, routed(s, 'q') ?? {type: 'quit'}).mode).toBe('browse');
	});
	it('q in the list quits; q on the search line is typed', () => {
		expect(routed(list, 'q')).toEqual({type: 'quit'});
		expect(routed(search, 'q')).toEqual({type: 'type', text: 'q'});
	});
	it('Esc on an empty query at the top quits (Esc Esc from the start)', () => {
		const once = reducer(search, routed(search, '', k({escape: true})) ?? {type: 'quit'});
		expect(once.mode).toBe('browse');
		expect(once.quit).toBe(false);
		expect(reducer(once, routed(once, '', k({escape: true})) ?? {type: 'focusSearch'}).quit).toBe(
			true,
		);
		const typed = reducer(list, {type: 'type', text: '女性'});
		expect(reducer(typed, {type: 'back'})).toMatchObject({query: '', quit: false});
	});
});

describe('paging', () => {
	it('Ctrl-d and Ctrl-u move half a page in the list and the detail', () => {
		expect(routed(list, 'd', k({ctrl: true}))).toEqual({
			type: 'move',
			step: 'halfPageDown',
			count: 40,
			view: 10,
		});
		const down = reducer(list, {type: 'move', step: 'halfPageDown', count: 40, view: 10});
		expect(down.list.index).toBe(5);
		expect(reducer(down, {type: 'move', step: 'halfPageUp', count: 40, view: 10}).list.index).toBe(
			0,
		);
		const detail = reducer(list, {type: 'openDetail', id: 'x'});
		expect(routed(detail, 'u', k({ctrl: true}))).toMatchObject({step: 'halfPageUp'});
		const scrolled = reducer(detail, {type: 'move', step: 'halfPageDown', count: 40, view: 10});
		expect(scrolled.detailScroll).toBe(5);
	});
	it('Space and b page in the list and the detail, and are typed on the search line', () => {
		expect(routed(list, ' ')).toMatchObject({step: 'pageDown'});
		expect(routed(list, 'b')).toMatchObject({step: 'pageUp'});
		const detail = reducer(list, {type: 'openDetail', id: 'x'});
		expect(routed(detail, ' ')).toMatchObject({step: 'pageDown'});
		expect(routed(detail, 'b')).toMatchObject({step: 'pageUp'});
		expect(routed(search, ' ')).toEqual({type: 'type', text: ' '});
		expect(routed(search, 'b')).toEqual({type: 'type', text: 'b'});
	});
});

describe('the search line edits like readline', () => {
	const line = (text: string, cursor = text.length) => ({
		...reducer(search, {type: 'type', text}),
		queryCursor: cursor,
	});
	const press = (state: typeof search, input: string, key = k()) =>
		reducer(state, routed(state, input, key) ?? {type: 'status', message: null});
	it('Ctrl-a, Ctrl-e, Ctrl-k, Ctrl-u', () => {
		expect(press(line('女性 再就職'), 'a', k({ctrl: true})).queryCursor).toBe(0);
		expect(press(line('女性 再就職', 0), 'e', k({ctrl: true})).queryCursor).toBe(6);
		expect(press(line('女性 再就職', 2), 'k', k({ctrl: true})).query).toBe('女性');
		expect(press(line('女性 再就職', 3), 'u', k({ctrl: true}))).toMatchObject({
			query: '再就職',
			queryCursor: 0,
		});
	});
	it('Ctrl-w and Alt-Backspace delete a word; Alt-b and Alt-f move by words', () => {
		expect(press(line('女性 再就職'), 'w', k({ctrl: true})).query).toBe('女性 ');
		expect(press(line('女性 再就職  '), '', k({delete: true, meta: true})).query).toBe('女性 ');
		expect(press(line('女性　再就職'), 'b', k({meta: true})).queryCursor).toBe(3);
		expect(press(line('女性 再就職', 0), 'f', k({meta: true})).queryCursor).toBe(2);
		// Backspace alone is still one grapheme.
		expect(press(line('女性 再就職'), '', k({delete: true})).query).toBe('女性 再就');
	});
	it('by grapheme: 𠮷 and が written as か+゛ are never cut', () => {
		const text = '𠮷野 か\u3099く';
		expect(press(line(text), 'w', k({ctrl: true})).query).toBe('𠮷野 ');
		expect(press(line(text), 'b', k({meta: true})).queryCursor).toBe(4);
		expect(press(line(text, 0), 'f', k({meta: true})).queryCursor).toBe(3);
	});
});

describe(':23 jumps to report number 23', () => {
	it(': opens the search line holding ":"; the query :23 searches #23', () => {
		const s = reducer(list, routed(list, ':') ?? {type: 'quit'});
		expect(s).toMatchObject({mode: 'search', query: ':', queryCursor: 1});
		expect(searchQuery(':23')).toBe('#23');
		expect(searchQuery('：２３')).toBe('#２３');
		expect(searchQuery(':2022#20')).toBe('2022#20');
		expect(searchQuery(':')).toBe('');
		expect(searchQuery('女性')).toBe('女性');
	});
});

describe('hints are generated from the key table', () => {
	it('names each place’s keys as the table binds them', () => {
		expect(hintText('search', {queryEmpty: true})).toBe(' · Tab 一覧へ · ? ヘルプ · Ctrl-c 終了');
		expect(hintText('search', {queryEmpty: false})).toBe(' · Tab 一覧へ · F1 ヘルプ · Ctrl-c 終了');
		expect(hintText('list')).toBe(' · ? ヘルプ · : 番号 · q 終了');
		expect(hintText('detail')).toBe(' · ↑/↓ スクロール · Tab 年度比較 · q/Esc 戻る');
		expect(hintText('help')).toBe(' · ↑/↓/PgDn スクロール · q/Esc 閉じる');
	});
	it('every hint names a command the table binds in that place', () => {
		for (const [scope, hints] of Object.entries(HINTS)) {
			for (const hint of hints) {
				for (const command of hint.commands) {
					const binding = BINDINGS.find((b) => b.command === command);
					expect(binding?.scopes, `${command} in ${scope}`).toContain(scope);
					expect(keysLabel(binding ?? BINDINGS[0]!)).toContain(keyFor(command, scope as 'list'));
				}
			}
		}
	});
	it('the status line carries them', () => {
		const text = lineText(statusLine(list, 8, 8, 200, {}));
		expect(text).toContain(hintText('list'));
		const detail = reducer(list, {type: 'openDetail', id: 'x'});
		expect(lineText(statusLine(detail, 8, 8, 200, {}))).toContain(hintText('detail'));
	});
});

describe('load problems on the status line', () => {
	const loading = {
		done: 2,
		files: 2,
		finished: true,
		errors: 0,
		warnings: 1,
		firstIssue: 'a.txt:61: ignored unreadable text',
	};
	it('keep the ⚠ count everywhere, and the first problem only on the search line and the list', () => {
		for (const state of [search, list]) {
			const text = lineText(statusLine(state, 8, 8, 240, {}, loading));
			expect(text).toContain('⚠ 警告 1');
			expect(text).toContain('a.txt:61: ignored unreadable text');
		}
		const detail = reducer(list, {type: 'openDetail', id: 'x'});
		const help = reducer(list, {type: 'help'});
		for (const state of [detail, help, reducer(detail, {type: 'compare', id: 'x'})]) {
			const text = lineText(statusLine(state, 8, 8, 240, {}, loading));
			expect(text).toContain('⚠ 警告 1');
			expect(text).not.toContain('a.txt:61');
			expect(text).toContain(hintText(state.mode === 'browse' ? 'list' : state.mode));
		}
	});
});
