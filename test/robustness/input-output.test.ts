// Issue 19, group 5: input and output details. Escape sequences Ink has no name for are
// dropped from the search line; U+200D is dropped; TERM=dumb prints the table; the table
// printed on a terminal fits it; a closed stdout is an error (70); bad flag values and
// unknown flags are one `shuro:` line; --data needs a path; sub-directories and symlinked
// duplicates are warnings; the query is capped.
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import stringWidth from 'string-width';
import {afterEach, describe, expect, it} from 'vitest';
import {withoutCtrlModifier, withoutForeignSequences} from '../../source/ink/key-input.js';
import {sanitize} from '../../source/text/sanitize.js';
import {CLI, runCli} from '../helpers/run-cli.js';
import {FY2022_FILE, FY2024_FILE} from '../helpers/seeds.js';
import {hasTmux, type Session, startSession} from '../helpers/terminal-session.js';

const dir = mkdtempSync(join(tmpdir(), 'shuro-io-'));
const seed = readFileSync(FY2024_FILE, 'utf8');

const FOREIGN: Array<[string, string]> = [
	['F13 (Shift-F1)', '\u001B[1;2P'],
	['ESC[25~ (F13 on rxvt)', '\u001B[25~'],
	['kitty keyboard F13', '\u001B[57376u'],
	['SGR mouse press', '\u001B[<0;10;5M'],
	['SGR mouse release', '\u001B[<0;10;5m'],
	['X10 mouse report', '\u001B[M !!'],
	['urxvt mouse report', '\u001B[32;10;5M'],
	['an OSC reply', '\u001B]11;rgb:0000/0000/0000\u0007'],
];

describe('escape sequences in key input', () => {
	it('drops those Ink has no name for', () => {
		for (const [what, sequence] of FOREIGN) {
			expect(withoutForeignSequences(`a${sequence}b`), what).toBe('ab');
		}
	});
	it('keeps the keys Ink names, and Esc itself', () => {
		for (const key of [
			'\u001B[A',
			'\u001B[1;2B',
			'\u001B[H',
			'\u001B[F',
			'\u001B[5~',
			'\u001B[6~',
			'\u001B[3~',
			'\u001B[15~',
			'\u001B[24~',
			'\u001BOP',
			'\u001BOA',
			'\u001B[Z',
			'\u001B',
			'テレ\u001B[Dワ',
		]) {
			expect(withoutForeignSequences(key)).toBe(key);
		}
		expect(withoutForeignSequences(withoutCtrlModifier('\u001B[1;5A'))).toBe('\u001B[A');
	});
});

describe('U+200D (zero-width joiner)', () => {
	it('is dropped from the screen and the table', () => {
		expect(sanitize('👨\u200D👩\u200D👧')).toBe('👨👩👧');
		const file = join(dir, 'zwj.txt');
		writeFileSync(file, seed.replace('ものづくり等産業', 'もの\u200Dづくり等産業'));
		const out = runCli(['--data', file, 'ものづくり等産業']);
		expect(out.stdout).toContain('ものづくり等産業人材育成支援事業');
		expect(out.stdout).not.toContain('\u200D');
	});
});

describe('print mode', () => {
	it('a closed stdout (--csv >&-) is an error, status 70', () => {
		for (const flag of ['--csv', '--json']) {
			const out = spawnSync('sh', ['-c', `"$0" ${flag} >&-`, CLI], {encoding: 'utf8'});
			expect(out.status).toBe(70);
			expect(out.stderr).toBe('shuro: cannot write the output: stdout is closed\n');
		}
		const devNull = spawnSync('sh', ['-c', '"$0" --csv > /dev/null', CLI], {encoding: 'utf8'});
		expect(devNull.status).toBe(0);
	});

	const bad: Array<[string[], string]> = [
		[['--limit', 'abc'], 'shuro: --limit takes a whole number ≥ 0, not "abc"'],
		[['--limit', '-3'], 'shuro: --limit takes a whole number ≥ 0, not "-3"'],
		[
			['--year', 'abc'],
			'shuro: --year takes a fiscal year such as 2024, FY2024, R6 or 令和6年度, not "abc"',
		],
		[['--year'], 'shuro: --year needs a fiscal year, such as --year 2024'],
		[['--foo'], 'shuro: unknown flag --foo (shuro --help lists them)'],
		[['--foo-bar=1', '-z'], 'shuro: unknown flags --foo-bar -z (shuro --help lists them)'],
		[['--data'], 'shuro: --data needs a path: a report file or a directory'],
		[['-d', '--json'], 'shuro: --data needs a path: a report file or a directory'],
		[['--data', ''], 'shuro: --data needs a path: a report file or a directory'],
	];
	for (const [args, message] of bad) {
		it(`${args.join(' ')}: one line, status 2`, () => {
			const out = runCli(['--json', ...args]);
			expect(out.status).toBe(2);
			expect(out.stderr).toBe(`${message}\n`);
			expect(out.stdout).toBe('');
		});
	}

	it('a query longer than 200 characters is cut to 200, with a warning', () => {
		const out = runCli(['--json', '--data', FY2024_FILE, `女性${'a'.repeat(100_000)}`]);
		expect(out.status).toBe(1); // it matches nothing (issue 16: exit 1, as grep)
		expect(out.stderr.split('\n')[0]).toBe(
			'shuro: warning: the query is longer than 200 characters; only the first 200 are searched',
		);
		expect(JSON.parse(out.stdout)).toEqual([]);
	});

	it('a sub-directory is named in a warning, not skipped without a word', () => {
		const top = join(dir, 'top');
		mkdirSync(join(top, 'older'), {recursive: true});
		writeFileSync(join(top, 'a.txt'), seed);
		writeFileSync(join(top, 'older', 'b.txt'), readFileSync(FY2022_FILE));
		const out = runCli(['--json', '--data', top]);
		expect(out.status).toBe(0);
		expect(out.stderr).toContain(
			`shuro: ${top}: warning: 1 sub-directory not read (older); pass it to --data to load its reports\n`,
		);
	});

	it('a symlink to a file already loaded is a warning, and the file loads once', () => {
		const real = join(dir, 'real.txt');
		writeFileSync(real, seed);
		const link = join(dir, 'link.txt');
		symlinkSync(real, link);
		const out = runCli(['--json', '--data', real, '--data', link]);
		expect(out.status).toBe(0);
		expect(out.stderr).toBe(
			`shuro: ${link}: warning: the same file as ${real} (a link); loaded once\n`,
		);
		expect(JSON.parse(out.stdout)).toHaveLength(47);
	});
});

const sessions: Session[] = [];
afterEach(() => {
	for (const s of sessions.splice(0)) s.kill();
});

describe.skipIf(!hasTmux())('on a terminal', () => {
	it('typed escape sequences never reach the search line', async () => {
		const tui = startSession({width: 80, height: 24});
		sessions.push(tui);
		await tui.waitFor((s) => s.includes('85 / 85'));
		tui.type('女');
		// Through a paste buffer: the bytes arrive in one write, as a terminal sends them
		// (send-keys would hand tmux's own key parser an ESC on its own).
		for (const [, sequence] of FOREIGN) tui.paste(sequence);
		tui.type('性');
		const screen = await tui.waitFor((s) => s.startsWith('検索> 女性') && !s.includes('85 / 85'));
		expect(screen.split('\n')[0]?.trimEnd()).toBe('検索> 女性');
		tui.keys('C-c');
		expect((await tui.exited()).status).toBe(0);
	});

	it('TERM=dumb prints the table with a hint instead of the explorer', async () => {
		// One program (and its two measures' lines): the hint stays on the screen.
		const tui = startSession({width: 100, height: 30, args: ['女性再就職'], env: {TERM: 'dumb'}});
		sessions.push(tui);
		const {status, screen} = await tui.exited();
		expect(status).toBe(0);
		expect(screen).toContain('shuro: TERM=dumb cannot show the explorer; printing the table');
		expect(screen).toContain('女性再就職支援事業');
		expect(tui.raw()).not.toContain('\u001B[?1049h');
	});

	it('the table printed on a 100-column terminal fits it (stdin not a terminal)', async () => {
		const tui = startSession({width: 100, height: 40, args: ['女性'], stdin: '/dev/null'});
		sessions.push(tui);
		const {status, screen} = await tui.exited();
		expect(status).toBe(0);
		const table = screen
			.split('\n')
			.filter((l) => l.startsWith('FY20') || l.startsWith('年度') || l.trimStart().startsWith('└'));
		expect(table.length).toBeGreaterThan(10);
		// No line wrapped: every row starts with its year (or └, a measure of the row above),
		// and fits the width.
		for (const line of table) expect(stringWidth(line)).toBeLessThanOrEqual(100);
		expect(screen).not.toMatch(/^\s+[^\s└].*%\s*$/m);
	});
});
