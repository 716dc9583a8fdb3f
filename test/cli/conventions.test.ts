// Command-line conventions (issue 16, clig.dev): -h -v, exit statuses, --year as people
// write it, one output format at a time, --ndjson, --quiet. The built CLI, stdout a pipe.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseFiscalYear, unknownYearMessage} from '../../source/fiscal-year.js';
import {resolveColor} from '../../source/color.js';
import {runCli} from '../helpers/run-cli.js';

describe('-h and -v', () => {
	it('-h prints the help and -v the version, as --help and --version do', () => {
		const help = runCli(['-h']);
		expect(help.status).toBe(0);
		expect(help.stdout).toContain('--json');
		expect(help.stdout).toBe(runCli(['--help']).stdout);
		const version = runCli(['-v']);
		expect(version.status).toBe(0);
		expect(version.stdout.trim()).toBe('0.1.0');
	});
	it('the help lists the exit statuses and the colour flags', () => {
		const help = runCli(['--help']).stdout;
		for (const text of ['--color', '--no-color', '--ndjson', '--quiet', 'NO_COLOR', '130', '143']) {
			expect(help).toContain(text);
		}
	});
});

describe('exit statuses', () => {
	it('0 when something was printed, 1 when a query matches nothing (as grep)', () => {
		expect(runCli(['--json', '女性']).status).toBe(0);
		const none = runCli(['--json', 'ぜったいにないことば']);
		expect(none.status).toBe(1);
		expect(JSON.parse(none.stdout)).toEqual([]);
		expect(runCli(['--csv', 'ぜったいにないことば']).status).toBe(1);
		expect(runCli(['ぜったいにないことば']).status).toBe(1);
		expect(runCli(['--ndjson', 'ぜったいにないことば']).stdout).toBe('');
	});
	it('2 for bad usage: --json with --csv, a bad --color, an unknown year', () => {
		const both = runCli(['--json', '--csv']);
		expect(both.status).toBe(2);
		expect(both.stderr).toBe('shuro: --json and --csv cannot be used together: choose one\n');
		expect(runCli(['--ndjson', '--json']).status).toBe(2);
		const color = runCli(['--color=sometimes', '--json']);
		expect(color.status).toBe(2);
		expect(color.stderr).toContain('--color takes auto, always or never');
	});
});

describe('--year as people write it', () => {
	it('reads 2024, FY2024, R6, 令和6, 令和6年度, full-width digits, 令和元年', () => {
		for (const text of [
			'2024',
			'FY2024',
			'fy2024',
			'R6',
			'r6',
			'令和6',
			'令和6年度',
			'令和６年度',
			' 2024 ',
		])
			expect(parseFiscalYear(text), text).toBe(2024);
		expect(parseFiscalYear('令和元年')).toBe(2019);
		expect(parseFiscalYear('H30')).toBe(2018);
		for (const text of ['R', '24', 'abc', 'FY20244', '令和', 'R0'])
			expect(parseFiscalYear(text)).toBeNull();
	});
	it('the CLI takes them all', () => {
		for (const year of ['R4', '令和4年度', 'FY2022']) {
			const out = runCli(['--json', '--year', year]);
			expect(out.status).toBe(0);
			const programs = JSON.parse(out.stdout) as Array<{fiscalYear: number}>;
			expect(programs).toHaveLength(38);
			expect(new Set(programs.map((p) => p.fiscalYear))).toEqual(new Set([2022]));
		}
	});
	it('an unknown year says which years are loaded (no NaN)', () => {
		const out = runCli(['--json', '--quiet', '--year', 'R5']);
		expect(out.status).toBe(2);
		expect(out.stderr).toBe(
			'shuro: no report for fiscal year 2023 (令和5年度); loaded: 2022 (令和4年度), 2024 (令和6年度)\n',
		);
		expect(unknownYearMessage(2019, [])).toBe(
			'no report for fiscal year 2019 (令和1年度); loaded: none',
		);
		const bad = runCli(['--year', 'R5x']);
		expect(bad.status).toBe(2);
		expect(bad.stderr).toContain('such as 2024, FY2024, R6 or 令和6年度');
	});
});

describe('--ndjson', () => {
	it('prints one program per line, the same objects as --json', () => {
		const nd = runCli(['--ndjson', '--year', '2024']);
		expect(nd.status).toBe(0);
		const lines = nd.stdout.trimEnd().split('\n');
		expect(lines).toHaveLength(47);
		const json = JSON.parse(runCli(['--json', '--year', '2024']).stdout) as unknown[];
		expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(json);
		expect(
			runCli(['--ndjson', '--limit', '2', 'テレワーク']).stdout.trimEnd().split('\n'),
		).toHaveLength(2);
	});
});

describe('--quiet', () => {
	it('hides load warnings in print modes; errors still show', () => {
		const loud = runCli(['--json', '--limit', '1']);
		expect(loud.stderr).toContain('warning:');
		const quiet = runCli(['--json', '--limit', '1', '--quiet']);
		expect(quiet.status).toBe(0);
		expect(quiet.stderr).toBe('');
		expect(runCli(['-q', '--csv', '--limit', '1']).stderr).toBe('');
		const dir = mkdtempSync(join(tmpdir(), 'shuro-quiet-'));
		const notReport = join(dir, 'x.txt');
		writeFileSync(notReport, 'hello\n');
		const error = runCli(['--json', '--quiet', '--data', notReport]);
		expect(error.status).toBe(2);
		expect(error.stderr).toContain('error:');
	});
});

describe('colour: flag, then FORCE_COLOR, then NO_COLOR, then TERM=dumb', () => {
	it('resolves as clig.dev, no-color.org and force-color.org say', () => {
		expect(resolveColor('auto', {})).toBe('auto');
		expect(resolveColor('auto', {NO_COLOR: '1'})).toBe('never');
		expect(resolveColor('auto', {NO_COLOR: ''})).toBe('auto');
		expect(resolveColor('auto', {TERM: 'dumb'})).toBe('never');
		expect(resolveColor('auto', {FORCE_COLOR: '1', NO_COLOR: '1'})).toBe('always');
		expect(resolveColor('auto', {FORCE_COLOR: '0'})).toBe('never');
		expect(resolveColor('always', {NO_COLOR: '1'})).toBe('always');
		expect(resolveColor('never', {FORCE_COLOR: '1'})).toBe('never');
	});
});
