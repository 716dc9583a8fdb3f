// Every way out restores the terminal (screen.ts) and exits with a conventional status:
// a fatal signal, an uncaught exception, a closed stdout. Installed once, by the CLI.
import {sanitize} from '../text/sanitize.js';
import type {Screen} from './screen.js';

/**
 * One line on stderr instead of a stack trace (SHURO_DEBUG=1 shows the stack), status 70,
 * with the terminal restored first. Install once, first thing.
 */
export function installCrashGuard(screen: Screen): void {
	process.on('uncaughtException', (error: unknown) => {
		screen.restore();
		// The terminal is gone (a write or read on it failed with EIO): as a hangup.
		if ((error as NodeJS.ErrnoException | null)?.code === 'EIO') dieOfHangup();
		const message = error instanceof Error ? error.message : String(error);
		const detail =
			process.env.SHURO_DEBUG === '1' && error instanceof Error && error.stack
				? `\n${error.stack}`
				: '';
		try {
			process.stderr.write(`shuro: internal error: ${sanitize(message)}${detail}\n`);
		} catch {
			// stderr is gone too
		}
		process.exit(70); // EX_SOFTWARE
	});
}

/**
 * The fatal signals a process can catch, with the status 128 + n a shell shows for them:
 * the terminal is restored before each (issue 19 added QUIT, ALRM, USR2 and the rest).
 * SIGKILL and SIGSTOP cannot be caught; SIGSEGV, SIGBUS, SIGFPE and SIGILL are node's own.
 */
const FATAL_SIGNALS: ReadonlyArray<readonly [NodeJS.Signals, number]> = [
	['SIGTERM', 143],
	['SIGHUP', 129],
	['SIGINT', 130],
	['SIGQUIT', 131],
	['SIGALRM', 142],
	['SIGUSR2', 140],
	['SIGVTALRM', 154],
	['SIGXCPU', 152],
	['SIGXFSZ', 153],
];

/** Restores the terminal on every fatal signal and on exit, then exits with a conventional status. */
export function installExitGuards(screen: Screen): void {
	for (const [signal, code] of FATAL_SIGNALS) {
		process.on(signal, () => {
			screen.restore();
			if (signal === 'SIGHUP') dieOfHangup();
			process.exit(code);
		});
	}
	process.on('exit', () => screen.restore());
}

/**
 * A hangup mostly means the terminal is gone (its window closed, ssh cut), and so does a
 * write to it that fails with EIO (which may come before the hangup's signal is handled).
 * Node 20's own exit then restores the terminal's modes, fails on the gone terminal, and
 * aborts (nodejs/node#51519: SIGABRT or SIGSEGV, every time). So the process dies of the
 * hangup itself, its default action, which runs no exit code; the terminal, if still
 * there, has been restored already. Status 129, as a shell shows a hangup.
 */
function dieOfHangup(): void {
	process.removeAllListeners('SIGHUP'); // the default action again
	process.kill(process.pid, 'SIGHUP');
}

/**
 * SIGUSR1 would start node's inspector, which prints over the screen and listens on port
 * 9229 (node 20 has no --disable-sigusr1). A listener of our own takes the signal instead
 * (issue 19): it is ignored, in every mode.
 */
export function ignoreInspectorSignal(): void {
	process.on('SIGUSR1', () => {});
}

/**
 * Test hook for the crash path (test/robustness/terminal-faults.test.ts): with
 * SHURO_CRASH_AFTER_RENDER=1 the explorer throws from a timer once its first frame is out.
 */
export function crashAfterRenderIfAsked(): void {
	if (process.env.SHURO_CRASH_AFTER_RENDER !== '1') return;
	setTimeout(() => {
		throw new Error('crash requested by SHURO_CRASH_AFTER_RENDER');
	}, 300);
}
