// Issue 19: rows damaged by PDF extraction keep their programs. A row whose number
// continues the program sequence is a program even when it lost every cell but its
// number and name; a second title starts another report; an overflowing amount is no
// figure, with a warning.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {decode} from '../../source/report/decode.js';
import type {Program} from '../../source/report/model.js';
import {parseReport} from '../../source/report/parse.js';
import {FY2022_FILE, FY2024_FILE} from '../helpers/seeds.js';

const seedLines = (file: string) => {
	const decoded = decode(readFileSync(file));
	if (!decoded.ok) throw new Error(`cannot decode ${file}`);
	return decoded.text.split('\n');
};
const SEEDS = {2024: seedLines(FY2024_FILE), 2022: seedLines(FY2022_FILE)};

/** The seed's lines with line `line` (1-based) replaced. */
function withLine(lines: string[], line: number, text: string): string {
	const copy = [...lines];
	copy[line - 1] = text;
	return copy.join('\n');
}

const shape = (p: Program) => ({
	no: p.no,
	pillar: p.pillar?.no,
	items: p.items.map((i) => i.line),
	lines: p.lines,
});

/** A program row cut right after its name: `38 テレワークの推進` (joined) or `15⇥name`. */
function cutAfterName(row: string): string {
	const cells = row.split('\t');
	return /^[0-9]+ /.test(cells[0] ?? '') ? (cells[0] as string) : cells.slice(0, 2).join('\t');
}
/** The same row with every cell after the name emptied (the tabs kept). */
function emptiedAfterName(row: string): string {
	const kept = cutAfterName(row).split('\t');
	return [
		...kept,
		...row
			.split('\t')
			.slice(kept.length)
			.map(() => ''),
	].join('\t');
}

describe('a program row that lost its cells stays a program', () => {
	for (const year of [2024, 2022] as const) {
		const lines = SEEDS[year];
		const original = parseReport(lines.join('\n'), 'seed.txt').report;
		const programs = original?.programs ?? [];
		it(`FY${year}: every program row cut after its name, or emptied, keeps its program and sub-items`, () => {
			expect(programs.length).toBeGreaterThan(30);
			// Rows that had lost their number already (noInferred) are programs only by their
			// ○ summary; without it they are unplaced-row warnings (conservation.test.ts).
			for (const program of programs.filter((p) => !p.noInferred)) {
				const row = lines[(program.lines[0] as number) - 1] as string;
				for (const damaged of [cutAfterName(row), emptiedAfterName(row)]) {
					const out = parseReport(withLine(lines, program.lines[0] as number, damaged), 'f.txt');
					const after = out.report?.programs ?? [];
					expect(after.map(shape), `no. ${program.no}: ${damaged}`).toEqual(programs.map(shape));
					const again = after.find((p) => p.no === program.no);
					expect(again?.name).toBe(program.name);
				}
			}
		});
	}

	it('FY2024 line 29 `15⇥女性ITエンジニア育成事業` is program 15, not a pillar holding 16–18', () => {
		const lines = SEEDS[2024];
		const line = lines.findIndex((l) => l.startsWith('15\t女性ITエンジニア育成事業')) + 1;
		const out = parseReport(
			withLine(lines, line, '15\t女性ITエンジニア育成事業\t\t\t\t\t'),
			'f.txt',
		);
		const report = out.report;
		expect(report?.pillars.map((p) => p.no)).toEqual([1, 2, 3]);
		expect(report?.programs.map((p) => p.no)).toEqual(Array.from({length: 47}, (_, i) => i + 1));
		const p15 = report?.programs.find((p) => p.no === 15);
		expect(p15).toMatchObject({name: '女性ITエンジニア育成事業', pillar: {no: 1}});
		expect(p15?.budget).toEqual({text: '', yen: null, approximate: false});
		expect(report?.programs.find((p) => p.no === 16)?.pillar?.no).toBe(1);
		expect(out.issues).toContainEqual(
			expect.objectContaining({code: 'incomplete-row', severity: 'warning', line}),
		);
		expect(out.issues.filter((i) => i.code === 'number-gap')).toEqual([]);
	});

	it('FY2022 line 72 cut to `38 テレワークの推進` keeps no. 38 with its four sub-items', () => {
		const lines = SEEDS[2022];
		expect(lines[71]).toMatch(/^38 テレワークの推進\t/);
		const out = parseReport(withLine(lines, 72, '38 テレワークの推進'), 'f.txt');
		const p38 = out.report?.programs.find((p) => p.no === 38);
		expect(p38?.name).toBe('テレワークの推進');
		expect(p38?.items).toHaveLength(4);
		expect(out.report?.programs.find((p) => p.no === 37)?.items).toHaveLength(0);
		expect(out.report?.pillars).toHaveLength(5);
	});

	it('a name longer than the 20,000-character cut stays a program', () => {
		const lines = SEEDS[2024];
		const line = lines.findIndex((l) => l.startsWith('15\t')) + 1;
		const name = '女'.repeat(25_000);
		const row = (lines[line - 1] as string).split('\t');
		row[1] = name;
		const out = parseReport(withLine(lines, line, row.join('\t')), 'f.txt');
		const p15 = out.report?.programs.find((p) => p.no === 15);
		expect(p15?.name).toBe('女'.repeat(20_000 - 3));
		expect(out.report?.pillars.map((p) => p.no)).toEqual([1, 2, 3]);
		expect(out.issues.map((i) => [i.code, i.line])).toEqual(
			expect.arrayContaining([
				['long-line', line],
				['incomplete-row', line],
			]),
		);
	});

	it('a real pillar heading k before program k stays a pillar (both seeds unchanged)', () => {
		for (const year of [2024, 2022] as const) {
			const out = parseReport(SEEDS[year].join('\n'), 'seed.txt');
			expect(out.issues.filter((i) => i.code === 'incomplete-row')).toEqual([]);
		}
	});
});

describe('a second title line', () => {
	const head =
		'令和6年度 就労支援事業計画 事業の実施状況\n1\t柱\n1\tA\t○a\t約1億円\t1件\t1件\t件\n2\tB\t○b\t約2億円\t2件\t2件\t件';
	it('naming another year starts a new report with its own year', () => {
		const text = `${head}\n令和5年度 就労支援事業計画 事業の実施状況\n1\tC\t○c\t約3億円\t3件\t3件\t件`;
		const out = parseReport(text, 'two.txt');
		expect(out.reports.map((r) => [r.fiscalYear, r.programs.map((p) => p.name)])).toEqual([
			[2024, ['A', 'B']],
			[2023, ['C']],
		]);
		expect(out.reports[1]?.programs[0]).toMatchObject({
			fiscalYear: 2023,
			era: '令和5年度',
			lines: [6],
			pillar: null,
		});
		expect(out.titleLines).toEqual([1, 5]);
	});

	it('glued to the last row of the report before it (`cat a.txt b.txt`, no final line end), it still starts a new report', () => {
		const a = SEEDS[2024].join('\n');
		const b = SEEDS[2022].join('\n');
		expect(a.endsWith('\t')).toBe(true); // the seed's last line has no line end
		const view = (text: string) =>
			parseReport(text, 'f.txt').reports.map((r) => ({
				year: r.fiscalYear,
				pillars: r.pillars.map((p) => p.title),
				programs: r.programs.map((p) => [p.no, p.name, p.budget.yen, p.items.length, p.unit]),
			}));
		const both = view(a + b);
		expect(both).toEqual([...view(a), ...view(b)]);
		// Glued into the text of a cell, too.
		const glued = view(`${a.slice(0, -1)}${b}`);
		expect(glued.map((r) => [r.year, r.programs.length])).toEqual([
			[2024, 47],
			[2022, 38],
		]);
	});

	it('repeating the same year is a page header, not a new report', () => {
		const text = `${head}\n令和6年度 就労支援事業計画 事業の実施状況\n3\tC\t○c\t約3億円\t3件\t3件\t件`;
		const out = parseReport(text, 'f.txt');
		expect(out.reports).toHaveLength(1);
		expect(out.report?.programs.map((p) => p.no)).toEqual([1, 2, 3]);
		expect(out.frameLines).toContain(5);
	});

	it('a lone line naming another year is a warning naming its line, never ignored', () => {
		const text = `${head}\n令和3年度\n3\tC\t○c\t約3億円\t3件\t3件\t件`;
		const out = parseReport(text, 'f.txt');
		expect(out.reports).toHaveLength(1);
		expect(out.issues).toContainEqual(
			expect.objectContaining({code: 'stray-title', severity: 'warning', line: 5}),
		);
	});

	it('a second report with no programs is an error naming its title line', () => {
		const out = parseReport(`${head}\n令和5年度 就労支援事業計画 事業の実施状況\n`, 'f.txt');
		expect(out.reports).toHaveLength(1);
		expect(out.issues).toContainEqual(
			expect.objectContaining({code: 'not-a-report', severity: 'error', line: 5}),
		);
		// Its pillar headings are named too.
		const pillars = parseReport(
			`${head}\n令和5年度 就労支援事業計画 事業の実施状況\n4\t柱`,
			'f.txt',
		);
		expect(pillars.issues).toContainEqual(
			expect.objectContaining({code: 'unplaced-row', severity: 'warning', line: 6}),
		);
	});
});

describe('amounts', () => {
	it('an amount past exact integers has no yen figure and a warning, not 1e+23', () => {
		const text =
			'令和6年度 就労支援事業計画 事業の実施状況\n1\tA\t○a\t99999999999999999999999円\t1件\t1件\t件\n\t\t・x\t約1000000000000000000000億円\t\t\t';
		const out = parseReport(text, 'f.txt');
		const p = out.report?.programs[0];
		expect(p?.budget).toEqual({text: '99999999999999999999999円', yen: null, approximate: false});
		expect(p?.items[0]?.budget.yen).toBeNull();
		expect(out.issues.filter((i) => i.code === 'amount-overflow').map((i) => i.line)).toEqual([
			2, 3,
		]);
	});

	it('the largest exact amount still reads', () => {
		const text = '令和6年度 就労支援事業計画 事業の実施状況\n1\tA\t○a\t9007199254740991円\t\t\t';
		expect(parseReport(text, 'f.txt').report?.programs[0]?.budget.yen).toBe(9007199254740991);
	});
});
