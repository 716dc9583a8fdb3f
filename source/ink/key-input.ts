// Key input as Ink 6.8.0 should see it, in one place: the reads Ink takes from stdin
// (guardKeyInput) and the typed bursts its useInput hands over (typedKeys).
//
// Ink turns everything between two escape sequences into one input event, so keys read
// together (fast typing, a slow link, tmux, a paste) reach useInput as one string. shuro
// splits them in two stages of one splitter:
// 1. Before Ink reads (KeySplitter, guardKeyInput): escape sequences cut across reads
//    are joined, mouse reports go to the explorer, sequences Ink has no name for are
//    dropped, Ctrl-z becomes SIGTSTP, and each control character is a read of its own;
//    printable runs (an IME commit, a paste) stay whole.
// 2. After routing (typedKeys): a printable run that meant nothing to the view it reached
//    is, when short, keys typed faster than one read (`jj`), one key each.
import {constants} from 'node:os';

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

// Each control character is handed to Ink as its own read: Enter then Ctrl-c read together
// as "\r\x03" is neither. Alt-Backspace (ESC DEL, ESC BS) stays one key (issue 16: it
// deletes a word).
const CONTROL_KEY = /(\u001B[\u0008\u007F]|[\u0000-\u001A\u001C-\u001F\u007F])/u;

// An SGR mouse report (issue 16): handed to the explorer, never to Ink.
const SGR_MOUSE = /\u001B\[<\d+;\d+;\d+[Mm]/gu;

const CTRL_Z = '\u001A';

/** Keys read together that are still keys, not a paste: up to 8 printable ASCII characters. */
const TYPED_BURST = /^[!-~]{2,8}$/;

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

/** A chunk of key input as the reads Ink should see: control characters one by one. */
export function splitKeys(input: string): string[] {
	return input.split(CONTROL_KEY).filter((piece) => piece !== '');
}

/**
 * Stage 2: what useInput handed over as one string, as the keys typed, when nothing took
 * it whole. Outside the search line, where such a string means nothing, a few ASCII
 * letters are keys typed faster than one read (`jj`); anything longer (or not ASCII) is a
 * paste or an IME commit, and a pasted word must not run commands (q, e, c …) letter by
 * letter: null.
 */
export function typedKeys(input: string): string[] | null {
	return TYPED_BURST.test(input) ? [...input] : null;
}

export type KeyInputHandlers = {
	/** An SGR mouse report (without it, reports are dropped as foreign sequences). */
	onMouse?: ((sequence: string) => void) | undefined;
	/** Ctrl-z was typed (job control: what the line discipline does with it in cooked mode). */
	onSuspend?: (() => void) | undefined;
};

/**
 * Stage 1: chunks of stdin in, the reads Ink should see out. Holds only the unfinished
 * escape sequence at the end of the last chunk, completed by the next.
 */
export class KeySplitter {
	#carry = '';
	readonly #handlers: KeyInputHandlers;

	constructor(handlers: KeyInputHandlers = {}) {
		this.#handlers = handlers;
	}

	/** The reads for one chunk (none while a sequence is still open, or for a mouse report). */
	push(chunk: string): string[] {
		const text = this.#carry + chunk;
		const open = OPEN_SEQUENCE.exec(text);
		this.#carry = open ? open[0] : '';
		let ready = open ? text.slice(0, open.index) : text;
		const {onMouse, onSuspend} = this.#handlers;
		if (onMouse && ready.includes('\u001B[<')) {
			ready = ready.replace(SGR_MOUSE, (sequence) => {
				onMouse(sequence);
				return '';
			});
		}
		if (ready.includes(CTRL_Z)) {
			ready = ready.replaceAll(CTRL_Z, '');
			onSuspend?.();
		}
		// Twice: dropping a foreign sequence can join a Ctrl-modified key's halves
		// (`ESC[1;5` + `ESC]0;x…` + `p` → `ESC[1;5p`), found by the key flood (issue 16).
		return splitKeys(withoutCtrlModifier(withoutForeignSequences(withoutCtrlModifier(ready))));
	}
}

/**
 * Stops this process with SIGTSTP, as the line discipline would on Ctrl-z. Where there is
 * no such signal (Windows: node throws on its name), Ctrl-z does nothing. Whether it sent it.
 */
export function suspendSelf(
	signals: Readonly<Record<string, number | undefined>> = constants.signals,
): boolean {
	if (signals.SIGTSTP === undefined) return false;
	process.kill(process.pid, 'SIGTSTP');
	return true;
}

/**
 * Filters what Ink reads from `stdin` through a KeySplitter: Ink 6.8.0 reads key input
 * with `stdin.read()` in a loop on 'readable' (ink/build/components/App.js), so `read`
 * is wrapped to answer one split read at a time. Ctrl-z (by default) stops the process
 * with SIGTSTP, as the line discipline would (suspendSelf).
 */
export function guardKeyInput(
	stdin: NodeJS.ReadStream,
	{onMouse, onSuspend = () => setImmediate(() => suspendSelf())}: KeyInputHandlers = {},
): void {
	const read = stdin.read.bind(stdin);
	const splitter = new KeySplitter({onMouse, onSuspend});
	const queue: string[] = [];
	stdin.read = (size?: number) => {
		// A chunk may filter down to nothing (a mouse report): read on until there is a key
		// or the stream itself says null. Answering null while the stream still had data
		// would leave it never asking for more ('readable' is not emitted again), and with
		// nothing left to wait for, node would exit.
		while (queue.length === 0) {
			const chunk: unknown = read(size);
			if (chunk === null) return null;
			queue.push(...splitter.push(typeof chunk === 'string' ? chunk : String(chunk)));
		}
		// (Never an empty string: that would read as "no more data" to Ink's loop.)
		return queue.shift() ?? null;
	};
}
