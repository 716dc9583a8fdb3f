// Issue 6: every bad input file gets a correct load or a clear one-line message naming
// the file (and line) on stderr — never a stack trace, a hang or a silent partial load.
// The built CLI without a terminal (print mode: exit 2 on errors). docs/bad-input.md
// lists the same cases.
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {CLI, runCli} from '../helpers/run-cli.js';
import {FY2024_FILE} from '../helpers/seeds.js';

const dir = mkdtempSync(join(tmpdir(), 'shuro-bad-'));
const TITLE = '令和6年度 就労支援事業計画 事業の実施状況';
const ROW = (no: number, name: string) => `${no}\t${name}\t○概要\t約1億円\t10件\t8件\t件`;
const file = (name: string, content: string | Uint8Array) => {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
};
type Out = ReturnType<typeof runCli>;
const programs = (out: Out) => (JSON.parse(out.stdout) as Array<{no: number; name: string}>).length;
/** Every stderr line is one `shuro: …` message; no stack frames. */
function expectCleanStderr(out: Out) {
	for (const line of out.stderr.trimEnd().split('\n').filter(Boolean)) {
		expect(line).toMatch(/^shuro: /);
	}
	expect(out.stderr).not.toMatch(/^\s+at |Error:|node:internal/m);
}
const seed = readFileSync(FY2024_FILE, 'utf8');

describe('files that cannot be loaded: exit 2, one error line naming the file', () => {
	const cases: Array<[string, () => string, string]> = [
		['a missing path', () => join(dir, 'nope.txt'), 'error: no such file or directory'],
		[
			'a directory with no reports',
			() => {
				mkdirSync(join(dir, 'empty-dir'), {recursive: true});
				file('empty-dir/readme.md', '# not a report');
				return join(dir, 'empty-dir');
			},
			'error: no report files (.txt .tsv .tab .text) in the directory',
		],
		['an empty file', () => file('empty.txt', ''), 'error: the file is empty'],
		[
			'a PNG handed by mistake',
			() =>
				file(
					'img.txt',
					new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
				),
			'error: not a text report: looks like PNG image',
		],
		[
			'a PDF handed by mistake',
			() => file('doc.txt', '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\n'),
			'error: not a text report: looks like PDF document',
		],
		[
			'a title line without an era',
			() => file('noera.txt', `就労支援事業計画 事業の実施状況\n${ROW(1, 'A')}\n`),
			'error: the title line names no fiscal year',
		],
	];
	for (const [what, make, message] of cases) {
		it(what, () => {
			const path = make();
			const out = runCli(['--json', '--data', path]);
			expect(out.status).toBe(2);
			expect(out.stdout).toBe('');
			expect(out.stderr.split('\n')[0]?.startsWith(`shuro: ${path}: ${message}`)).toBe(true);
			expectCleanStderr(out);
			// The table mode says the same.
			expect(runCli(['--data', path]).status).toBe(2);
		});
	}

	it('the same file given twice: loaded once, with a warning', () => {
		const out = runCli(['--json', '--data', FY2024_FILE, '--data', FY2024_FILE]);
		expect(out.status).toBe(0);
		expect(JSON.parse(out.stdout)).toHaveLength(47);
		expect(out.stderr.trimEnd().split('\n')).toEqual([
			`shuro: ${FY2024_FILE}: warning: the same file was given twice; loaded once`,
		]);
	});
});

describe('encodings and line ends load exactly like the UTF-8 original', () => {
	const reference = programs(runCli(['--json', '--data', FY2024_FILE]));
	const encode = (encoding: string) =>
		execFileSync('iconv', ['-f', 'UTF-8', '-t', encoding], {input: seed});
	const variants: Array<[string, () => Uint8Array | string]> = [
		['Shift_JIS/CP932', () => encode('CP932')],
		['UTF-16 LE with BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe]), encode('UTF-16LE')])],
		['UTF-16 BE with BOM', () => Buffer.concat([Buffer.from([0xfe, 0xff]), encode('UTF-16BE')])],
		['UTF-8 with BOM', () => `\uFEFF${seed}`],
		['CRLF line ends', () => seed.replace(/\n/g, '\r\n')],
		['lone CR line ends', () => seed.replace(/\n/g, '\r')],
	];
	for (const [what, make] of variants) {
		it(what, () => {
			const path = file(`${what.replace(/\W+/g, '-')}.txt`, make());
			const out = runCli(['--json', '--data', path]);
			expect(out.status).toBe(0);
			expect(programs(out)).toBe(reference);
			expect(reference).toBe(47);
		});
	}
});

describe('partial loads say what was skipped', () => {
	it('a line of 100,000 characters: cut with a long-line warning naming file:line', () => {
		const path = file(
			'long.txt',
			`${TITLE}\n${ROW(1, 'A')}\n2\tB\t○${'長'.repeat(100_000)}\t約2億円\t1件\t1件\t件\n`,
		);
		const out = runCli(['--json', '--data', path]);
		expect(out.status).toBe(0);
		expect(out.stderr.trimEnd().split('\n')).toEqual([
			`shuro: ${path}:3: warning: line is longer than 20,000 characters; the rest of it was cut`,
		]);
		const loaded = JSON.parse(out.stdout) as Array<{no: number; summary: string}>;
		expect(loaded.map((p) => p.no)).toEqual([1, 2]);
		expect(loaded[1]?.summary.length).toBeLessThanOrEqual(20_000);
	});

	it('rows with too many or too few cells load; rows that cannot be placed are named', () => {
		const path = file(
			'cells.txt',
			`${TITLE}\n${ROW(1, 'A')}\textra\tcells\there\n${ROW(2, 'B')}\nX9\tjunk\n3\tC\t○c\n`,
		);
		const out = runCli(['--json', '--data', path]);
		expect(out.status).toBe(0);
		expect(out.stderr).toContain(
			`shuro: ${path}:4: warning: row could not be placed; skipped: "X9 junk"`,
		);
		expectCleanStderr(out);
		const loaded = JSON.parse(out.stdout) as Array<{no: number; name: string}>;
		expect(loaded.map((p) => [p.no, p.name])).toEqual([
			[1, 'A'],
			[2, 'B'],
			[3, 'C'],
		]);
	});

	it('a file repeating one problem thousands of times: five lines, then a count', () => {
		const rows = Array.from({length: 2000}, (_, i) => `X${i}\tjunk`).join('\n');
		const path = file('noisy.txt', `${TITLE}\n${ROW(1, 'A')}\n${rows}\n`);
		const out = runCli(['--json', '--data', path]);
		expect(out.status).toBe(0);
		const lines = out.stderr.trimEnd().split('\n');
		expect(lines).toHaveLength(6);
		expect(lines[5]).toBe(
			`shuro: ${path}: warning: 1,995 more like this (unplaced-row); --verbose lists them all`,
		);
		expect(
			runCli(['--json', '--verbose', '--data', path]).stderr.trimEnd().split('\n').length,
		).toBeGreaterThanOrEqual(2000);
	});
});

describe('large inputs', () => {
	it('a 50 MB report loads in reasonable time', () => {
		// Seed program rows under one title, renumbered; the parser takes numbers up to 9999,
		// so each summary is repeated to reach 50 MB with 9,000 programs.
		const rows = seed
			.split('\n')
			.filter((l) => /^\d+\t/.test(l))
			.map((l) => l.split('\t').slice(1));
		const parts = [`${TITLE}\n`];
		let size = Buffer.byteLength(parts[0] ?? '');
		for (let no = 1; no <= 9000; no++) {
			const [name = '', summary = '', ...rest] = rows[no % rows.length] ?? [];
			const line = `${no}\t${name}\t${summary.repeat(Math.max(1, Math.ceil(5600 / Buffer.byteLength(summary || 'x'))))}\t${rest.join('\t')}\n`;
			parts.push(line);
			size += Buffer.byteLength(line);
		}
		expect(size).toBeGreaterThan(50 * 1024 * 1024);
		const path = file('big.txt', parts.join(''));
		const started = Date.now();
		const run = spawnSync(process.execPath, [CLI, '--csv', '--data', path], {
			encoding: 'utf8',
			maxBuffer: 1024 * 1024 * 1024,
			timeout: 50_000,
		});
		const out = {status: run.status, stdout: run.stdout, stderr: run.stderr};
		const seconds = (Date.now() - started) / 1000;
		expect(out.status).toBe(0);
		expectCleanStderr(out);
		// Header + 9,000 programs + their sub-items.
		expect(out.stdout.split('\r\n').length).toBeGreaterThan(9000);
		expect(seconds).toBeLessThan(25);
	}, 60_000);

	it('200 files in one directory (200 issuing bodies)', () => {
		const many = join(dir, 'many');
		mkdirSync(many, {recursive: true});
		for (let i = 1; i <= 200; i++) {
			writeFileSync(
				join(many, `r${String(i).padStart(3, '0')}.txt`),
				`県${i} ${TITLE}\n${ROW(1, `県${i}の事業A`)}\n${ROW(2, `県${i}の事業B`)}\n`,
			);
		}
		const out = runCli(['--json', '--data', many]);
		expect(out.status).toBe(0);
		expect(out.stderr).toBe('');
		expect(programs(out)).toBe(400);
		expect(runCli(['--data', many, '県137の事業B']).stdout).toContain('県137の事業B');
	});
});

describe('stdout or stderr closed early', () => {
	const bash = (script: string) => execFileSync('bash', ['-c', script], {encoding: 'utf8'});
	it('`shuro --json | head -c 1`: status 0, no EPIPE trace', () => {
		const err = join(dir, 'epipe.err');
		const status = bash(
			`node '${CLI}' --json 2>'${err}' | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`,
		);
		expect(status.trim()).toBe('0');
		// Only the seed's own warning; no EPIPE, no stack.
		expect(readFileSync(err, 'utf8')).not.toMatch(/EPIPE|^\s+at |internal error/m);
	});
	it('`shuro 2>&1 | head -c 1` with warnings on stderr: status 0', () => {
		const rows = Array.from({length: 50}, (_, i) => `X${i}\tjunk`).join('\n');
		const path = file('warns.txt', `${TITLE}\n${ROW(1, 'A')}\n${rows}\n`);
		const status = bash(
			`node '${CLI}' --verbose --data '${path}' 2>&1 | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`,
		);
		expect(status.trim()).toBe('0');
	});
});
