// loadReports on files shuro will meet: other encodings and line ends, other
// issuing bodies, bad paths and files that are not reports.
import {mkdtempSync, readFileSync, writeFileSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {loadReports} from '../../source/report/index.js';
import {parseStream} from '../../source/report/load-stream.js';
import {parseReport} from '../../source/report/parse.js';
import {FY2022_FILE, FY2024_FILE} from '../helpers/seeds.js';

const dir = mkdtempSync(join(tmpdir(), 'shuro-load-'));
const write = (name: string, data: string | Uint8Array) => {
	const path = join(dir, name);
	writeFileSync(path, data);
	return path;
};
const seed24 = readFileSync(FY2024_FILE, 'utf8');
const codes = (paths: string[]) => loadReports(paths).issues.map((i) => i.code);

describe('loadReports', () => {
	it('loads both reports of a file holding two years (a second title line)', () => {
		const seed22 = readFileSync(FY2022_FILE, 'utf8');
		const both = write('both.txt', `${seed24}\n${seed22}`);
		const {reports, issues} = loadReports([both]);
		expect(reports.map((r) => [r.fiscalYear, r.programs.length, r.file])).toEqual([
			[2024, 47, both],
			[2022, 38, both],
		]);
		expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
		// Line numbers are the file's: FY2022's first program row comes after all of FY2024.
		const offset = seed24.split('\n').length;
		expect(reports[1]?.programs[0]?.lines[0]).toBe(
			offset + (loadReports([FY2022_FILE]).reports[0]?.programs[0]?.lines[0] ?? 0),
		);
		// As the explorer's background load sees it: two reports; the file is done with the second.
		const events = [...parseStream([both])].flatMap((e) =>
			e.type === 'report' ? [[e.report.fiscalYear, e.done, e.files]] : [],
		);
		expect(events).toEqual([
			[2024, 0, 1],
			[2022, 1, 1],
		]);
	});

	it('loads a UTF-8 BOM + CRLF copy exactly like the original', () => {
		const crlf = write('crlf.txt', `\uFEFF${seed24.replace(/\n/g, '\r\n')}`);
		const a = loadReports([FY2024_FILE]).reports[0];
		const b = loadReports([crlf]).reports[0];
		expect(b?.programs.map((p) => [p.name, p.budget.yen, p.lines])).toEqual(
			a?.programs.map((p) => [p.name, p.budget.yen, p.lines]),
		);
	});

	it('reads files of any size whole: around the 1 MB read buffer, and small ones after big ones', () => {
		const original = loadReports([FY2024_FILE]).reports[0]?.programs.map((p) => p.lines);
		const bytes = Buffer.byteLength(seed24);
		for (const size of [2 ** 20 - 1, 2 ** 20, 2 ** 20 + 1, 3 * 2 ** 20]) {
			// The seed, then blank lines up to `size` bytes: the last line ends exactly there.
			const big = write(`big-${size}.txt`, seed24 + '\n'.repeat(size - bytes));
			const small = write(
				`small-${size}.txt`,
				seed24.replace('令和6年度 就労支援', '京都府 令和6年度 就労支援'),
			);
			const {reports, issues} = loadReports([big, small]);
			expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
			expect(reports.map((r) => r.body)).toEqual(['', '京都府']);
			for (const report of reports) expect(report.programs.map((p) => p.lines)).toEqual(original);
		}
	});

	it('reads the issuing body from the title line', () => {
		const osaka = write(
			'osaka.txt',
			seed24.replace('令和6年度 就労支援', '大阪府 令和6年度 就労支援'),
		);
		const {reports, issues} = loadReports([FY2024_FILE, osaka]);
		expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
		expect(reports.map((r) => r.body)).toEqual(['', '大阪府']);
		expect(reports[1]?.programs[0]?.id).toBe('大阪府|2024|1');
		expect(reports[1]?.programs[0]?.body).toBe('大阪府');
	});

	it('refuses a second report of the same body and year, naming both files', () => {
		const copy = write('copy.txt', seed24);
		const {reports, issues} = loadReports([FY2024_FILE, copy]);
		expect(reports).toHaveLength(1);
		expect(issues).toEqual([
			expect.objectContaining({
				code: 'duplicate-report',
				severity: 'error',
				file: copy,
				message: expect.stringContaining(FY2024_FILE),
			}),
		]);
		expect(codes([FY2024_FILE, FY2024_FILE])).toEqual(['duplicate-report']);
	});

	it('says what is wrong with bad paths and files', () => {
		expect(codes([join(dir, 'missing.txt')])).toEqual(['missing-path']);
		expect(codes([write('empty.txt', '')])).toEqual(['empty-file']);
		expect(codes([write('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))])).toEqual([
			'binary-file',
		]);
		expect(codes([write('prose.txt', 'hello\nworld\n')])).toEqual(['not-a-report']);
		expect(
			codes([
				write(
					'noera.txt',
					seed24.replace('令和6年度 就労支援事業計画 事業の実施状況', '就労支援事業計画'),
				),
			]),
		).toEqual(['no-era']);
		const empty = join(dir, 'emptydir');
		mkdirSync(empty, {recursive: true});
		expect(codes([empty])).toEqual(['no-reports']);
	});

	it('loads every report in a directory, in name order', () => {
		const d = join(dir, 'two');
		mkdirSync(d, {recursive: true});
		writeFileSync(join(d, 'b.txt'), readFileSync(FY2022_FILE));
		writeFileSync(join(d, 'a.txt'), seed24);
		writeFileSync(join(d, 'notes.md'), 'ignored');
		const {reports, issues} = loadReports([d]);
		expect(issues.filter((i) => i.severity !== 'info')).toHaveLength(1); // the garbage cell warning
		expect(reports.map((r) => r.fiscalYear)).toEqual([2024, 2022]);
	});

	it('warns with file:line for a row it cannot place, and loads the rest', () => {
		const text = `${seed24}\n999x\tgarbled\n`;
		const {report, issues} = parseReport(text, 'x.txt');
		expect(report?.programs).toHaveLength(47);
		expect(issues).toContainEqual(
			expect.objectContaining({code: 'unplaced-row', file: 'x.txt', line: 84}),
		);
	});

	it('never throws and always returns a model or issues, for any text', () => {
		const cell = fc.oneof(
			fc.string(),
			fc.constantFrom(
				'1',
				'○概要',
				'・項目',
				'約1.9億円',
				'令和6年度',
				'予算',
				'- 約3億円',
				'12 名前',
			),
		);
		const line = fc.array(cell, {maxLength: 8}).map((cells) => cells.join('\t'));
		fc.assert(
			fc.property(fc.array(line, {maxLength: 30}), (lines) => {
				const out = parseReport(lines.join('\n'), 'f.txt');
				expect(out.report !== null || out.issues.length > 0).toBe(true);
			}),
			{numRuns: 300},
		);
	});
});

describe('odd rows', () => {
	it('warns about text beyond the seven report columns', () => {
		const text =
			'令和5年度 就労支援事業計画 事業の実施状況\n1\tA\t○a\t約1億円\t1件\t1件\t件\tstray\n';
		const {report, issues} = parseReport(text, 'x.txt');
		expect(report?.programs[0]?.unit).toBe('件');
		expect(issues).toContainEqual(
			expect.objectContaining({
				code: 'garbage-cell',
				line: 2,
				message: expect.stringContaining('stray'),
			}),
		);
	});
	it('reads program numbers beyond 9999', () => {
		const text = '令和5年度 就労支援事業計画 事業の実施状況\n12345\tA\t○a\t約1億円\t1件\t1件\t件\n';
		expect(parseReport(text, 'x.txt').report?.programs[0]?.no).toBe(12345);
	});
});
