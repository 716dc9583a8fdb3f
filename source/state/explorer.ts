// The explorer's whole UI state and the one reducer that changes it. Pure: data the reducer
// needs (which program is selected, how many rows a list has) comes in the action, so it can
// be tested without rendering. Search results are derived from this state, not stored in it.
import {unknownYearStatus} from '../fiscal-year.js';
import {type Cursor, moveCursor, moveScroll, START, type Step, settle} from './cursor.js';
import {
	deleteBack,
	deleteForward,
	deleteWordBack,
	insert,
	killToEnd,
	killToStart,
	type LineState,
	moveLeft,
	moveRight,
	wordLeft,
	wordRight,
} from './line-edit.js';

/** browse = the result list has focus; search = the search line has focus. */
export type Mode = 'browse' | 'search' | 'detail' | 'compare' | 'pillars' | 'changes' | 'help';

export type SortKey = 'relevance' | 'budget' | 'achievement' | 'number';
export const SORT_ORDER: readonly SortKey[] = ['relevance', 'budget', 'achievement', 'number'];
export const SORT_LABEL: Record<SortKey, string> = {
	relevance: '関連度',
	budget: '予算',
	achievement: '達成率',
	number: '番号',
};

export type PillarFilter = {fiscalYear: number; no: number; title: string};

export type EditOp =
	| 'left'
	| 'right'
	| 'wordLeft'
	| 'wordRight'
	| 'home'
	| 'end'
	| 'backspace'
	| 'delete'
	| 'deleteWordBack'
	| 'killToStart'
	| 'killToEnd'
	| 'clear';

export type ExplorerState = {
	mode: Mode;
	/** Where Esc leaves the help overlay for. */
	helpReturn: Exclude<Mode, 'help'>;
	/** Where Esc leaves the detail view for: the line or the list it was opened from. */
	detailReturn: 'browse' | 'search';
	query: string;
	/** UTF-16 offset into `query`, always on a grapheme boundary. */
	queryCursor: number;
	list: Cursor;
	/** Program shown by detail/compare; null = follow the list selection. */
	detailId: string | null;
	detailScroll: number;
	compare: Cursor;
	pillars: Cursor;
	/** The changes view (what changed between the newest two years) scrolls like the help. */
	changesScroll: number;
	helpScroll: number;
	sort: SortKey;
	/** The sort runs against its natural direction (state/results.ts SORT_DIRECTION). */
	sortReverse: boolean;
	/** Only programs below plan on any measure (未達). */
	belowPlanOnly: boolean;
	/** Fiscal years present, newest first: the year filter cycles through them. */
	years: readonly number[];
	yearFilter: number | null;
	pillarFilter: PillarFilter | null;
	status: string | null;
	quit: boolean;
};

/**
 * What the engine is asked for the query: `:23` (the jump key, as in less and vim) is
 * report number 23, which the search reads as `#23` (and `:2022#20` as `2022#20`).
 */
export function searchQuery(query: string): string {
	if (/^[:：]\s*$/u.test(query)) return '';
	const jump = /^[:：]\s*(\S+)$/u.exec(query);
	if (!jump?.[1]) return query;
	return /^[0-9０-９]+$/u.test(jump[1]) ? `#${jump[1]}` : jump[1];
}

/** Longest query, in UTF-16 units; a longer paste is cut. */
export const MAX_QUERY = 200;

export type Action =
	| {type: 'type'; text: string}
	| {type: 'edit'; op: EditOp}
	| {type: 'move'; step: Step; count: number; view: number}
	/** A click on a row of the result list. */
	| {type: 'select'; index: number; count: number; view: number}
	| {type: 'openDetail'; id: string}
	| {type: 'openPillar'; pillar: PillarFilter}
	| {type: 'back'}
	| {type: 'focusSearch'}
	/** Back to the list from the detail or the years view (the mouse wheel over the list). */
	| {type: 'focusList'}
	/** `:` — the search line, holding `:` to type a report number after (`:23`). */
	| {type: 'jump'}
	| {type: 'switchPane'; id: string | null}
	| {type: 'compare'; id: string | null}
	| {type: 'pillars'}
	| {type: 'changes'}
	| {type: 'cycleYear'}
	| {type: 'cycleSort'}
	| {type: 'reverseSort'}
	| {type: 'toggleBelowPlan'}
	| {type: 'help'}
	| {type: 'status'; message: string | null}
	/**
	 * The loaded fiscal years changed (reports arrive in the background). `final`: every
	 * report is in, so a year filter (--year) for a year not loaded is dropped, and said.
	 */
	| {type: 'years'; years: readonly number[]; final?: boolean}
	| {type: 'quit'};

export function initialState(options: {
	years: readonly number[];
	query?: string;
	yearFilter?: number | null;
}): ExplorerState {
	const query = options.query ?? '';
	return {
		mode: 'search',
		helpReturn: 'search',
		detailReturn: 'search',
		query,
		queryCursor: query.length,
		list: START,
		detailId: null,
		detailScroll: 0,
		compare: START,
		pillars: START,
		changesScroll: 0,
		helpScroll: 0,
		sort: 'relevance',
		sortReverse: false,
		belowPlanOnly: false,
		years: [...options.years].sort((a, b) => b - a),
		yearFilter: options.yearFilter ?? null,
		pillarFilter: null,
		status: null,
		quit: false,
	};
}

function editLine(line: LineState, op: EditOp): LineState {
	switch (op) {
		case 'left':
			return moveLeft(line);
		case 'right':
			return moveRight(line);
		case 'wordLeft':
			return wordLeft(line);
		case 'wordRight':
			return wordRight(line);
		case 'deleteWordBack':
			return deleteWordBack(line);
		case 'killToStart':
			return killToStart(line);
		case 'killToEnd':
			return killToEnd(line);
		case 'home':
			return {...line, cursor: 0};
		case 'end':
			return {...line, cursor: line.text.length};
		case 'backspace':
			return deleteBack(line);
		case 'delete':
			return deleteForward(line);
		case 'clear':
			return {text: '', cursor: 0};
		default:
			return assertNever(op);
	}
}

/** A new query or filter: the list starts again from its first row. */
function withLine(state: ExplorerState, line: LineState): ExplorerState {
	const changed = line.text !== state.query;
	return {
		...state,
		query: line.text,
		queryCursor: line.cursor,
		list: changed ? START : state.list,
	};
}

function move(state: ExplorerState, step: Step, count: number, view: number): ExplorerState {
	switch (state.mode) {
		case 'browse':
		case 'search':
			return {...state, list: moveCursor(state.list, step, count, view)};
		case 'detail':
			return {...state, detailScroll: moveScroll(state.detailScroll, step, count, view)};
		case 'compare':
			return {...state, compare: moveCursor(state.compare, step, count, view)};
		case 'pillars':
			return {...state, pillars: moveCursor(state.pillars, step, count, view)};
		case 'changes':
			return {...state, changesScroll: moveScroll(state.changesScroll, step, count, view)};
		case 'help':
			return {...state, helpScroll: moveScroll(state.helpScroll, step, count, view)};
		default:
			return assertNever(state.mode);
	}
}

function back(state: ExplorerState): ExplorerState {
	switch (state.mode) {
		case 'search':
			return {...state, mode: 'browse'};
		case 'browse':
			if (state.pillarFilter) {
				return {...state, pillarFilter: null, list: START, status: '柱の絞り込みを解除しました'};
			}
			if (state.query !== '') return {...state, query: '', queryCursor: 0, list: START};
			// The top: nothing left to clear. Esc quits, as in fzf (from the search line,
			// Esc goes to the list first, so Esc Esc quits from the start).
			return {...state, quit: true};
		case 'detail':
			return {...state, mode: state.detailReturn, detailId: null, detailScroll: 0};
		case 'compare':
			return {...state, mode: 'detail'};
		case 'pillars':
		case 'changes':
			return {...state, mode: 'browse'};
		case 'help':
			return {...state, mode: state.helpReturn};
		default:
			return assertNever(state.mode);
	}
}

function openDetail(state: ExplorerState, id: string): ExplorerState {
	const from = state.mode === 'search' ? 'search' : state.mode === 'browse' ? 'browse' : null;
	return {
		...state,
		mode: 'detail',
		detailId: id,
		detailScroll: 0,
		detailReturn: from ?? state.detailReturn,
	};
}

function openCompare(state: ExplorerState, id: string | null): ExplorerState {
	const target = state.mode === 'detail' || state.mode === 'compare' ? (state.detailId ?? id) : id;
	if (target === null) return {...state, status: '事業が選ばれていません'};
	const from = state.mode === 'search' || state.mode === 'browse' ? state.mode : state.detailReturn;
	return {...state, mode: 'compare', detailId: target, compare: START, detailReturn: from};
}

function switchPane(state: ExplorerState, id: string | null): ExplorerState {
	switch (state.mode) {
		case 'search':
			return {...state, mode: 'browse'};
		case 'browse':
			return id === null ? state : openDetail(state, id);
		case 'detail':
			return openCompare(state, id);
		case 'compare':
			return {...state, mode: 'detail'};
		case 'pillars':
		case 'changes':
		case 'help':
			return state;
		default:
			return assertNever(state.mode);
	}
}

function cycle<T>(values: readonly T[], current: T): T {
	const next = (values.indexOf(current) + 1) % values.length;
	// `in`, not `??`: null is a legitimate value (the "all years" filter).
	return next in values ? values[next]! : current;
}

export function reducer(previous: ExplorerState, action: Action): ExplorerState {
	// A status message lasts until the next thing the user does.
	const state = previous.status === null ? previous : {...previous, status: null};
	switch (action.type) {
		case 'type': {
			// A paste of a whole page is not a search: keep the first MAX_QUERY characters.
			const room = MAX_QUERY - state.query.length;
			if (room <= 0) return {...state, status: `検索語は ${MAX_QUERY} 文字までです`};
			// Never cut between the two halves of a surrogate pair (𠮷).
			const text =
				action.text.length > room
					? action.text.slice(0, room).replace(/[\uD800-\uDBFF]$/, '')
					: action.text;
			const next = withLine(state, insert({text: state.query, cursor: state.queryCursor}, text));
			return text === action.text ? next : {...next, status: `検索語は ${MAX_QUERY} 文字までです`};
		}
		case 'edit':
			return withLine(state, editLine({text: state.query, cursor: state.queryCursor}, action.op));
		case 'move':
			return move(state, action.step, action.count, action.view);
		case 'select':
			return {
				...state,
				list: settle({index: action.index, scroll: state.list.scroll}, action.count, action.view),
			};
		case 'openDetail':
			return openDetail(state, action.id);
		case 'openPillar':
			return {
				...state,
				mode: 'browse',
				pillarFilter: action.pillar,
				yearFilter: null,
				list: START,
			};
		case 'back':
			return back(state);
		case 'focusSearch':
			return {...state, mode: 'search'};
		case 'focusList':
			return {...state, mode: 'browse', detailId: null, detailScroll: 0};
		case 'jump':
			return {
				...state,
				mode: 'search',
				query: ':',
				queryCursor: 1,
				list: START,
				detailId: null,
				pillarFilter: null,
			};
		case 'switchPane':
			return switchPane(state, action.id);
		case 'compare':
			return openCompare(state, action.id);
		case 'pillars':
			return {...state, mode: 'pillars'};
		case 'changes':
			return {...state, mode: 'changes', changesScroll: 0};
		case 'cycleYear': {
			const yearFilter = cycle<number | null>([null, ...state.years], state.yearFilter);
			return {...state, yearFilter, pillarFilter: null, list: START, pillars: START};
		}
		case 'cycleSort':
			return {...state, sort: cycle(SORT_ORDER, state.sort), sortReverse: false, list: START};
		case 'reverseSort':
			if (state.sort === 'relevance')
				return {...state, status: '関連度の並びは逆にできません (s で並びを選ぶ)'};
			return {...state, sortReverse: !state.sortReverse, list: START};
		case 'toggleBelowPlan':
			return {...state, belowPlanOnly: !state.belowPlanOnly, list: START};
		case 'help':
			if (state.mode === 'help') return {...state, mode: state.helpReturn};
			return {...state, mode: 'help', helpReturn: state.mode, helpScroll: 0};
		case 'status':
			return {...state, status: action.message};
		case 'years': {
			// The year filter stays while the report it asks for may still be loading.
			const years = [...action.years].sort((a, b) => b - a);
			const filter = state.yearFilter;
			if (action.final && filter !== null && !years.includes(filter))
				return {...state, years, yearFilter: null, status: unknownYearStatus(filter, years)};
			return {...state, years};
		}
		case 'quit':
			return {...state, quit: true};
		default:
			return assertNever(action);
	}
}

export function assertNever(value: never): never {
	throw new Error(`Unhandled: ${JSON.stringify(value)}`);
}
