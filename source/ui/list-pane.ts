// The result list: a header and one row per program, only for the rows in view, so a list
// of 25,000 results costs no more to draw than a list of 20.
import {type LineageBook, markLabel} from '../report/lineage.js';
import {displayName} from '../report/model.js';
import {markText} from '../search/mark.js';
import {zeroResultLines} from '../search/zero-result.js';
import type {ResultList} from '../search/result-list.js';
import type {SearchResult} from '../search/types.js';
import {largestNo} from '../state/catalog.js';
import type {ListWindow} from '../state/cursor.js';
import type {FigureBook} from '../figures/book.js';
import {bar} from './bar.js';
import {moneyCompact, resultText} from '../figures/format.js';
import {highlight} from './highlight.js';
import {
	cell,
	fitLine,
	type Line,
	plainLine,
	type Segment,
	selectionMarker,
	selectedRow,
} from './line.js';
import {sanitize} from '../text/sanitize.js';
import {displayWidth, pad, type WidthOptions, wrap} from '../text/width.js';

export type ListColumns = {
	marker: number;
	year: number;
	no: number;
	/** What became of the program (継 改 統 後 新 終: report/lineage.ts, LineageBook.mark). */
	lineage: number;
	name: number;
	budget: number;
	bar: number;
	percent: number;
};

const GAP = 1;

/** Column widths for a list `width` cells wide; the name takes what is left. */
export function listColumns(width: number, noDigits = 3): ListColumns {
	const fixed = {
		marker: 2,
		year: 4,
		no: Math.max(3, Math.min(6, noDigits)),
		lineage: 2,
		// '約23.37億': 約 and every digit down to 万 (format.ts).
		budget: 9,
		bar: width >= 60 ? 5 : 0,
		// '≈100% 12/12'
		percent: 11,
	};
	const gaps = fixed.bar > 0 ? 6 : 5;
	const used =
		fixed.marker + fixed.year + fixed.no + fixed.lineage + fixed.budget + fixed.bar + fixed.percent;
	return {...fixed, name: Math.max(4, width - used - gaps * GAP)};
}

export function listHeader(width: number, options: WidthOptions, noDigits = 3): Line {
	const c = listColumns(width, noDigits);
	const s = ' '.repeat(GAP);
	const text =
		pad('', c.marker) +
		pad('年度', c.year, 'left', options) +
		s +
		pad('No', c.no, 'right', options) +
		s +
		pad('系', c.lineage, 'left', options) +
		s +
		pad('事業名', c.name, 'left', options) +
		s +
		pad('予算', c.budget, 'right', options) +
		s +
		(c.bar > 0
			? pad('達成率(最低)', c.bar + GAP + c.percent, 'right', options)
			: pad('達成', c.percent, 'right', options));
	return fitLine([{text, bold: true, underline: true}], width, options);
}

/** The lineage mark of a row: an ended program stands out, a continued one recedes. */
function lineageCell(
	lineage: LineageBook | null,
	program: SearchResult['program'],
	width: number,
	options: WidthOptions,
): Segment {
	const mark = lineage?.mark(program) ?? null;
	if (!mark) return cell('', width, 'left', options);
	const style: Omit<Segment, 'text'> =
		mark.kind === 'ended' ? {tone: 'warn'} : mark.kind === 'same' ? {dim: true} : {};
	return cell(markLabel(mark), width, 'left', options, style);
}

/**
 * One program row; the selected one is inverse and marked ▶ so it shows without colour.
 * `lineage`: where the row's lineage mark comes from (none without it).
 */
export function listRow(
	found: SearchResult,
	figures: FigureBook,
	selected: boolean,
	width: number,
	options: WidthOptions,
	noDigits = 3,
	lineage: LineageBook | null = null,
): Line {
	const c = listColumns(width, noDigits);
	const p = found.program;
	const name = displayName(p);
	const named = found.nameMatches ?? found.matches;
	const ranges = named.find((m) => m.field === 'name' && m.text === name)?.ranges ?? [];
	// Reports of several issuing bodies: say whose program each row is.
	const body: Segment[] = p.body ? [{text: `${sanitize(p.body)} `, dim: true}] : [];
	// Which field and form decided the rank (`概≈シニア`, `柱`: issue #15), at the name's
	// end. It quotes the report's text (the synonym as printed): sanitised like the name.
	const mark = sanitize(markText(found.mark));
	const markWidth = mark ? displayWidth(mark, options) + 1 : 0;
	const nameWidth = markWidth > 0 && c.name - markWidth >= 8 ? c.name - markWidth : c.name;
	const nameCells =
		nameWidth < c.name
			? [
					...fitLine([...body, ...highlight(name, ranges)], nameWidth, options),
					{text: ` ${mark}`, dim: true},
				]
			: fitLine([...body, ...highlight(name, ranges)], c.name, options);
	const result = figures.of(p).result;
	const lowest = result.lowest;
	const s: Segment = {text: ' '.repeat(GAP)};
	const row: Line = [
		selectionMarker(selected, c.marker, options),
		cell(String(p.fiscalYear), c.year, 'left', options),
		s,
		cell(String(p.no), c.no, 'right', options),
		s,
		lineageCell(lineage, p, c.lineage, options),
		s,
		...nameCells,
		s,
		cell(moneyCompact(p), c.budget, 'right', options),
		s,
	];
	if (c.bar > 0) {
		row.push(
			lowest?.ratio != null
				? cell(bar(lowest.ratio * 100, c.bar, options), c.bar, 'left', options, {
						tone: result.reached === result.compared ? 'good' : 'warn',
					})
				: cell('', c.bar, 'left', options),
			s,
		);
	}
	row.push(cell(resultText(result), c.percent, 'right', options));
	const fitted = fitLine(row, width, options);
	return selectedRow(fitted, selected);
}

/** Header plus the rows in `view` (the screen settles the list's window: state/cursor.ts). */
export function listPane(
	results: ResultList,
	figures: FigureBook,
	view: ListWindow,
	width: number,
	options: WidthOptions,
	maxNo = largestNo(results.programs()),
	lineage: LineageBook | null = null,
): Line[] {
	// Wide enough for `maxNo`: the explorer passes the largest number loaded, so the
	// columns stay put while the results change under the user's typing.
	const noDigits = String(maxNo).length;
	const lines: Line[] = [listHeader(width, options, noDigits)];
	if (results.length === 0) {
		// What was searched and tried, and a hint for words the reports lack (issue #15).
		const help = results.emptyHelp();
		const said = help ? zeroResultLines(help) : ['該当する事業はありません'];
		const wrapped = said.flatMap((text) => {
			const indent = text.startsWith('  ') ? '    ' : '  ';
			return wrap(text.trimStart(), Math.max(8, width - indent.length), options).map(
				(piece) => `${indent}${piece}`,
			);
		});
		for (const text of wrapped.slice(0, view.view))
			lines.push(plainLine(sanitize(text), width, options));
	}
	for (let i = view.start; i < view.end; i++) {
		lines.push(
			listRow(results.at(i)!, figures, i === view.cursor.index, width, options, noDigits, lineage),
		);
	}
	return lines;
}
