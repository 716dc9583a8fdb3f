// The built CLI in a real pseudo-terminal (tmux, own server socket per session), driven
// as a person would (keys, typing, pastes, resizes; reading the screen), plus what fault
// tests need: every byte the program wrote (pipe-pane, attached before the program
// starts), its pid (to signal it), its exit status, and the terminal modes after it
// exited (`stty -a` in the same pane).
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {CLI} from './run-cli.js';

export type SessionOptions = {
	args?: string[];
	env?: Record<string, string>;
	/** Redirect the program's stdin, e.g. '/dev/null' (stdout stays the terminal). */
	stdin?: string;
	width?: number;
	height?: number;
};

export type Session = {
	screen(): string;
	waitFor(predicate: (screen: string) => boolean, timeoutMs?: number): Promise<string>;
	/** tmux key names: 'Enter', 'C-c', 'Escape'… */
	keys(...keys: string[]): void;
	/** Literal text, sent as typed (escape fragments included). */
	type(text: string): void;
	/** Bracketed-paste-free paste through a tmux buffer, as a terminal paste arrives. */
	paste(text: string): void;
	resize(width: number, height: number): void;
	/** Everything the program wrote to the terminal, as latin1 (escape sequences are ASCII). */
	raw(): string;
	/** The pid of the CLI process (written by the launcher just before it execs node). */
	pid(): Promise<number>;
	paneTitle(): string;
	/** tmux paste buffers (an OSC 52 clipboard write from the program would create one). */
	buffers(): string;
	/** Whether the CLI process still runs (after `pid()` has resolved). */
	alive(): boolean;
	/** Resolves with `{status, stty}` once the program has exited. */
	exited(timeoutMs?: number): Promise<{status: number; stty: string; screen: string}>;
	kill(): void;
};

let counter = 0;

/** tmux runs these tests; without it they are skipped. */
export function hasTmux(): boolean {
	try {
		execFileSync('tmux', ['-V'], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
}
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function startSession(options: SessionOptions = {}): Session {
	const dir = mkdtempSync(join(tmpdir(), 'shuro-pty-'));
	const socket = `shuro-robust-${process.pid}-${counter++}`;
	const tmux = (...a: string[]) =>
		execFileSync('tmux', ['-L', socket, ...a], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe'],
		});
	const env = Object.entries({NO_COLOR: '1', LANG: 'C.UTF-8', ...options.env}).map(
		([k, v]) => `${k}=${quote(v)}`,
	);
	const command = [
		'sh',
		'-c',
		quote('echo $$ > pid; exec "$@"'),
		'shuro',
		// Ink stops live re-rendering when CI is set: the child must not see it.
		'env',
		'-u',
		'CI',
		...env,
		// The bin itself, as a user runs it: its launcher chooses node's flags (and a snapshot).
		quote(CLI),
		...(options.args ?? []).map(quote),
		...(options.stdin ? ['<', quote(options.stdin)] : []),
	].join(' ');
	writeFileSync(
		join(dir, 'run.sh'),
		[
			`cd ${quote(dir)}`,
			'while [ ! -e go ]; do sleep 0.02; done',
			command,
			'echo "EXIT=$?"',
			`echo "STTY=$(stty -a | tr -s ' ;' '\\n\\n' | grep -x -e '-\\{0,1\\}icanon' -e '-\\{0,1\\}echo' | tr '\\n' ' ')"`,
			'sleep 300',
		].join('\n'),
	);
	tmux(
		'-f',
		'/dev/null',
		'new-session',
		'-d',
		'-s',
		'main',
		'-x',
		String(options.width ?? 80),
		'-y',
		String(options.height ?? 24),
		`sh ${quote(join(dir, 'run.sh'))}`,
	);
	// Applications may set tmux buffers (OSC 52): a leaked clipboard write would show up.
	tmux('set-option', '-g', 'set-clipboard', 'on');
	tmux('pipe-pane', '-o', '-t', 'main', `cat >> ${quote(join(dir, 'raw.out'))}`);
	writeFileSync(join(dir, 'go'), '');

	const screen = () => tmux('capture-pane', '-p', '-t', 'main');
	const waitFor = async (predicate: (s: string) => boolean, timeoutMs = 10_000) => {
		const start = Date.now();
		let last = '';
		while (Date.now() - start < timeoutMs) {
			last = screen();
			if (predicate(last)) return last;
			await new Promise((resolve) => setTimeout(resolve, 40));
		}
		throw new Error(`screen never matched; last screen:\n${last}`);
	};
	const pidFile = join(dir, 'pid');
	let pid: number | undefined;
	const session: Session = {
		screen,
		waitFor,
		keys: (...keys) => {
			tmux('send-keys', '-t', 'main', ...keys);
		},
		type: (text) => {
			tmux('send-keys', '-t', 'main', '-l', text);
		},
		paste: (text) => {
			const file = join(dir, 'paste.txt');
			writeFileSync(file, text);
			tmux('load-buffer', '-b', 'paste', file);
			tmux('paste-buffer', '-d', '-b', 'paste', '-t', 'main');
		},
		resize: (w, h) => {
			tmux('resize-window', '-t', 'main', '-x', String(w), '-y', String(h));
		},
		raw: () => {
			const file = join(dir, 'raw.out');
			return existsSync(file) ? readFileSync(file, 'latin1') : '';
		},
		async pid() {
			if (pid !== undefined) return pid;
			const start = Date.now();
			while (Date.now() - start < 10_000) {
				const text = existsSync(pidFile) ? readFileSync(pidFile, 'utf8').trim() : '';
				if (/^\d+$/.test(text)) {
					pid = Number(text);
					return pid;
				}
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
			throw new Error('the launcher never wrote the pid');
		},
		paneTitle: () => tmux('display-message', '-p', '-t', 'main', '#{pane_title}').trim(),
		buffers: () => tmux('list-buffers').trim(),
		alive: () => {
			if (pid === undefined) throw new Error('call pid() first');
			try {
				process.kill(pid, 0);
				return true;
			} catch {
				return false;
			}
		},
		async exited(timeoutMs = 10_000) {
			const s = await waitFor((text) => /STTY=.*\S/.test(text), timeoutMs);
			const status = Number(/EXIT=(\d+)/.exec(s)?.[1] ?? Number.NaN);
			const stty = /STTY=(.*)/.exec(s)?.[1]?.trim() ?? '';
			return {status, stty, screen: s};
		},
		kill: () => {
			try {
				tmux('kill-server');
			} catch {
				// already gone
			}
			rmSync(dir, {recursive: true, force: true});
		},
	};
	return session;
}

/** Where the terminal was left: the last mode switches in the raw output decide it. */
export function terminalState(raw: string) {
	const last = (s: string) => raw.lastIndexOf(s);
	return {
		enteredAlt: last('\u001B[?1049h') >= 0,
		leftAlt: last('\u001B[?1049l') > last('\u001B[?1049h'),
		cursorShown: last('\u001B[?25h') > last('\u001B[?25l'),
		/** Bytes written after the alternate screen was left (the user's shell sees them). */
		afterLeaving: raw.slice(last('\u001B[?1049l') + '\u001B[?1049l'.length),
	};
}
