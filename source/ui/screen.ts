// The whole screen as `height` lines of exactly `width` cells (by our own measure).
// Panes are composed here, row by row, rather than with Ink's flex boxes: Ink measures East
// Asian ambiguous characters as one cell, so with `ambiguousWide` a box beside another would
// be shifted by every ○ or ※ to its left. Composing rows ourselves keeps both modes aligned.
import {keyFor} from '../keys/bindings.js';
import type {FigureBook} from '../figures/book.js';
import type {MoneySum} from '../figures/money.js';
import type {LineageBook} from '../report/lineage.js';
import type {Program} from '../report/model.js';
import type {ResultList} from '../search/result-list.js';
import type {Catalog, RelatedEntry} from '../state/catalog.js';
import {type Cursor, listWindow} from '../state/cursor.js';
import type {ExplorerState} from '../state/explorer.js';
import {changesLines} from './changes-pane.js';
import {comparePane} from './compare-pane.js';
import {detailLines} from './detail-pane.js';
import {helpLines} from './help-pane.js';
import {computeLayout} from '../state/layout.js';
import {
	blankLine,
	fitLine,
	joinColumns,
	type Line,
	mergeSegments,
	plainLine,
	type Segment,
} from './line.js';
import {listPane} from './list-pane.js';
import {type PillarEntry, pillarPane, yearTotalLines} from './pillar-pane.js';
import {searchLine} from './search-line.js';
import {type LoadingStatus, statusLine} from './status-line.js';
import type {WidthOptions} from '../text/width.js';

export type ScreenInput = {
	state: ExplorerState;
	results: ResultList;
	total: number;
	/** A background load in progress, or problems it found. */
	loading?: LoadingStatus | undefined;
	/** The results shown are not yet those of the query typed (the index is being built). */
	pending?: boolean;
	catalog: Catalog;
	figures: FigureBook;
	/** The money of the programs in the list, per fiscal year (status line). */
	totals?: ReadonlyArray<{fiscalYear: number} & MoneySum>;
	pillars: readonly PillarEntry[];
	width: number;
	height: number;
	options: WidthOptions;
};

/** What the input router needs to know about what is on screen. */
export type Screen = {
	lines: Line[];
	/** Terminal cursor (search line focus) relative to the top-left of the output. */
	cursor: {x: number; y: number} | undefined;
	/** Rows in the list the current mode moves through, and how many are in view. */
	nav: {count: number; view: number};
	/** The result list's cursor as drawn (what a click on a row lands on). */
	list: Cursor;
	/** The program the detail/compare view is about (or the list selection). */
	program: Program | null;
	related: RelatedEntry[];
	/** Side by side: each pane's rows, for the mouse wheel over the pane under the pointer. */
	panes?: {list: Nav; right: Nav};
};

type Nav = {count: number; view: number};

function windowLines(
	lines: readonly Line[],
	scroll: number,
	height: number,
	width: number,
): Line[] {
	const start = Math.max(0, Math.min(scroll, lines.length - height));
	const out = lines.slice(start, start + height);
	while (out.length < height) out.push(blankLine(width));
	return out;
}

function fill(lines: readonly Line[], height: number, width: number): Line[] {
	return windowLines(lines, 0, height, width);
}

type Pane = {
	lines: Line[];
	nav: Nav;
	related?: RelatedEntry[];
	panes?: {list: Nav; right: Nav};
};

function detailPane(
	program: Program | null,
	figures: FigureBook,
	/** Null while the detail only follows the list (working lineages out per arrow key is slow at 25,000 programs). */
	lineage: LineageBook | null,
	scroll: number,
	width: number,
	height: number,
	options: WidthOptions,
): Pane {
	if (!program)
		return {
			lines: [plainLine('  事業が選ばれていません', width, options)],
			nav: {count: 0, view: height},
		};
	const all = detailLines(program, figures.of(program), width, options, lineage?.of(program) ?? []);
	return {lines: windowLines(all, scroll, height, width), nav: {count: all.length, view: height}};
}

function compare(
	program: Program | null,
	input: ScreenInput,
	cursor: Cursor,
	width: number,
	height: number,
): Pane {
	if (!program)
		return detailPane(null, input.figures, input.catalog.lineage, 0, width, height, input.options);
	const pane = comparePane(
		program,
		input.catalog,
		input.figures,
		cursor,
		width,
		height,
		input.options,
	);
	return {
		lines: pane.lines,
		nav: {count: pane.related.length, view: pane.view},
		related: pane.related,
	};
}

export function buildScreen(input: ScreenInput): Screen {
	const {state, results, width, height, options} = input;
	const layout = computeLayout(width, height);
	if (layout.kind === 'tooSmall') {
		const message = `端末が小さすぎます ${layout.width}×${layout.height} (60×16 以上にしてください · ${keyFor('forceQuit', 'list')} で終了)`;
		return {
			lines: width > 0 ? [plainLine(message, width, options)] : [],
			cursor: undefined,
			nav: {count: 0, view: 1},
			list: state.list,
			program: null,
			related: [],
		};
	}
	const body = layout.bodyHeight;
	// The result list's rows in view, worked out once for every pane that shows it.
	const shownList = listWindow(state.list, results.length, layout.listRows);
	const selected = results.at(shownList.cursor.index)?.program ?? null;
	const focusProgram =
		(state.mode === 'detail' || state.mode === 'compare') && state.detailId
			? (input.catalog.byId.get(state.detailId) ?? selected)
			: selected;

	const list = (w: number): Pane => {
		const lines = listPane(
			results,
			input.figures,
			shownList,
			w,
			options,
			input.catalog.maxNo,
			input.catalog.lineage,
		);
		return {lines: fill(lines, body, w), nav: {count: results.length, view: layout.listRows}};
	};
	const full = (): Pane => {
		switch (state.mode) {
			case 'detail':
				return detailPane(
					focusProgram,
					input.figures,
					input.catalog.lineage,
					state.detailScroll,
					layout.width,
					body,
					options,
				);
			case 'compare':
				return compare(focusProgram, input, state.compare, layout.width, body);
			case 'pillars': {
				const footer = yearTotalLines(input.catalog, state.yearFilter, layout.width, options);
				const pane = pillarPane(input.pillars, footer, state.pillars, layout.width, body, options);
				return {
					lines: fill(pane.lines, body, layout.width),
					nav: {count: input.pillars.length, view: pane.view},
				};
			}
			case 'changes': {
				const all = changesLines(input.catalog, layout.width, options);
				return {
					lines: windowLines(all, state.changesScroll, body, layout.width),
					nav: {count: all.length, view: body},
				};
			}
			case 'help': {
				const all = helpLines(layout.width, options);
				return {
					lines: windowLines(all, state.helpScroll, body, layout.width),
					nav: {count: all.length, view: body},
				};
			}
			default:
				return list(layout.width);
		}
	};

	let pane: Pane;
	const fullWidth = state.mode === 'pillars' || state.mode === 'changes' || state.mode === 'help';
	if (layout.kind === 'split' && !fullWidth) {
		const left = list(layout.listWidth);
		const right =
			state.mode === 'compare'
				? compare(focusProgram, input, state.compare, layout.detailWidth, body)
				: detailPane(
						focusProgram,
						input.figures,
						state.mode === 'detail' ? input.catalog.lineage : null,
						state.mode === 'detail' ? state.detailScroll : 0,
						layout.detailWidth,
						body,
						options,
					);
		// U+2502 is East Asian ambiguous; where that means two cells, use an ASCII bar.
		const divider: Segment = {text: options.ambiguousWide ? '|' : '│', dim: true};
		const rightLines = fill(right.lines, body, layout.detailWidth);
		pane = {
			lines: left.lines.map((l, i) =>
				joinColumns(l, rightLines[i] ?? blankLine(layout.detailWidth), divider),
			),
			nav: state.mode === 'detail' || state.mode === 'compare' ? right.nav : left.nav,
			related: right.related ?? [],
			panes: {list: left.nav, right: right.nav},
		};
	} else {
		pane = full();
	}

	const search = searchLine(
		state.query,
		state.queryCursor,
		layout.width,
		state.mode === 'search',
		options,
	);
	const lines = [
		search.line,
		...fill(pane.lines, body, layout.width),
		statusLine(
			state,
			results.length,
			input.total,
			layout.width,
			options,
			input.loading,
			input.pending,
			input.totals,
		),
	].map((l) => mergeSegments(fitLine(l, layout.width, options)));
	return {
		lines,
		cursor: state.mode === 'search' ? {x: search.cursorX, y: 0} : undefined,
		nav: pane.nav,
		list: shownList.cursor,
		program: focusProgram,
		related: pane.related ?? [],
		...(pane.panes ? {panes: pane.panes} : {}),
	};
}
