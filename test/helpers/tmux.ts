// Drives the built CLI in a real pseudo-terminal through tmux, as a person would:
// type keys, then read the screen. Each session gets its own tmux server socket.
import {execFileSync} from 'node:child_process';
import {CLI} from './run-cli.js';

export type Tui = {
	keys(...keys: string[]): void;
	type(text: string): void;
	screen(): string;
	waitFor(predicate: (screen: string) => boolean, timeoutMs?: number): Promise<string>;
	resize(width: number, height: number): void;
	kill(): void;
};

let counter = 0;

export function hasTmux(): boolean {
	try {
		execFileSync('tmux', ['-V'], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
}

export function startTui(args: string[], width: number, height: number): Tui {
	const socket = `shuro-test-${process.pid}-${counter++}`;
	const tmux = (...a: string[]) => execFileSync('tmux', ['-L', socket, ...a], {encoding: 'utf8'});
	// Ink stops live re-rendering when CI is set: the child must not see it.
	const command = `env -u CI NO_COLOR=1 LANG=C.UTF-8 ${process.execPath} ${CLI} ${args.map((a) => `'${a}'`).join(' ')}; echo EXIT=$?; sleep 60`;
	tmux(
		'-f',
		'/dev/null',
		'new-session',
		'-d',
		'-s',
		'main',
		'-x',
		String(width),
		'-y',
		String(height),
		command,
	);
	const screen = () => tmux('capture-pane', '-p', '-t', 'main');
	return {
		keys: (...keys) => tmux('send-keys', '-t', 'main', ...keys),
		type: (text) => tmux('send-keys', '-t', 'main', '-l', text),
		screen,
		async waitFor(predicate, timeoutMs = 10_000) {
			const start = Date.now();
			let last = '';
			while (Date.now() - start < timeoutMs) {
				last = screen();
				if (predicate(last)) return last;
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			throw new Error(`screen never matched; last screen:\n${last}`);
		},
		resize: (w, h) => tmux('resize-window', '-t', 'main', '-x', String(w), '-y', String(h)),
		kill: () => {
			try {
				tmux('kill-server');
			} catch {
				// already gone
			}
		},
	};
}
