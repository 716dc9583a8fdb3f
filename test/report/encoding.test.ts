// Issue 19, group 2: one bad byte does not reject a UTF-8 report. The encoding is decided
// on the whole file's evidence; each line with invalid UTF-8 gets U+FFFD and a warning at
// its file:line; a file whose encoding cannot be decided gets one message naming that.
// The fixtures are made with iconv by test/fixtures/encoding/make.sh.
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {decode} from '../../source/report/decode.js';
import {loadReports} from '../../source/report/index.js';
import {runCli} from '../helpers/run-cli.js';

const fixture = (name: string) =>
	fileURLToPath(new URL(`../fixtures/encoding/${name}`, import.meta.url));

describe('a mostly-UTF-8 report with a fault stays UTF-8', () => {
	const cases: Array<[string, string, number]> = [
		['a truncated last character (a partial download)', 'truncated-last-char.txt', 15],
		['one Latin-1 é', 'latin1-byte.txt', 13],
		['one stray surrogate (CESU-8 ED A0 80)', 'stray-surrogate.txt', 12],
	];
	for (const [what, name, line] of cases) {
		it(`${what}: U+FFFD and a warning at ${name}:${line}; the rest loads`, () => {
			const {reports, issues} = loadReports([fixture(name)]);
			expect(reports.map((r) => [r.title, r.programs.length])).toEqual([
				['令和6年度 就労支援事業計画 事業の実施状況', 5],
			]);
			expect(issues.filter((i) => i.severity !== 'info')).toEqual([
				expect.objectContaining({
					code: 'invalid-bytes',
					severity: 'warning',
					file: fixture(name),
					line,
					message: expect.stringContaining('not UTF-8 replaced by U+FFFD'),
				}),
			]);
		});
	}

	it('keeps the replaced text where it was', () => {
		const {reports} = loadReports([fixture('latin1-byte.txt')]);
		expect(reports[0]?.programs[3]?.name).toBe('団体連携型DX人材育成推進事業\uFFFD');
		const surrogate = loadReports([fixture('stray-surrogate.txt')]).reports[0]?.programs[2];
		expect(surrogate?.summary[0]).toMatch(/^中\uFFFD+小企業/);
	});

	it('a whole Shift_JIS file still reads as Shift_JIS, with no warning', () => {
		const {reports, issues} = loadReports([fixture('shift-jis.txt')]);
		expect(reports[0]?.programs.map((p) => p.no)).toEqual([1, 2, 3, 4, 5]);
		expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
	});

	it('a U+FFFD the file itself holds is text, not a fault', () => {
		const bytes = new TextEncoder().encode('令和6年度\n�\n');
		expect(decode(bytes)).toEqual({ok: true, text: '令和6年度\n�\n', encoding: 'utf-8'});
		const bad = new Uint8Array([...bytes, 0xe4, 0xbb]);
		expect(decode(bad)).toMatchObject({ok: true, faults: [{line: 3, count: 1}]});
	});
});

describe('a file whose encoding cannot be decided: one message naming the encoding', () => {
	it('half UTF-8, half Shift_JIS', () => {
		const {reports, issues} = loadReports([fixture('half-shift-jis.txt')]);
		expect(reports).toEqual([]);
		expect(issues).toEqual([
			expect.objectContaining({
				code: 'bad-encoding',
				severity: 'error',
				message: expect.stringMatching(/^cannot tell the file's encoding: .*Shift_JIS/),
			}),
		]);
		expect(issues[0]?.message).not.toContain('title');
	});

	it('Shift_JIS behind a UTF-8 byte-order mark', () => {
		const {issues} = loadReports([fixture('shift-jis-behind-bom.txt')]);
		expect(issues).toEqual([
			expect.objectContaining({
				code: 'bad-encoding',
				message: expect.stringContaining('UTF-8 byte-order mark'),
			}),
		]);
	});

	it('the CLI says so in one line and exits 2', () => {
		const out = runCli(['--json', '--data', fixture('half-shift-jis.txt')]);
		expect(out.status).toBe(2);
		expect(out.stderr).toMatch(
			/^shuro: \S+half-shift-jis\.txt: error: cannot tell the file's encoding: [^\n]+\nshuro: no report could be loaded\n$/,
		);
		const ok = runCli(['--json', '--data', fixture('latin1-byte.txt')]);
		expect(ok.status).toBe(0);
		expect(ok.stderr).toMatch(
			/^shuro: \S+latin1-byte\.txt:13: warning: a byte sequence that is not UTF-8 replaced by U\+FFFD\n$/,
		);
	});
});
