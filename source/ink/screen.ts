// The explorer's screen: the alternate screen entered, raw mode on, mouse reports asked
// for, and the terminal left as it was found on every way out (q, Ctrl-c, SIGTERM, SIGHUP,
// an uncaught exception, a closed stdout: exit-guards.ts; Ctrl-z: job-control.ts).
// docs/bad-input.md lists every way out and its status. One Screen per process, made by
// the CLI and handed to whatever enters or leaves it.

const ENTER_ALT = '\u001B[?1049h\u001B[H';
// Mouse reports: clicks and the wheel (1000), in SGR form (1006). Issue 16.
const MOUSE_ON = '\u001B[?1000h\u001B[?1006h';
const MOUSE_OFF = '\u001B[?1006l\u001B[?1000l';
// End a synchronized update (a kill can land between Ink's ?2026h and ?2026l), show the
// cursor, leave the alternate screen.
const LEAVE = '\u001B[?2026l\u001B[?25h\u001B[?1049l';

export class Screen {
	readonly #streams: () => {stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream};
	#active = false;
	/** The explorer asked for mouse reports (enter), so leaving turns them off. */
	#mouse = false;
	#teardown: (() => void) | undefined;

	/** The process's own by default, read when first used: the print modes never touch stdin. */
	constructor(
		streams: () => {stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream} = () => ({
			stdin: process.stdin,
			stdout: process.stdout,
		}),
	) {
		this.#streams = streams;
	}

	/** The alternate screen is up (entered and not left). */
	get active(): boolean {
		return this.#active;
	}

	/**
	 * What to run before leaving the alternate screen, e.g. unmounting Ink. Ink unmounts
	 * itself from a process 'exit' hook and then repaints its last frame; if that came after
	 * `?1049l` it would paint the explorer over the user's shell and wipe its scrollback.
	 */
	setTeardown(fn: (() => void) | undefined): void {
		this.#teardown = fn;
	}

	/** Tears the UI down and leaves the alternate screen; safe to call more than once. */
	restore(): void {
		const before = this.#teardown;
		this.#teardown = undefined;
		try {
			before?.();
		} catch {
			// the UI may be what failed; the terminal still has to be restored
		}
		this.leave();
	}

	/** The terminal as it was found (the UI stays mounted: a suspend comes back to it). */
	leave(): void {
		if (!this.#active) return;
		this.#active = false;
		const {stdin, stdout} = this.#streams();
		try {
			if (stdin.isTTY && stdin.isRaw) stdin.setRawMode(false);
		} catch {
			// stdin may already be closed
		}
		try {
			stdout.write(this.#mouse ? MOUSE_OFF + LEAVE : LEAVE);
		} catch {
			// stdout may already be closed
		}
	}

	/** Enters the alternate screen; `withMouse` (kept for a resume after Ctrl-z) asks for mouse reports. */
	enter(withMouse = this.#mouse): void {
		this.#active = true;
		this.#mouse = withMouse;
		// Raw mode from before the first frame: Ink turns it on only once its input effect
		// runs, a few milliseconds after the frame is out, and a Ctrl-c typed in between
		// would reach the terminal's line discipline as SIGINT for the whole process group
		// (the shell that started shuro included) instead of reaching the explorer as a key.
		const {stdin, stdout} = this.#streams();
		if (stdin.isTTY) stdin.setRawMode(true);
		stdout.write(this.#mouse ? ENTER_ALT + MOUSE_ON : ENTER_ALT);
	}
}
