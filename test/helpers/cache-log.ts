// The tests of the code cache and of the startup snapshot (issue 17) each run the CLI with
// caches of their own, in one temporary directory, and read what became of them from the
// log that $SHURO_CACHE_LOG names (never from timings).
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll} from 'vitest';
import {type Session, startSession} from './terminal-session.js';

export type Cache = {path: string; log: string};

/** A directory for the suite's caches, removed after it; `fresh()` names a new cache in it. */
export function tempCaches(prefix: string): {dir: string; fresh: () => Cache} {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	// A CLI just killed, or a snapshot maker in the background, may still be writing.
	afterAll(() => rmSync(dir, {recursive: true, force: true, maxRetries: 10, retryDelay: 100}));
	let count = 0;
	const fresh = (): Cache => {
		const path = join(dir, `cache-${count++}`);
		return {path, log: `${path}.log`};
	};
	return {dir, fresh};
}

/** The log so far ('' before anything was written to it). */
export const logText = (log: string): string => (existsSync(log) ? readFileSync(log, 'utf8') : '');

/** The log's lines so far; the log is emptied. */
export function takeLines(log: string): string[] {
	const text = logText(log);
	writeFileSync(log, '');
	return text.trim().split('\n');
}

/** Polls `done` every 20 ms, up to 10 s. */
export async function until(done: () => boolean): Promise<void> {
	for (let waited = 0; !done() && waited < 10_000; waited += 20)
		await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Stops a session and waits for its CLI to be gone (it may write its cache as it exits). */
export async function stopSession(session: Session): Promise<void> {
	await session.pid();
	session.kill();
	await until(() => !session.alive());
}

/**
 * The explorer's first frame with the seeds at 80×24, in tmux, with `env`. With `ready`, the
 * session is ended only once that holds too (what the run should have done by then).
 */
export async function firstFrame(
	env: Record<string, string>,
	ready?: () => boolean,
): Promise<string> {
	const session = startSession({env, width: 80, height: 24});
	try {
		const frame = await session.waitFor((screen) => screen.includes('/ 85 件'));
		if (ready) await session.waitFor(ready, 15_000);
		return frame;
	} finally {
		await stopSession(session);
	}
}
