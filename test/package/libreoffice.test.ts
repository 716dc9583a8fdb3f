// `shuro --csv` opened by a spreadsheet (issue 16): headless LibreOffice reads the
// Japanese right and the numeric columns as numbers. Skipped where LibreOffice is not
// installed (apt-get install libreoffice-calc-nogui). LibreOffice 7.4 run headless does
// not take the BOM as UTF-8 by itself, so the import names the character set (76 =
// UTF-8), as README "CSV" tells people to choose in the import dialog.
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import {CSV_HEADER} from '../../source/output/csv.js';
import {runCli} from '../helpers/run-cli.js';

function hasLibreOffice(): boolean {
	try {
		execFileSync('soffice', ['--version'], {stdio: 'ignore', timeout: 60_000});
		return true;
	} catch {
		return false;
	}
}

type Cell = {type: string | null; text: string};

/** The rows of a flat ODF spreadsheet, each cell with its value type and text. */
function rows(fods: string): Cell[][] {
	const decode = (s: string) =>
		s
			.replace(/<[^>]+>/g, '')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&apos;/g, "'")
			.replace(/&amp;/g, '&')
			.trim();
	return [...fods.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)].map(
		([, row]) => {
			const cells: Cell[] = [];
			for (const m of (row ?? '').matchAll(
				/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g,
			)) {
				const attributes = m[1] ?? '';
				const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attributes)?.[1] ?? 1);
				const type = /office:value-type="(\w+)"/.exec(attributes)?.[1] ?? null;
				for (let i = 0; i < Math.min(repeat, 64); i++) cells.push({type, text: decode(m[2] ?? '')});
			}
			return cells;
		},
	);
}

describe.skipIf(!hasLibreOffice())('the CSV in LibreOffice', () => {
	it('reads the Japanese as written and the numeric columns as numbers', () => {
		const dir = mkdtempSync(join(tmpdir(), 'shuro-lo-'));
		try {
			const csv = join(dir, 'programs.csv');
			const out = runCli(['--csv', '--quiet', '女性再就職']);
			writeFileSync(csv, out.stdout);
			const run = spawnSync(
				'soffice',
				[
					`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
					'--headless',
					'--infilter=CSV:44,34,76,1',
					'--convert-to',
					'fods',
					'--outdir',
					dir,
					csv,
				],
				{encoding: 'utf8', timeout: 120_000},
			);
			expect(run.status).toBe(0);
			const table = rows(readFileSync(join(dir, 'programs.fods'), 'utf8'));
			const header = table[0]?.slice(0, CSV_HEADER.length).map((c) => c.text);
			expect(header).toEqual(CSV_HEADER); // no BOM left in the first cell
			const column = (name: string) => CSV_HEADER.indexOf(name);
			const first = table[1] ?? [];
			expect(first[column('name')]).toEqual({type: 'string', text: '女性再就職支援事業'});
			expect(first[column('era')]?.text).toBe('令和6年度');
			expect(first[column('budget_text')]?.text).toBe('247百万円');
			for (const [name, value] of [
				['fiscal_year', '2024'],
				['no', '14'],
				['budget_yen', '247000000'],
				['plan_value', '275'],
				['actual_value', '250'],
			] as const) {
				expect(first[column(name)], name).toEqual({type: 'float', text: value});
			}
			expect(first[column('ratio')]?.type).toBe('float');
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	}, 180_000);
});
