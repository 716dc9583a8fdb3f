// The terminal must always be left as it was found: alternate screen left, cursor
// shown, raw mode off — on q, Ctrl-c, SIGTERM, SIGHUP, an uncaught exception, or a
// closed stdout (`shuro | head`). docs/bad-input.md lists every way out and its status.
import {readFileSync} from 'node:fs';
import {sanitize} from './text/sanitize.js';

const ENTER_ALT = '\u001B[?1049h\u001B[H';
// Mouse reports: clicks and the wheel (1000), in SGR form (1006). Issue 16.
const MOUSE_ON = '\u001B[?1000h\u001B[?1006h';
const MOUSE_OFF = '\u001B[?1006l\u001B[?1000l';
// End a synchronized update (a kill can land between Ink's ?2026h and ?2026l), show the
// cursor, leave the alternate screen.
const LEAVE = '\u001B[?2026l\u001B[?25h\u001B[?1049l';

let active = false;
/** The explorer asked for mouse reports (enterFullScreen), so leaving turns them off. */
let mouse = false;
let teardown: (() => void) | undefined;

/**
 * What to run before leaving the alternate screen, e.g. unmounting Ink. Ink unmounts
 * itself from a process 'exit' hook and then repaints its last frame; if that came after
 * `?1049l` it would paint the explorer over the user's shell and wipe its scrollback.
 */
export function setTeardown(fn: (() => void) | undefined): void {
	teardown = fn;
}

/** Leaves the alternate screen and shows the cursor; safe to call more than once. */
export function restoreTerminal(): void {
	const before = teardown;
	teardown = undefined;
	try {
		before?.();
	} catch {
		// the UI may be what failed; the terminal still has to be restored
	}
	leaveFullScreen();
}

/** The terminal as it was found (the UI stays mounted: a suspend comes back to it). */
function leaveFullScreen(): void {
	if (!active) return;
	active = false;
	try {
		if (process.stdin.isTTY && process.stdin.isRaw) process.stdin.setRawMode(false);
	} catch {
		// stdin may already be closed
	}
	try {
		process.stdout.write(mouse ? MOUSE_OFF + LEAVE : LEAVE);
	} catch {
		// stdout may already be closed
	}
}

/** Enters the alternate screen; `withMouse` (kept for a resume after Ctrl-z) asks for mouse reports. */
export function enterFullScreen(withMouse = mouse): void {
	active = true;
	mouse = withMouse;
	// Raw mode from before the first frame: Ink turns it on only once its input effect
	// runs, a few milliseconds after the frame is out, and a Ctrl-c typed in between
	// would reach the terminal's line discipline as SIGINT for the whole process group
	// (the shell that started shuro included) instead of reaching the explorer as a key.
	if (process.stdin.isTTY) process.stdin.setRawMode(true);
	process.stdout.write(mouse ? ENTER_ALT + MOUSE_ON : ENTER_ALT);
}

let crashGuard = false;

/** One line on stderr instead of a stack trace (SHURO_DEBUG=1 shows the stack), status 70. */
function installCrashGuard(): void {
	if (crashGuard) return;
	crashGuard = true;
	process.on('uncaughtException', (error: unknown) => {
		restoreTerminal();
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
 * Exits quietly when the reader of stdout or stderr goes away (`shuro | head -1`,
 * `shuro 2>&1 | head -1`) instead of printing an EPIPE stack; any other failure is
 * reported in one line.
 */
export function exitQuietlyOnClosedStdout(): void {
	installCrashGuard();
	for (const stream of [process.stdout, process.stderr]) {
		stream.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code === 'EPIPE') process.exit(0);
			throw error;
		});
	}
}

/**
 * The fatal signals a process can catch, with the status 128 + n a shell shows for them:
 * the terminal is restored before each (issue 19 added QUIT, ALRM, USR2 and the rest).
 * SIGKILL and SIGSTOP cannot be caught; SIGSEGV, SIGBUS, SIGFPE and SIGILL are node's own.
 */
const FATAL_SIGNALS: Array<[NodeJS.Signals, number]> = [
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

/** Restores the terminal on every way out, then exits with a conventional status. */
export function installExitGuards(): void {
	installCrashGuard();
	for (const [signal, code] of FATAL_SIGNALS) {
		process.on(signal, () => {
			restoreTerminal();
			process.exit(code);
		});
	}
	process.on('exit', restoreTerminal);
}

/**
 * SIGUSR1 would start node's inspector, which prints over the screen and listens on port
 * 9229 (node 20 has no --disable-sigusr1). A listener of our own takes the signal instead
 * (issue 19): it is ignored, in every mode.
 */
export function ignoreInspectorSignal(): void {
	process.on('SIGUSR1', () => {});
}

// Job control, as less and vim do it (issue 19). Ctrl-z reaches a raw-mode program as a
// key (0x1A), not as SIGTSTP: guardKeyInput turns it into SIGTSTP, as the line discipline
// would. On SIGTSTP the terminal is restored (alternate screen left, cursor shown, cooked
// mode) and the process stops itself with the default action; on SIGCONT it takes the
// terminal back and repaints everything.
let repaint: (() => void) | undefined;
let suspended = false;

/**
 * Whether a job-control shell started this process, so that a stop can be undone by `fg`:
 * such a shell gives each job a process group of its own. In the session leader's group
 * (started by a script, tmux's pane command, a service) the kernel discards SIGTSTP, and
 * leaving the screen would only let Ctrl-c or Ctrl-\ typed meanwhile reach the line
 * discipline as signals. Linux reads /proc; elsewhere it is assumed.
 */
function jobControlled(): boolean {
	try {
		const stat = readFileSync('/proc/self/stat', 'utf8');
		const [, , pgrp, session] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return pgrp !== session;
	} catch {
		return true;
	}
}

const onStop = () => {
	if (!jobControlled()) return; // as in a shell without job control: Ctrl-z does nothing
	suspended = active;
	leaveFullScreen();
	// With no listener node restores the default action: stop.
	process.off('SIGTSTP', onStop);
	process.kill(process.pid, 'SIGTSTP');
	// Stopped, this runs once continued. Not stopped (a process group no job-control
	// shell started is orphaned, and the kernel discards its SIGTSTP), SIGCONT never
	// comes: take the terminal back at once.
	setImmediate(() => {
		if (suspended) onContinue();
	});
};

const onContinue = () => {
	if (!process.listeners('SIGTSTP').includes(onStop)) process.on('SIGTSTP', onStop);
	if (!suspended) {
		repaint?.();
		return;
	}
	suspended = false;
	enterFullScreen();
	repaint?.();
};

/**
 * Suspends on Ctrl-z / SIGTSTP and resumes on SIGCONT; `redraw` paints the whole screen
 * again. Returns the function that stops it (the explorer has ended).
 */
export function installJobControl(redraw: () => void): () => void {
	repaint = redraw;
	process.on('SIGTSTP', onStop);
	process.on('SIGCONT', onContinue);
	return () => {
		repaint = undefined;
		process.off('SIGTSTP', onStop);
		process.off('SIGCONT', onContinue);
	};
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

// Ink 6.8's useInput reads `key.name` of a Ctrl-modified CSI/SS3 key it has no name for
// (`ESC[1;5j`, `ESC[5j`, `ESCO5x`: a terminal's Ctrl+key or a garbled sequence) and
// throws on `undefined.startsWith`, crashing the explorer (found by the key flood in
// test/robustness/storms.test.ts). The explorer binds no Ctrl+arrow keys, so the Ctrl bit
// is dropped from such sequences before Ink parses them: Ctrl+↑ arrives as ↑.
const MODIFIED_KEY = /(\u001B+(?:O|N|\[\[?))(?:(\d+);(\d+)([~^$])|(?:1;)?(\d+)([a-zA-Z]))/gu;
// An escape sequence cut off after its parameters (or a mouse report cut short), to be
// completed by the next read.
const OPEN_SEQUENCE = /\u001B+(?:(?:O|N|\[\[?)[\d;:<=>?]+|\[M[\s\S]{0,2})$/u;

// Sequences a terminal sends that Ink has no name for reach the search line as text
// (`ESC[1;2P` F13 shows as "[1;2P"): F13 and up, `ESC[25~`, kitty keyboard reports
// (`ESC[57376u`), SGR, urxvt and X10 mouse reports, OSC/DCS replies (issue 19). They are
// dropped before Ink reads them; those Ink names (arrows, Home/End, PgUp/PgDn, Insert,
// Delete, F1–F12, Shift-Tab, bracketed paste marks) pass.
const SEQUENCE =
	/\u001B+(?:\[M[\u0020-\uFFFF]{3}|\[\[?[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]|[ON][\u0040-\u007E]|[\]P_^X][^\u0007\u001B]*(?:\u0007|\u001B\\))/gu;
const NAMED =
	/^\u001B+(?:\[\[[A-E]|\[\[[56]~|\[(?:1;\d+)?[A-FHZa-e]|\[(?:[1-8]|1[1-5]|1[7-9]|2[0134])(?:;\d+)?[~$^]|O[A-FHPQRSa-e])$/u;

/** Key input without the escape sequences Ink has no name for (see above). */
export function withoutForeignSequences(input: string): string {
	if (!input.includes('\u001B')) return input;
	return input.replace(SEQUENCE, (sequence) => (NAMED.test(sequence) ? sequence : ''));
}

/** The key input with the Ctrl modifier removed from CSI/SS3 sequences (see above). */
export function withoutCtrlModifier(input: string): string {
	return input.replace(
		MODIFIED_KEY,
		(
			all,
			lead: string,
			code?: string,
			mod?: string,
			end?: string,
			mod2?: string,
			letter?: string,
		) => {
			const modifier = Number(mod ?? mod2) - 1;
			if ((modifier & 4) === 0) return all;
			return code === undefined ? `${lead}${letter ?? ''}` : `${lead}${code}${end ?? ''}`;
		},
	);
}

// Ink turns everything between two escape sequences into one input event, so keys that
// arrive in one read (fast typing, a slow link, tmux) become one string: Enter then
// Ctrl-c read as "\r\x03", which is neither. Each control character is therefore handed
// to Ink as its own read; printable runs (an IME commit, a paste) stay whole.
// Alt-Backspace (ESC DEL, ESC BS) stays one key (issue 16: it deletes a word).
const CONTROL_KEY = /(\u001B[\u0008\u007F]|[\u0000-\u001A\u001C-\u001F\u007F])/u;

/** A chunk of key input as the reads Ink should see: control characters one by one. */
export function splitKeys(input: string): string[] {
	return input.split(CONTROL_KEY).filter((piece) => piece !== '');
}

const CTRL_Z = '\u001A';

/**
 * Filters what Ink reads from stdin: the Ctrl modifier dropped from CSI/SS3 sequences
 * (see above, carried across chunk splits), and control keys split into their own reads.
 */
// An SGR mouse report (issue 16): handed to the explorer, never to Ink.
const SGR_MOUSE = /\u001B\[<\d+;\d+;\d+[Mm]/gu;

export function guardKeyInput(
	stdin: NodeJS.ReadStream,
	onMouse?: (sequence: string) => void,
): void {
	const read = stdin.read.bind(stdin);
	let carry = '';
	const queue: string[] = [];
	stdin.read = (size?: number) => {
		// A chunk may filter down to nothing (a mouse report): read on until there is a key
		// or the stream itself says null. Answering null while the stream still had data
		// would leave it never asking for more ('readable' is not emitted again), and with
		// nothing left to wait for, node would exit.
		while (queue.length === 0) {
			const chunk: unknown = read(size);
			if (chunk === null) return null;
			const text = carry + (typeof chunk === 'string' ? chunk : String(chunk));
			const open = OPEN_SEQUENCE.exec(text);
			carry = open ? open[0] : '';
			let ready = open ? text.slice(0, open.index) : text;
			if (onMouse && ready.includes('\u001B[<')) {
				ready = ready.replace(SGR_MOUSE, (sequence) => {
					onMouse(sequence);
					return '';
				});
			}
			if (ready.includes(CTRL_Z)) {
				// Job control: what the line discipline does with Ctrl-z in cooked mode.
				ready = ready.replaceAll(CTRL_Z, '');
				setImmediate(() => process.kill(process.pid, 'SIGTSTP'));
			}
			// Twice: dropping a foreign sequence can join a Ctrl-modified key's halves
			// (`ESC[1;5` + `ESC]0;x…` + `p` → `ESC[1;5p`), found by the key flood (issue 16).
			queue.push(
				...splitKeys(withoutCtrlModifier(withoutForeignSequences(withoutCtrlModifier(ready)))),
			);
		}
		// (Never an empty string: that would read as "no more data" to Ink's loop.)
		return queue.shift() ?? null;
	};
}
