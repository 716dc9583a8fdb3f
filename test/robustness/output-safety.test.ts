// Issue 6: report text is untrusted. Whatever a report contains, the printed outputs
// (table, CSV, --json, --help, load messages) never carry a raw escape sequence, C1
// control or BiDi override to the terminal; JSON keeps the text exactly, as \u escapes.
import fc from 'fast-check';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {csvField} from '../../source/output/csv.js';
import {toJsonText} from '../../source/output/json.js';
import {sanitize, sanitizeData} from '../../source/text/sanitize.js';
import {runCli} from '../helpers/run-cli.js';

// Anything a terminal would act on: C0 except tab/newline, DEL, C1, BiDi controls.
const UNSAFE =
	/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const UNSAFE_CRLF =
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

const dir = mkdtempSync(join(tmpdir(), 'shuro-evil-out-'));
const NAME = '悪意\u001B]0;PWNED\u0007名\u001B[2J\u009B31m\u202E反転\u200B';
const evil = join(dir, 'evil\u001B[31m.txt');
writeFileSync(
	evil,
	[
		'令和6年度 就労支援事業計画 事業の実施状況',
		`1\t${NAME}\t○概要\u001B]52;c;cm0gLXJmIH4=\u0007です\t約1億円\t1件\u0085\t1件\t件\u2066`,
		'2\t=HYPERLINK("http://x")\t○b\t約2億円\t2件\t2件\t件',
		'X9\tjunk\u001B[2J\u009Bm',
		'',
	].join('\n'),
);

describe('printed outputs are inert on a terminal', () => {
	it('the table shows control pictures', () => {
		const out = runCli(['--data', evil]);
		expect(out.status).toBe(0);
		expect(out.stdout).not.toMatch(UNSAFE);
		expect(out.stdout).toContain('悪意␛]0;PWNED␇名␛[2J');
	});

	it('load messages quoting report text or a file name are sanitised', () => {
		const out = runCli(['--data', evil]);
		expect(out.stderr).not.toMatch(UNSAFE);
		expect(out.stderr).toContain(
			'evil␛[31m.txt:4: warning: row could not be placed; skipped: "X9 junk␛[2J�m"',
		);
	});

	it('CSV keeps the text but neutralises controls and BiDi (pictures, as on screen)', () => {
		const out = runCli(['--csv', '--data', evil]);
		expect(out.status).toBe(0);
		expect(out.stdout).not.toMatch(UNSAFE_CRLF);
		expect(out.stdout).toContain(',悪意␛]0;PWNED␇名␛[2J�31m反転\u200B,');
		// A formula stays text in a spreadsheet.
		expect(out.stdout).toContain(`,"'=HYPERLINK(""http://x"")",`);
	});

	it('--json keeps the exact text, with C1 and BiDi escaped too', () => {
		const out = runCli(['--json', '--data', evil]);
		expect(out.status).toBe(0);
		expect(out.stdout).not.toMatch(UNSAFE_CRLF);
		expect(out.stdout).toContain(
			String.raw`"name": "悪意\u001b]0;PWNED\u0007名\u001b[2J\u009B31m\u202E反転\u200B"`,
		);
		const parsed = JSON.parse(out.stdout) as Array<{name: string}>;
		expect(parsed[0]?.name).toBe(NAME);
	});

	it('--json is valid JSON even with warnings (they go to stderr)', () => {
		const out = runCli(['--json', '--data', evil]);
		expect(out.stderr).toContain('warning:');
		expect(() => JSON.parse(out.stdout)).not.toThrow();
	});

	it('--help', () => {
		const out = runCli(['--help']);
		expect(out.status).toBe(0);
		expect(out.stdout).not.toMatch(UNSAFE);
	});
});

describe('output encoders, for any text', () => {
	const nasty = fc.string({unit: 'binary', maxLength: 60});
	it('toJsonText round-trips exactly and writes no unsafe character', () => {
		fc.assert(
			fc.property(fc.array(nasty, {maxLength: 5}), (texts) => {
				const json = toJsonText(texts);
				expect(json).not.toMatch(UNSAFE_CRLF);
				expect(JSON.parse(json)).toEqual(texts);
			}),
			{numRuns: 500},
		);
	});
	it('csvField and sanitizeData leave no control but tab/newline, and no BiDi', () => {
		fc.assert(
			fc.property(nasty, (text) => {
				expect(sanitizeData(text)).not.toMatch(UNSAFE);
				expect(csvField(text)).not.toMatch(UNSAFE_CRLF);
				expect(sanitize(text)).not.toMatch(/[\t\n\r]/);
			}),
			{numRuns: 1000},
		);
	});
});
