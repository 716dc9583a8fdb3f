// Issue 6: the terminal is always left as it was found — alternate screen left, cursor
// shown, raw mode off — however the explorer ends: q, Ctrl-c, SIGTERM, SIGHUP, a crash.
// And report text never reaches the terminal raw. The built CLI runs in a real
// pseudo-terminal (tmux); every byte it wrote is captured.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {
	type Session,
	type SessionOptions,
	startSession,
	terminalState,
	hasTmux,
} from '../helpers/terminal-session.js';

const sessions: Session[] = [];
afterEach(() => {
	for (const s of sessions.splice(0)) s.kill();
});
const open = (options: SessionOptions = {}) => {
	const session = startSession(options);
	sessions.push(session);
	return session;
};

const LIST_READY = (s: string) => s.includes('85 / 85');

/** The terminal after the program exited: modes restored and the shell's screen untouched. */
function expectRestored(session: Session, stty: string) {
	const state = terminalState(session.raw());
	expect(state.enteredAlt).toBe(true);
	expect(state.leftAlt).toBe(true);
	expect(state.cursorShown).toBe(true);
	// Nothing is painted over the user's shell after leaving the alternate screen
	// (Ink's final repaint used to land there, with ESC[3J wiping the scrollback).
	expect(state.afterLeaving).not.toContain('\u001B[2J');
	expect(state.afterLeaving).not.toContain('\u001B[3J');
	expect(state.afterLeaving).not.toContain('ものづくり等産業人材育成支援事業');
	// Raw mode is off again: the line discipline echoes and edits lines.
	expect(stty.split(' ')).toEqual(expect.arrayContaining(['icanon', 'echo']));
	expect(stty).not.toMatch(/-icanon|-echo/);
}

describe.skipIf(!hasTmux())('the terminal is restored on every way out', () => {
	it('q: status 0', async () => {
		const tui = open();
		await tui.waitFor(LIST_READY);
		tui.keys('Tab');
		await tui.waitFor((s) => !s.includes('[検索]'));
		tui.keys('q');
		const {status, stty} = await tui.exited();
		expect(status).toBe(0);
		expectRestored(tui, stty);
	});

	it('Ctrl-c: status 0', async () => {
		const tui = open();
		await tui.waitFor(LIST_READY);
		// A key round trip first: Ctrl-c before raw mode is on would be a SIGINT (130).
		tui.type('zz');
		await tui.waitFor((s) => s.includes('検索> zz'));
		tui.keys('C-c');
		const {status, stty} = await tui.exited();
		expect(status).toBe(0);
		expectRestored(tui, stty);
	});

	for (const [signal, code] of [
		['SIGTERM', 143],
		['SIGHUP', 129],
		['SIGINT', 130],
		// Issue 19: every fatal signal that can be caught.
		['SIGQUIT', 131],
		['SIGALRM', 142],
		['SIGUSR2', 140],
	] as const) {
		it(`${signal}: status ${code}`, async () => {
			const tui = open();
			await tui.waitFor(LIST_READY);
			process.kill(await tui.pid(), signal);
			const {status, stty, screen} = await tui.exited();
			expect(status).toBe(code);
			expectRestored(tui, stty);
			expect(screen).not.toContain('ものづくり等産業人材育成支援事業');
		});
	}

	it('an uncaught exception: one line, no stack, status 70 (SHURO_CRASH_AFTER_RENDER)', async () => {
		const tui = open({env: {SHURO_CRASH_AFTER_RENDER: '1'}});
		const {status, stty, screen} = await tui.exited();
		expect(status).toBe(70);
		expectRestored(tui, stty);
		expect(screen).toContain('shuro: internal error: crash requested by SHURO_CRASH_AFTER_RENDER');
		expect(screen).not.toMatch(/^\s+at /m);
	});
});

describe.skipIf(!hasTmux())('not a TTY on one side', () => {
	it('stdout a terminal but stdin /dev/null: prints the table and exits 0, no full screen', async () => {
		const tui = open({args: ['--limit', '3'], stdin: '/dev/null', width: 200, height: 30});
		const {status, screen} = await tui.exited();
		expect(status).toBe(0);
		expect(screen).toMatch(/年度\s+No\s+事業名/);
		expect(screen).toContain('ものづくり等産業人材育成支援事業');
		expect(terminalState(tui.raw()).enteredAlt).toBe(false);
	});
});

describe.skipIf(!hasTmux())('report text never reaches the terminal raw', () => {
	const dir = mkdtempSync(join(tmpdir(), 'shuro-evil-'));
	const evil = join(dir, 'evil.txt');
	writeFileSync(
		evil,
		[
			'令和6年度 就労支援事業計画 事業の実施状況',
			'1\t悪意\u001B]0;PWNED\u0007名\u001B[2J\t○概要\u001B]52;c;cm0gLXJmIH4=\u0007です\u009B31m\u202E反転\u200B終\t約1億円\t1件\t1件\t件',
			'2\t普通の事業\t○ふつう\u001B]2;PWNED2\u001B\\\t約2億円\t2件\t2件\t件',
			'',
		].join('\n'),
	);

	it('the list and the detail show inert pictures; title and clipboard untouched', async () => {
		const tui = open({args: ['--data', evil]});
		let screen = await tui.waitFor((s) => s.includes('悪意'));
		const title = tui.paneTitle();
		expect(screen).toContain('悪意␛]0;PWNED␇名␛[2J');
		tui.keys('Enter');
		screen = await tui.waitFor((s) => s.includes('約1億円'));
		expect(screen).toContain('概要␛]52;c;cm0gLXJmIH4=␇です�31m反転終');
		const raw = tui.raw();
		expect(raw).not.toContain('\u001B]0;PWNED');
		expect(raw).not.toContain('\u001B]52;c;cm0g');
		expect(raw).not.toContain('\u001B]2;PWNED2');
		expect(raw).not.toContain('\u00C2\u009B31m'); // UTF-8 of U+009B, read as latin1
		expect(raw).not.toContain('\u00E2\u0080\u00AE'); // UTF-8 of U+202E
		expect(tui.paneTitle()).toBe(title);
		expect(tui.paneTitle()).not.toContain('PWNED');
		// With set-clipboard on, an OSC 52 that got through would have made a tmux buffer.
		expect(tui.buffers()).toBe('');
		tui.keys('C-c');
		await tui.exited();
	});
});
