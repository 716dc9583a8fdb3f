// The selected programs in the asked format (--json, --ndjson, --csv or the plain table),
// through one `write`: the CLI's stdout, or a sink when a startup snapshot rehearses the
// print path (cli.tsx, prepare).
import type {FigureBook} from '../figures/book.js';
import type {LineageBook} from '../report/lineage.js';
import type {Report} from '../report/model.js';
import {sourceNames} from '../report/source-name.js';
import type {Write} from '../stdio.js';
import {toCsv} from './csv.js';
import {programJson, toJsonText, writeJsonArray} from './json.js';
import type {Selected} from './select.js';
import {toTable} from './table.js';

export type PrintFormat = 'json' | 'ndjson' | 'csv' | 'table';

export type PrintSource = {
	reports: readonly Report[];
	figures: FigureBook;
	lineage: LineageBook;
	/** The query typed ('' for none): JSON then says what each program matched. */
	query: string;
};

/**
 * Writes `selected` as `format`. `write` may return a promise (a pipe's reader sets the
 * pace: what it has not read yet is not piled up here); `fitTable` shapes the table's text
 * (the CLI cuts its lines to the terminal).
 */
export async function printPrograms(
	selected: readonly Selected[],
	format: PrintFormat,
	source: PrintSource,
	write: Write,
	fitTable: (table: string) => string = (table) => table,
): Promise<void> {
	const {figures, lineage, query} = source;
	if (format === 'json' || format === 'ndjson') {
		// Each program is made as it is written (25,000 programs at once took hundreds of MB).
		const out = (function* () {
			for (const {program, matches, passed} of selected)
				yield programJson(
					program,
					figures,
					lineage,
					query ? {text: matches ?? [], passed: passed ?? []} : undefined,
				);
		})();
		if (format === 'json') await writeJsonArray(out, write);
		else for (const program of out) await write(`${toJsonText(program, 0)}\n`);
		return;
	}
	const programs = selected.map((s) => s.program);
	if (format === 'csv') await write(toCsv(programs, figures, sourceNames(source.reports)));
	else await write(`${fitTable(toTable(programs, figures))}\n`);
}
