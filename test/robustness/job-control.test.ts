// Issue 19, group 4: job control and the other signals. Ctrl-z and SIGTSTP leave the
// alternate screen, restore cooked mode and the cursor, then stop, as less and vim do;
// `fg` (SIGCONT) takes the screen back and repaints it. SIGUSR1 does not start node's
// inspector. FIFOs, terminals and devices are refused without blocking; huge files are
// refused unread. The explorer runs under an interactive sh (dash: job control, and no
// line editor or tty saving of its own, so the modes seen are the ones shuro left) in tmux.
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {MAX_FILE_BYTES} from '../../source/report/files.js';
import {CLI, runCli} from '../helpers/run-cli.js';
import {hasTmux, type Session, startSession, terminalState} from '../helpers/terminal-session.js';

const dir = mkdtempSync(join(tmpdir(), 'shuro-jobs-'));
const hasShell = () => spawnSync('sh', ['-c', 'true']).status === 0;

type Shell = {
	screen(): string;
	waitFor(predicate: (screen: string) => boolean): Promise<string>;
	keys(...keys: string[]): void;
	run(command: string): void;
	raw(): string;
	pid(): number;
	/** The pane's terminal modes, read from outside (`stty -a < TTY`). */
	stty(): string;
	kill(): void;
};

const shells: Shell[] = [];
afterEach(() => {
	for (const shell of shells.splice(0)) shell.kill();
});

/** An interactive sh (job control on) in its own tmux server, its output captured. */
function openShell(): Shell {
	const socket = `shuro-jobs-${process.pid}-${shells.length}-${Date.now()}`;
	const tmux = (...a: string[]) =>
		execFileSync('tmux', ['-L', socket, ...a], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe'],
		});
	tmux(
		'-f',
		'/dev/null',
		'new-session',
		'-d',
		'-s',
		'main',
		'-x',
		'80',
		'-y',
		'24',
		// Ink stops live re-rendering when CI is set: the explorer must not see it.
		`env -u CI NO_COLOR=1 LANG=C.UTF-8 PS1='$ ' ENV= sh -i`,
	);
	const raw = join(dir, `${socket}.raw`);
	tmux('pipe-pane', '-o', '-t', 'main', `cat >> '${raw}'`);
	const screen = () => tmux('capture-pane', '-p', '-t', 'main');
	const shell: Shell = {
		screen,
		async waitFor(predicate) {
			const start = Date.now();
			let last = '';
			while (Date.now() - start < 10_000) {
				last = screen();
				if (predicate(last)) return last;
				await new Promise((resolve) => setTimeout(resolve, 40));
			}
			throw new Error(`screen never matched; last screen:\n${last}`);
		},
		keys: (...keys) => {
			tmux('send-keys', '-t', 'main', ...keys);
		},
		run: (command) => {
			tmux('send-keys', '-t', 'main', '-l', command);
			tmux('send-keys', '-t', 'main', 'Enter');
		},
		raw: () => {
			try {
				return readFileSync(raw, 'latin1');
			} catch {
				return '';
			}
		},
		pid: () => Number(readFileSync(join(dir, `${socket}.pid`), 'utf8')),
		stty: () => {
			const tty = tmux('display-message', '-p', '-t', 'main', '#{pane_tty}').trim();
			return execFileSync('stty', ['-F', tty, '-a'], {encoding: 'utf8'});
		},
		kill: () => {
			try {
				tmux('kill-server');
			} catch {
				// already gone
			}
		},
	};
	shell.run(`export SHURO_PIDFILE='${join(dir, `${socket}.pid`)}'`);
	return shell;
}

/** The process's state letter from /proc (T: stopped). */
const processState = (pid: number) => {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
};
const LIST = (s: string) => s.includes('85 / 85');
const cooked = (stty: string) => {
	const words = stty.split(/[\s;]+/);
	return words.includes('icanon') && words.includes('echo');
};

async function waitUntil(check: () => boolean): Promise<void> {
	const start = Date.now();
	while (!check()) {
		if (Date.now() - start > 10_000) throw new Error('timed out');
		await new Promise((resolve) => setTimeout(resolve, 40));
	}
}

describe.skipIf(!hasTmux() || !hasShell() || process.platform !== 'linux')('job control', () => {
	for (const [how, stop] of [
		['Ctrl-z', (shell: Shell) => shell.keys('C-z')],
		['SIGTSTP', (shell: Shell) => process.kill(shell.pid(), 'SIGTSTP')],
	] as const) {
		it(`${how} restores the terminal and stops; fg takes the screen back and repaints it`, async () => {
			const shell = openShell();
			shells.push(shell);
			shell.run(`'${CLI}' 2>/dev/null`);
			await shell.waitFor(LIST);
			shell.keys('女性');
			await shell.waitFor((s) => s.startsWith('検索> 女性') && !LIST(s));
			stop(shell);
			const pid = shell.pid();
			await waitUntil(() => processState(pid) === 'T');
			// The shell's screen is back, with cooked mode and the cursor.
			const stopped = await shell.waitFor((s) => /Stopped/.test(s));
			expect(stopped).not.toContain('検索>');
			await waitUntil(() => terminalState(shell.raw()).leftAlt);
			const state = terminalState(shell.raw());
			expect(state.leftAlt).toBe(true);
			expect(state.cursorShown).toBe(true);
			await waitUntil(() => cooked(shell.stty()));

			shell.run('fg');
			const back = await shell.waitFor((s) => s.startsWith('検索> 女性'));
			expect(back).toContain('女性再就職支援事業');
			expect(back).not.toContain('Stopped');
			// On the alternate screen again, in raw mode. The byte log tmux keeps of the pane
			// (shell.raw) can lag the screen it shows: wait for it rather than read it once.
			await waitUntil(() => !terminalState(shell.raw()).leftAlt);
			await waitUntil(() => !cooked(shell.stty()));
			// Keys work again: the query goes on.
			shell.keys('再就職');
			await shell.waitFor((s) => s.startsWith('検索> 女性再就職'));
			shell.keys('C-c');
			await shell.waitFor((s) => s.trimEnd().split('\n').at(-1)?.trim() === '$');
			expect(cooked(shell.stty())).toBe(true);
		});
	}

	it('run by a script, Ctrl-z stops the whole job (as the line discipline would), and fg resumes it', async () => {
		const shell = openShell();
		shells.push(shell);
		// The shell waits on the script's sh, not on the explorer: it says Stopped only if
		// the script's sh stops too (npm start is such a job: npm, then node build.mjs).
		shell.run(`sh -c '"${CLI}" 2>/dev/null; echo after-shuro'`);
		await shell.waitFor(LIST);
		shell.keys('女性');
		await shell.waitFor((s) => s.startsWith('検索> 女性') && !LIST(s));
		shell.keys('C-z');
		const stopped = await shell.waitFor((s) => /Stopped/.test(s));
		expect(stopped).not.toContain('検索>');
		expect(processState(shell.pid())).toBe('T');
		shell.run('fg');
		await shell.waitFor((s) => s.startsWith('検索> 女性'));
		shell.keys('C-c');
		await shell.waitFor((s) => s.includes('after-shuro'));
	});

	it('without a job-control shell (a pane command), Ctrl-z does nothing: the kernel would not stop it', async () => {
		const tui: Session = startSession();
		try {
			await tui.waitFor(LIST);
			tui.keys('C-z');
			tui.type('女性');
			await tui.waitFor((s) => s.startsWith('検索> 女性'));
			expect(terminalState(tui.raw()).leftAlt).toBe(false);
			tui.keys('C-c');
			expect((await tui.exited()).status).toBe(0);
		} finally {
			tui.kill();
		}
	});

	it('SIGUSR1 does not start the inspector: the explorer goes on, nothing is painted over it', async () => {
		const shell = openShell();
		shells.push(shell);
		shell.run(`'${CLI}'`);
		await shell.waitFor(LIST);
		const pid = shell.pid();
		process.kill(pid, 'SIGUSR1');
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(processState(pid)).not.toBe('Z');
		expect(shell.raw()).not.toContain('Debugger listening');
		shell.keys('女性');
		await shell.waitFor((s) => s.startsWith('検索> 女性'));
		shell.keys('C-c');
		await shell.waitFor((s) => !s.includes('検索>'));
		expect(shell.screen()).not.toContain('Debugger');
	});
});

describe('files that would block or never end are refused at once', () => {
	const refused: Array<[string, () => string, string]> = [
		[
			'a FIFO',
			() => {
				const fifo = join(dir, 'pipe.txt');
				execFileSync('mkfifo', [fifo]);
				return fifo;
			},
			'error: a FIFO: only regular files and directories are reports; not read',
		],
		['/dev/zero', () => '/dev/zero', 'error: a character device: only regular files'],
		['/dev/urandom', () => '/dev/urandom', 'error: a character device: only regular files'],
		['/dev/tty', () => '/dev/tty', 'error: a character device: only regular files'],
	];
	for (const [what, path, message] of refused) {
		it.skipIf(process.platform !== 'linux')(`${what}: one line, status 2, no wait`, () => {
			const file = path();
			const out = runCli(['--json', '--data', file]);
			expect(out.status).toBe(2);
			expect(out.stderr).toContain(`shuro: ${file}: ${message}`);
			expect(out.stderr.trimEnd().split('\n')).toHaveLength(2); // and "no report could be loaded"
		});
	}

	it('a FIFO inside a directory is named too, and the rest loads', () => {
		const d = join(dir, 'with-fifo');
		execFileSync('mkdir', ['-p', d]);
		execFileSync('mkfifo', [join(d, 'b.txt')]);
		writeFileSync(
			join(d, 'a.txt'),
			readFileSync(join(__dirname, '../../seeds/000_2ee8157e7a543789.txt')),
		);
		const out = runCli(['--json', '--data', d]);
		expect(out.status).toBe(2);
		expect(out.stderr).toContain(`shuro: ${join(d, 'b.txt')}: error: a FIFO`);
	});

	it(`a file over ${MAX_FILE_BYTES / 2 ** 20} MB is refused unread`, () => {
		const big = join(dir, 'huge.txt');
		writeFileSync(big, '');
		truncateSync(big, MAX_FILE_BYTES + 1); // sparse: nothing is written
		try {
			const out = runCli(['--json', '--data', big]);
			expect(out.status).toBe(2);
			expect(out.stderr).toContain(
				`shuro: ${big}: error: the file is larger than 512 MB: too large for a report; not read`,
			);
		} finally {
			rmSync(big);
		}
	});
});
