// A command in a real pseudo-terminal (util-linux `script`), for timing what a person
// sees: time to the first frame, and from a keystroke to the end of the frame it
// causes (Ink brackets each frame in synchronized-output marks, ESC[?2026h … ESC[?2026l).
import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';

const ESU = '\u001B[?2026l';

// A failed measurement must not leave a session (and its shuro) running.
const live = new Set();
process.on('exit', () => {
	for (const child of live) child.kill('SIGKILL');
});

export function ptySession(command, {width = 80, height = 24, env = {}} = {}) {
	const childEnv = {...process.env, ...env};
	delete childEnv.CI; // Ink stops live re-rendering when CI is set
	const child = spawn(
		'script',
		['-qfec', `stty cols ${width} rows ${height}; exec ${command}`, '/dev/null'],
		{
			env: childEnv,
			stdio: ['pipe', 'pipe', 'ignore'],
		},
	);
	live.add(child);
	child.on('exit', () => live.delete(child));
	let output = '';
	let waiters = [];
	const started = performance.now();
	child.stdout.on('data', (chunk) => {
		output += chunk.toString('utf8');
		waiters = waiters.filter((w) => !w());
	});
	const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
	/** Resolves with ms since `from` once the output after `offset` satisfies `test`. */
	const until = (test, offset = 0, from = performance.now(), timeoutMs = 20_000) =>
		new Promise((resolve, reject) => {
			const check = () => {
				if (!test(output.slice(offset))) return false;
				clearTimeout(timer);
				resolve(performance.now() - from);
				return true;
			};
			const timer = setTimeout(
				() => reject(new Error(`timed out waiting on: ${command}`)),
				timeoutMs,
			);
			if (!check()) waiters.push(check);
		});
	return {
		started,
		child,
		exited,
		output: () => output,
		/** ms from spawn until the output contains `text`. */
		firstSeen: (text) => until((o) => o.includes(text), 0, started),
		/** Writes keys and resolves with ms until the next complete frame. */
		async key(keys) {
			const offset = output.length;
			const from = performance.now();
			child.stdin.write(keys);
			return until((o) => o.includes(ESU), offset, from);
		},
		/**
		 * Writes keys and resolves with ms until the last frame they cause: the screen may be
		 * drawn twice (the typed text at once, then the results), and this waits for the
		 * output to stay quiet for `quietMs` before taking the time of the last frame end.
		 */
		async keySettled(keys, quietMs = 120) {
			const offset = output.length;
			const from = performance.now();
			let lastFrameAt = Number.NaN;
			let seen = 0;
			const onData = () => {
				const frames = output.slice(offset).split(ESU).length - 1;
				if (frames > seen) {
					seen = frames;
					lastFrameAt = performance.now();
				}
			};
			child.stdout.on('data', onData);
			child.stdin.write(keys);
			let lastLength = -1;
			while (lastLength !== output.length || seen === 0) {
				lastLength = output.length;
				await new Promise((resolve) => setTimeout(resolve, quietMs));
			}
			child.stdout.off('data', onData);
			return lastFrameAt - from;
		},
		write: (keys) => child.stdin.write(keys),
		until,
		/** Peak resident memory of the process that wrote its pid to `pidFile` (SHURO_PIDFILE), in MB. */
		peakRssMb(pidFile) {
			const pid = readFileSync(pidFile, 'utf8').trim();
			const status = readFileSync(`/proc/${pid}/status`, 'utf8');
			return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
		},
		kill: () => child.kill('SIGKILL'),
	};
}
