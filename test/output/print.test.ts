// printPrograms (output/print.ts) is the one path the CLI's print modes and the print
// snapshot's rehearsal write through: each format gives exactly what its writer makes.
import {describe, expect, it} from 'vitest';
import {FigureBook} from '../../source/figures/book.js';
import {toCsv} from '../../source/output/csv.js';
import {programJson, toJsonText} from '../../source/output/json.js';
import {type PrintFormat, printPrograms} from '../../source/output/print.js';
import {selectPrograms} from '../../source/output/select.js';
import {toTable} from '../../source/output/table.js';
import {sourceNames} from '../../source/report/source-name.js';
import {createSearchEngine} from '../../source/search/engine.js';
import {seeds} from '../helpers/seeds.js';

const {reports, lineage} = seeds();
const figures = new FigureBook();
const engine = createSearchEngine(reports.flatMap((r) => r.programs));

async function printed(format: PrintFormat, query: string, fit?: (t: string) => string) {
	const selected = selectPrograms(reports, engine, {query, years: []});
	let text = '';
	let pieces = 0;
	await printPrograms(
		selected,
		format,
		{reports, figures, lineage, query},
		(piece) => {
			text += piece;
			pieces++;
			// A full pipe: the next piece waits.
			return new Promise((resolve) => setImmediate(resolve));
		},
		fit,
	);
	return {selected, text, pieces};
}

describe('printPrograms', () => {
	it('writes --json as the programs’ JSON array, with what each matched when asked', async () => {
		const all = await printed('json', '');
		expect(all.selected).toHaveLength(85);
		expect(all.text).toBe(
			`${toJsonText(all.selected.map((s) => programJson(s.program, figures, lineage)))}\n`,
		);
		expect(JSON.parse(all.text)[0]).not.toHaveProperty('matches');
		const found = await printed('json', '女性');
		const parsed = JSON.parse(found.text) as Array<{name: string; matches: unknown[]}>;
		expect(parsed.length).toBe(found.selected.length);
		expect(parsed.length).toBeGreaterThan(0);
		for (const p of parsed) expect(p.matches.length).toBeGreaterThan(0);
	});

	it('writes --ndjson one program per line, each the same object as --json', async () => {
		const lines = (await printed('ndjson', '')).text.trimEnd().split('\n');
		const array = JSON.parse((await printed('json', '')).text) as unknown[];
		expect(lines).toHaveLength(85);
		expect(lines.map((l) => JSON.parse(l))).toEqual(array);
	});

	it('writes --csv and the table as their writers make them, the table through `fitTable`', async () => {
		const programs = reports.flatMap((r) => r.programs);
		expect((await printed('csv', '')).text).toBe(toCsv(programs, figures, sourceNames(reports)));
		const table = await printed('table', '', (t) => t.toUpperCase());
		expect(table.text).toBe(`${toTable(programs, figures).toUpperCase()}\n`);
		expect(table.pieces).toBe(1);
	});
});
