// What the standard streams are, where that changes what shuro does (issue 19).
import {readFileSync, readlinkSync} from 'node:fs';

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
