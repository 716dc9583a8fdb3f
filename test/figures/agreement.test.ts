// Every place a figure appears shows the same figure for the same program: the list's
// 達成率 column, the piped table, the copy line, the CSV and the JSON all read one result.
import {basename} from 'node:path';
import {describe, expect, it} from 'vitest';
import {FigureBook} from '../../source/figures/book.js';
import {toCsv} from '../../source/output/csv.js';
import {programJson} from '../../source/output/json.js';
import {toTable} from '../../source/output/table.js';
import {LineageBook} from '../../source/report/lineage.js';
import {copyLine} from '../../source/ui/clipboard.js';
import {measureSummaries, resultSummary, resultText} from '../../source/figures/format.js';
import {lineText} from '../../source/ui/line.js';
import {listRow} from '../../source/ui/list-pane.js';
import {seeds} from '../helpers/seeds.js';

const programs = seeds().reports.flatMap((r) => r.programs);

describe('one figure everywhere', () => {
	const book = new FigureBook();
	const lineage = new LineageBook(programs);
	const table = toTable(programs, book).split('\n');
	const csvRows = parseCsv(toCsv(programs, book, (f) => basename(f)).slice(1));
	const header = csvRows[0] ?? [];
	const column = (row: string[], name: string) => row[header.indexOf(name)] ?? '';
	it.each(programs.map((p) => [`FY${p.fiscalYear} #${p.no}`, p] as const))('%s', (_, p) => {
		const figures = book.of(p);
		const shown = resultText(figures.result);
		// The list row (80 columns) ends with the result.
		const row = lineText(listRow({program: p, score: 0, matches: []}, book, false, 80, {}));
		expect(row.trimEnd().endsWith(shown)).toBe(true);
		// The table's row for the program ends with it, or with — when there is none.
		const line = table.find((l) => new RegExp(`^FY${p.fiscalYear}\\s+\\*?${p.no}\\s`).test(l));
		expect(line?.trimEnd().endsWith(shown || '—')).toBe(true);
		// The copy line and the table's measure lines carry every measure.
		const copied = copyLine(p, figures);
		for (const summary of measureSummaries(figures)) expect(copied).toContain(summary);
		// JSON: the result's lowest is the list's lowest.
		const json = programJson(p, book, lineage);
		const lowest = figures.result.lowest;
		expect(json.result.lowest?.percent ?? null).toBe(lowest ? shown.split(' ')[0] : null);
		expect(json.result.compared).toBe(figures.result.compared);
		// CSV: one row per measure, each measure's ratio as printed in the list.
		const rows = csvRows.filter((r) => r[0] === String(p.fiscalYear) && r[2] === String(p.no));
		const measures = figures.groups.flatMap((g) => g.measures);
		const ratios = rows.map((r) => column(r, 'ratio')).filter((r) => r !== '');
		expect(ratios.map(Number)).toEqual(
			measures
				.filter((m) => m.ratio !== null)
				.map((m) => Math.round((m.ratio as number) * 10_000) / 10_000),
		);
		expect(rows.map((r) => column(r, 'result'))).toEqual(
			rows.map(() => resultSummary(figures.result)),
		);
	});
});

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	return rows;
}
