// What the standard streams are, where that changes what shuro does (issue 19), and the
// print modes' writer to stdout.
import {once} from 'node:events';
import {readFileSync, readlinkSync, writeSync} from 'node:fs';

/**
 * Whether descriptor `fd` is a terminal, asked of the descriptor: no stream is made.
 * node's tty module is read at run time, not when a startup snapshot is made.
 */
export const isTerminal = (fd: number): boolean =>
	(require('node:tty') as typeof import('node:tty')).isatty(fd);

/** stdin and stdout are both terminals. */
export const onTerminal = (): boolean => isTerminal(0) && isTerminal(1);

/**
 * Exits quietly when the reader of `stream` goes away (`shuro 2>&1 | head -1`) instead of
 * printing an EPIPE stack; any other failure is reported in one line (by the crash guard).
 * For stderr, stdout where the explorer draws on it, and the stream stdoutWriter hands over to.
 */
export function exitQuietlyOnClosed(
	stream: NodeJS.EventEmitter,
	exit: (code: number) => never = (code) => process.exit(code),
): void {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') exit(0);
		throw error;
	});
}

/** What a print mode writes its output with; a promise makes the caller wait for the reader. */
export type Write = (text: string) => void | Promise<void>;

type DirectDeps = {
	write: (fd: number, bytes: Uint8Array, offset: number) => number;
	stream: () => NodeJS.WritableStream;
	exit: (code: number) => never;
};

/**
 * Writes to stdout's descriptor itself, never making node's stream for it (for a pipe, a
 * net.Socket: ~5 ms of a `--json` run; bench/RESULTS.md). A pipe's reader sets the pace: a
 * write to a full pipe waits for it, as the stream's 'drain' did. A reader gone (EPIPE:
 * `shuro --json | head -1`) ends the run quietly, status 0. A descriptor that whoever opened
 * it left non-blocking (EAGAIN once the pipe is full) hands the rest to node's stream, which
 * waits for the reader; every later write goes there too, in order.
 */
export function stdoutWriter(deps: Partial<DirectDeps> = {}): Write {
	const write = deps.write ?? ((fd, bytes, offset) => writeSync(fd, bytes, offset));
	const exit = deps.exit ?? ((code: number) => process.exit(code));
	let stream: NodeJS.WritableStream | undefined;
	const toStream = (chunk: string | Uint8Array): void | Promise<void> => {
		if (!stream) {
			stream = (deps.stream ?? (() => process.stdout))();
			exitQuietlyOnClosed(stream, exit);
		}
		return stream.write(chunk) ? undefined : once(stream, 'drain').then(() => {});
	};
	return (text) => {
		if (stream) return toStream(text);
		const bytes = Buffer.from(text, 'utf8');
		let at = 0;
		try {
			while (at < bytes.length) at += write(1, bytes, at);
			return;
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'EPIPE') exit(0);
			if (code !== 'EAGAIN') throw error;
		}
		return toStream(bytes.subarray(at));
	};
}

/**
 * Whether stdout was closed when shuro started (`shuro --csv >&-`). Node reopens a closed
 * stdout on /dev/null (its PlatformInit), read-write, so writes vanish and the status
 * would be 0; a shell's `> /dev/null` opens it write-only. Linux only (/proc); elsewhere
 * false. `1<> /dev/null` reads as closed too: no one asks for output that way.
 */
export function stdoutClosed(): boolean {
	try {
		if (readlinkSync('/proc/self/fd/1') !== '/dev/null') return false;
		const flags = /^flags:\s*([0-7]+)$/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'))?.[1];
		return flags !== undefined && (Number.parseInt(flags, 8) & 3) === 2; // O_RDWR
	} catch {
		return false;
	}
}

/** The terminal cannot move a cursor: `TERM=dumb` (Emacs shells, some CI logs). */
export const dumbTerminal = (env: NodeJS.ProcessEnv = process.env) => env.TERM === 'dumb';
