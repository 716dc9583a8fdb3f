// The terminal must always be left as it was found: alternate screen left, cursor
// shown, raw mode off — on q, Ctrl-c, SIGTERM, SIGHUP, an uncaught exception, or a
// closed stdout (`shuro | head`).

const ENTER_ALT = '\u001B[?1049h\u001B[H';
const LEAVE_ALT = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';

let active = false;

/** Leaves the alternate screen and shows the cursor; safe to call more than once. */
export function restoreTerminal(): void {
	if (!active) return;
	active = false;
	try {
		if (process.stdin.isTTY && process.stdin.isRaw) process.stdin.setRawMode(false);
	} catch {
		// stdin may already be closed
	}
	try {
		process.stdout.write(`${SHOW_CURSOR}${LEAVE_ALT}`);
	} catch {
		// stdout may already be closed
	}
}

export function enterFullScreen(): void {
	active = true;
	process.stdout.write(ENTER_ALT);
}

/** Exits quietly when the reader of stdout goes away instead of printing an EPIPE stack. */
export function exitQuietlyOnClosedStdout(): void {
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
		throw error;
	});
}

/** Restores the terminal on every way out, then exits with a conventional status. */
export function installExitGuards(): void {
	const onSignal = (signal: NodeJS.Signals, code: number) => {
		process.on(signal, () => {
			restoreTerminal();
			process.exit(code);
		});
	};
	onSignal('SIGTERM', 143);
	onSignal('SIGHUP', 129);
	onSignal('SIGINT', 130);
	process.on('uncaughtException', (error) => {
		restoreTerminal();
		process.stderr.write(`shuro: internal error: ${error.message}\n`);
		process.exit(70);
	});
	process.on('exit', restoreTerminal);
}
