// Issue 6: resize storms, tiny terminals and keystroke floods never crash the explorer
// and leave it usable. The built CLI in a real pseudo-terminal (tmux).
import {afterEach, describe, expect, it} from 'vitest';
import {type Session, startSession, hasTmux} from '../helpers/terminal-session.js';

const sessions: Session[] = [];
afterEach(() => {
	for (const s of sessions.splice(0)) s.kill();
});
const open = (width = 80, height = 24) => {
	const session = startSession({width, height});
	sessions.push(session);
	return session;
};

const LIST_READY = (s: string) => s.includes('85 / 85');
const TOO_SMALL = '端末が小さすぎます';

/** A small deterministic PRNG (mulberry32), so a failing flood can be replayed. */
function random(seed: number) {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// Everything a user or a broken terminal can send, except the two quit keys.
const FLOOD_PIECES = [
	'\u001B[',
	'\u001BO',
	'\u001B[A',
	'\u001B[B',
	'\u001B[C',
	'\u001B[D',
	'\u001B[5~',
	'\u001B[6~',
	'\u001B[1;5',
	'\u001B]0;x',
	'\u001BOP',
	'\r',
	'\t',
	'\u007F',
	'\u0015',
	'\u000E',
	'\u0010',
	'\u0001',
	'\u0005',
	'\u001A',
	'\u001C',
	'/',
	'?',
	'j',
	'k',
	'g',
	'G',
	't',
	'p',
	'y',
	's',
	'c',
	'a',
	'Z',
	'1',
	' ',
	'テ',
	'レ',
	'ワ',
	'ｶ',
	'𠮷',
	'👍',
	'\u202E',
];

/** Waits until the screen has not changed for `quietMs` (a 10 KB paste takes a while to digest). */
async function settle(tui: Session, quietMs = 600, timeoutMs = 20_000) {
	const start = Date.now();
	let last = tui.screen();
	let since = Date.now();
	while (Date.now() - start < timeoutMs) {
		await new Promise((resolve) => setTimeout(resolve, 50));
		const now = tui.screen();
		if (now !== last) {
			last = now;
			since = Date.now();
		} else if (Date.now() - since >= quietMs) return last;
	}
	throw new Error(`the screen never settled:\n${last}`);
}

describe.skipIf(!hasTmux())('resize storms and tiny terminals', () => {
	it('survives 100 SIGWINCH and a storm of sizes down to 1×1, then recovers', async () => {
		const tui = open();
		await tui.waitFor(LIST_READY);
		const pid = await tui.pid();
		const sizes: Array<[number, number]> = [
			[1, 1],
			[20, 5],
			[200, 60],
			[59, 15],
			[61, 17],
			[2, 40],
			[150, 2],
		];
		for (let i = 0; i < 30; i++) {
			const [w, h] = sizes[i % sizes.length] ?? [80, 24];
			tui.resize(w, h);
			for (let k = 0; k < 4; k++) process.kill(pid, 'SIGWINCH');
		}
		for (let k = 0; k < 100; k++) process.kill(pid, 'SIGWINCH');

		tui.resize(20, 5);
		let screen = await tui.waitFor((s) => s.includes('端末が') || s.includes('小さ'));
		expect(tui.alive()).toBe(true);

		tui.resize(1, 1);
		await new Promise((resolve) => setTimeout(resolve, 150));
		expect(tui.alive()).toBe(true);

		tui.resize(80, 24);
		screen = await tui.waitFor((s) => LIST_READY(s) && !s.includes(TOO_SMALL));
		expect(screen).toContain('ものづくり等産業人材育成支援事業');
		tui.type('女性再就職');
		screen = await tui.waitFor((s) => s.includes('女性再就職支援事業') && !LIST_READY(s));
		expect(tui.alive()).toBe(true);
	});
});

describe.skipIf(!hasTmux())('keystroke floods', () => {
	it('1,000 random keys with escape fragments and a 10 KB Japanese paste leave a usable UI', async () => {
		const tui = open();
		await tui.waitFor(LIST_READY);
		await tui.pid();
		const next = random(6);
		const pieces: string[] = [];
		for (let i = 0; i < 1000; i++) {
			pieces.push(FLOOD_PIECES[Math.floor(next() * FLOOD_PIECES.length)] ?? '');
		}
		// In chunks, as a terminal delivers them: ~200 characters, never cutting a piece (an
		// ESC cut from its sequence would be the Esc key, which quits at the top: issue 16).
		let chunk = '';
		for (const piece of pieces) {
			if (chunk.length + piece.length > 200) {
				tui.type(chunk);
				chunk = '';
			}
			chunk += piece;
		}
		if (chunk) tui.type(chunk);
		const japanese = '就労支援事業計画の実施状況テレワーク推進、女性再就職支援。\n';
		tui.paste(japanese.repeat(Math.ceil(10_240 / Buffer.byteLength(japanese))));
		await settle(tui);
		expect(tui.alive()).toBe(true);

		// Back to a known place: q out of whatever view the flood left open, / to the
		// search line, Ctrl-e Ctrl-u to clear it. (Not Esc: on an empty query it quits, as q does
		// in the list; so the flood has neither a lone ESC nor a q, issue 16.)
		for (let i = 0; i < 12 && !tui.screen().includes('[検索]'); i++) {
			tui.keys(tui.screen().includes('[一覧]') ? '/' : 'q');
			await settle(tui, 200);
		}
		// Ctrl-e first: Ctrl-u deletes to the start of the line, as in readline (issue 16).
		tui.keys('C-e');
		tui.keys('C-u');
		await tui.waitFor((s) => s.includes('[検索]') && s.includes('事業名・概要・計画などで検索'));
		// The flood may have left a year filter or a sort order: a query found in both years.
		tui.type('テレワークの推進');
		const screen = await tui.waitFor(
			(s) => s.includes('検索> テレワークの推進') && /\[検索\] [1-9] \/ 85/.test(s),
		);
		expect(screen).toMatch(/ 20\d\d +\d+ 継 テレワークの推進/);
		expect(tui.alive()).toBe(true);
		tui.keys('C-c');
		const {status} = await tui.exited();
		expect(status).toBe(0);
	});
});
