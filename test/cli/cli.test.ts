// The built CLI, spawned end to end without a terminal (stdout is a pipe).
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {CLI, runCli} from '../helpers/run-cli.js';
import {FY2022_FILE, FY2024_FILE} from '../helpers/seeds.js';

type JsonProgram = {
	fiscalYear: number;
	no: number;
	name: string;
	noInferred: boolean;
	budget: {text: string; yen: number | null};
	schemaVersion: number;
	measures: Array<{
		part: string;
		label: string;
		plan: {value: number; unit: string} | null;
		actual: {value: number; unit: string} | null;
		ratio: number | null;
		percent: string | null;
		reason: {code: string; message: string} | null;
	}>;
	result: {measures: number; compared: number; reached: number; lowest: {ratio: number} | null};
	items: unknown[];
	links: Array<{fiscalYear: number; no: number; kind: string; score: number; reason: string}>;
	source: {file: string; line: number};
	matches?: Array<{field: string; ranges: number[][]}>;
};
const json = (args: string[]) => {
	const out = runCli(['--json', ...args]);
	expect(out.status).toBe(0);
	return JSON.parse(out.stdout) as JsonProgram[];
};

describe('the bin', () => {
	it('runs by itself, its launcher giving node its memory settings and gc()', () => {
		// A shell script that node reads too (issue 17: it chooses a startup snapshot or not).
		const text = readFileSync(CLI, 'utf8');
		expect(text.split('\n', 1)[0]).toBe('#!/bin/sh');
		expect(text).toContain("\nexport MALLOC_TRIM_THRESHOLD_='131072'\n");
		expect(text).toContain(
			"\nflags='--max-semi-space-size=2 --expose-gc --liftoff-only --no-flush-bytecode'\n",
		);
		expect(text).toContain('exec node $flags "$0" "$@"');
		const env = {...process.env, PATH: `${join(process.execPath, '..')}:${process.env.PATH}`};
		expect(execFileSync(CLI, ['--version'], {encoding: 'utf8', env}).trim()).toMatch(
			/^\d+\.\d+\.\d+$/,
		);
	});
});

describe('shuro --json', () => {
	it('prints every program of both seeds in report order', () => {
		const all = json([]);
		expect(all).toHaveLength(85);
		expect(all.slice(0, 2).map((p) => [p.fiscalYear, p.no])).toEqual([
			[2024, 1],
			[2024, 2],
		]);
		expect(all[47]).toMatchObject({fiscalYear: 2022, no: 1, name: '雇用創出・安定化支援事業'});
		const p2 = all.find((p) => p.fiscalYear === 2022 && p.no === 2);
		expect(p2?.budget).toMatchObject({text: '約2.9億円', yen: 290_000_000});
		expect(p2?.schemaVersion).toBe(4);
		expect(p2?.measures).toMatchObject([
			{label: '面接会参加人数', plan: {value: 1540}, actual: {value: 1559}, percent: '101%'},
		]);
		// FY2024 #25: three measures, one reached; the lowest is 25%, not the first's 100%.
		const p25 = all.find((p) => p.fiscalYear === 2024 && p.no === 25);
		expect(p25?.result).toMatchObject({measures: 3, compared: 3, reached: 1});
		expect(p25?.result.lowest?.ratio).toBeCloseTo(124 / 500);
		// FY2024 #23: 認定 planned, 支給 reported: no ratio, and why.
		const p23 = all.find((p) => p.fiscalYear === 2024 && p.no === 23);
		expect(p23?.measures[0]).toMatchObject({ratio: null, reason: {code: 'measure'}});
		expect(p2?.source).toMatchObject({file: FY2022_FILE, line: 7});
		const p13 = all.find((p) => p.fiscalYear === 2022 && p.no === 13);
		expect(p13?.noInferred).toBe(true);
		const p10 = all.find((p) => p.fiscalYear === 2024 && p.no === 10);
		expect(p10?.links[0]).toEqual({
			fiscalYear: 2022,
			no: 3,
			kind: 'same',
			score: 1,
			reason: '名称が同じ',
		});
		// Lineage besides the same name: FY2022 #30 lives on as FY2024 #47 under a new name.
		const p30 = all.find((p) => p.fiscalYear === 2022 && p.no === 30);
		expect(p30?.links[0]).toMatchObject({fiscalYear: 2024, no: 47, kind: 'renamed'});
		expect(p30?.links[0]?.score).toBeGreaterThanOrEqual(0.9);
		expect(p30?.links[0]?.reason).toMatch(/^概要の一致 0\.\d\d、名称の一致 0\.\d\d/);
		// FY2022 #6 is named in FY2024 #39's text: merged into it.
		const p6 = all.find((p) => p.fiscalYear === 2022 && p.no === 6);
		expect(p6?.links[0]).toMatchObject({fiscalYear: 2024, no: 39, kind: 'merged', score: 0.95});
		// Related programs come after the counterpart, and none is a counterpart.
		for (const p of all) expect(p.links.slice(1).every((l) => l.kind === 'related')).toBe(true);
	});

	it('ranks matches for a query and carries highlight ranges', () => {
		const found = json(['女性再就職支援事業']);
		expect(found[0]).toMatchObject({fiscalYear: 2024, no: 14, name: '女性再就職支援事業'});
		expect(found[0]?.matches?.[0]).toMatchObject({field: 'name'});
	});

	it('filters by --year and --limit', () => {
		const fy22 = json(['--year', '2022']);
		expect(fy22).toHaveLength(38);
		expect(new Set(fy22.map((p) => p.fiscalYear))).toEqual(new Set([2022]));
		expect(json(['--year', '2024', '--year', '2022'])).toHaveLength(85);
		expect(json(['--limit', '3'])).toHaveLength(3);
	});

	it('loads --data instead of the bundled seeds', () => {
		expect(json(['--data', FY2024_FILE])).toHaveLength(47);
	});
});

describe('shuro without a terminal', () => {
	it('prints an aligned table of the matches', () => {
		const out = runCli(['テレワーク']);
		expect(out.status).toBe(0);
		const lines = out.stdout.trimEnd().split('\n');
		expect(lines[0]).toMatch(/^年度\s+No\s+事業名\s+予算/);
		expect(lines[1]).toContain('テレワークの推進');
		expect(lines[1]).toContain('39.8億');
	});
	it('prints the whole table instead of waiting for input', () => {
		const out = runCli([]);
		expect(out.status).toBe(0);
		const lines = out.stdout.trimEnd().split('\n');
		// A header, one line per program, and one per measure under each program with several.
		expect(lines.filter((l) => l.startsWith('FY'))).toHaveLength(85);
		expect(lines.filter((l) => l.trimStart().startsWith('└'))).toHaveLength(84);
		expect(lines).toHaveLength(1 + 85 + 84);
	});
	it('prints CSV with a BOM, one row per measure (or per program or sub-item without one)', () => {
		const out = runCli(['--csv', '--year', '2024']);
		expect(out.stdout.startsWith('\uFEFFfiscal_year,era,no')).toBe(true);
		const rows = out.stdout.trimEnd().split('\r\n');
		expect(rows).toHaveLength(1 + 82);
		// Every FY2024 program has its first row; source files are named as the list names them.
		expect(rows.filter((r) => /^2024,令和6年度,\d+,false,1,/.test(r))).toHaveLength(47);
		expect(rows.every((r, i) => i === 0 || r.includes(',000_2ee8157e7a543789.txt,'))).toBe(true);
		expect(rows).toContainEqual(
			expect.stringContaining(
				',・テレワーク定着強化事業,,,,交付決定件数,1000,件,false,52,件,false,0.052,false,,',
			),
		);
	});
});

describe('errors', () => {
	const dir = mkdtempSync(join(tmpdir(), 'shuro-cli-'));
	it('a missing path: one line on stderr, exit 2', () => {
		const out = runCli(['--json', '--data', join(dir, 'nope.txt')]);
		expect(out.status).toBe(2);
		expect(out.stdout).toBe('');
		expect(out.stderr).toContain(`${join(dir, 'nope.txt')}: error: no such file or directory`);
		expect(out.stderr).not.toMatch(/at .*\.js:\d+/);
	});
	it('a file that is not a report, or a duplicate: exit 2 naming the files', () => {
		const png = join(dir, 'x.txt');
		writeFileSync(png, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]));
		const bad = runCli(['--json', '--data', png]);
		expect(bad.status).toBe(2);
		expect(bad.stderr).toContain('PNG image');
		const twin = join(dir, 'twin.txt');
		writeFileSync(
			twin,
			'令和6年度 就労支援事業計画 事業の実施状況\n1\tA\t○a\t約1億円\t1件\t1件\t件\n',
		);
		const dup = runCli(['--json', '--data', FY2024_FILE, '--data', twin]);
		expect(dup.status).toBe(2);
		expect(dup.stderr).toContain(
			`${twin}: error: duplicate report: 令和6年度 is also in ${FY2024_FILE}`,
		);
	});
	it('warns with file:line for an unplaceable row and still prints the rest', () => {
		const odd = join(dir, 'odd.txt');
		writeFileSync(
			odd,
			'令和5年度 就労支援事業計画 事業の実施状況\n1\tA\t○a\t約1億円\t1件\t1件\t件\nX9\tjunk\n',
		);
		const out = runCli(['--json', '--data', odd]);
		expect(out.status).toBe(0);
		expect(out.stderr).toContain(`${odd}:3: warning:`);
		expect(JSON.parse(out.stdout)).toHaveLength(1);
	});
	it('an unknown year or flag', () => {
		expect(runCli(['--json', '--year', '1999']).status).toBe(2);
		expect(runCli(['--bogus']).status).toBe(2);
		expect(runCli(['--limit', '-1']).status).toBe(2);
	});
	it('--help and --version', () => {
		const help = runCli(['--help']);
		expect(help.status).toBe(0);
		expect(help.stdout).toContain('--json');
		expect(help.stdout).toContain("'word");
		// Given to meow by the build (no run reads package.json for them): the same fields.
		const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
		expect(help.stdout).toContain(pkg.description);
		expect(runCli(['--version']).stdout.trim()).toBe(pkg.version);
	});
});

describe('shuro --changes', () => {
	it('prints the ended, new and renamed/merged/successor programs with totals', () => {
		const out = runCli(['--changes', '2022', '2024']);
		expect(out.status).toBe(0);
		expect(out.stdout).toContain('FY2022 → FY2024 の変化 (継続 8件は省略)');
		expect(out.stdout).toContain('  FY2022 No.2 早期再就職緊急支援事業 約2.9億');
		expect(out.stdout).toContain('  終了 計 24件 約88.5058億 (1件不明)');
		expect(out.stdout).toContain('  新規 計 33件 約78.53億');
		expect(out.stdout).toContain(
			'  名称変更 0.95: No.30 特定技能外国人雇用支援事業 約1.6億 → No.47 TOKYO特定技能Jobマッチング支援事業 1.9億 (≈+3,000万 (≈+19%))',
		);
		// The same with no years (the newest two), and the years in either order.
		expect(runCli(['--changes']).stdout).toBe(out.stdout);
		expect(runCli(['--changes', '2024', '2022']).stdout).toBe(out.stdout);
	});
	it('as JSON and CSV', () => {
		const json = JSON.parse(runCli(['--changes', '--json']).stdout) as Array<{
			changed: Array<{kind: string; older: {no: number}; newer: {no: number}; reason: string}>;
			ended: unknown[];
			started: unknown[];
		}>;
		expect(json[0]?.changed.map((c) => [c.kind, c.older.no, c.newer.no])).toEqual([
			['successor', 1, 16],
			['merged', 6, 39],
			['successor', 9, 15],
			['renamed', 30, 47],
			['successor', 31, 11],
			['renamed', 35, 20],
		]);
		expect([json[0]?.ended.length, json[0]?.started.length]).toEqual([24, 33]);
		const csv = runCli(['--changes', '--csv']).stdout.split('\r\n');
		expect(csv[0]).toBe(
			'\uFEFFbody,older_year,newer_year,group,kind,score,older_no,older_name,older_yen,newer_no,newer_name,newer_yen,change_yen,approximate,reason',
		);
		expect(csv).toContain(
			',2022,2024,changed,renamed,0.95,30,特定技能外国人雇用支援事業,160000000,47,TOKYO特定技能Jobマッチング支援事業,190000000,30000000,true,概要の一致 0.47、名称の一致 0.24',
		);
	});
	it('refuses years that are not loaded, with the loaded ones', () => {
		const out = runCli(['--changes', '2022', '2023']);
		expect(out.status).toBe(2);
		expect(out.stderr).toContain(
			'shuro: no report for fiscal year 2023 (令和5年度); loaded: 2022 (令和4年度), 2024 (令和6年度)',
		);
	});
});
