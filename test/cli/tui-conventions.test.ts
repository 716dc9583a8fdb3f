// Issue 16 in a real pseudo-terminal (tmux): colour as NO_COLOR, --color, --no-color and
// FORCE_COLOR ask; F1; Esc Esc quits; --limit refused; an unknown --year said on the
// status line; the clipboard program used, or 端末へ送信 when only OSC 52 was sent.
import {chmodSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {hasTmux, type Session, startSession} from '../helpers/terminal-session.js';

const sessions: Session[] = [];
afterEach(() => {
	for (const s of sessions.splice(0)) s.kill();
});

function open(args: string[], env: Record<string, string>, width = 100) {
	const tui = startSession({args, env, width, height: 24});
	sessions.push(tui);
	return tui;
}

const READY = (s: string) => s.includes('85 / 85');

/** SGR colour parameters (30–49, 90–107) in what the program wrote. */
function colourCodes(raw: string): number {
	let count = 0;
	for (const [, params] of raw.matchAll(/\u001B\[([\d;]*)m/g)) {
		const codes = (params ?? '').split(';').map(Number);
		if (codes.some((c) => (c >= 30 && c <= 49) || (c >= 90 && c <= 107))) count++;
	}
	return count;
}

/** Opens the explorer, waits for the list, moves once so a frame has tones, and quits. */
async function colours(args: string[], env: Record<string, string>) {
	const tui = open(args, {FORCE_COLOR: '', ...env});
	await tui.waitFor(READY);
	tui.type('女性');
	await tui.waitFor((s) => s.includes('検索> 女性') && !READY(s));
	tui.keys('C-c');
	expect((await tui.exited()).status).toBe(0);
	const raw = tui.raw();
	// Bold and inverse are not colours: the selection still shows.
	expect(raw).toContain('\u001B[7m');
	return colourCodes(raw);
}

describe.skipIf(!hasTmux())('colour in the explorer', () => {
	it('draws colours by default (auto, on a colour terminal)', async () => {
		expect(await colours([], {NO_COLOR: ''})).toBeGreaterThan(5);
	});
	it('NO_COLOR=1: no colour codes at all', async () => {
		expect(await colours([], {NO_COLOR: '1'})).toBe(0);
	});
	it('--color=never and --no-color: none', async () => {
		expect(await colours(['--color=never'], {NO_COLOR: ''})).toBe(0);
		expect(await colours(['--no-color'], {NO_COLOR: ''})).toBe(0);
	});
	it('--color=always and FORCE_COLOR=1 win over NO_COLOR', async () => {
		expect(await colours(['--color=always'], {NO_COLOR: '1'})).toBeGreaterThan(5);
		expect(await colours([], {NO_COLOR: '1', FORCE_COLOR: '1'})).toBeGreaterThan(5);
	});
});

describe.skipIf(!hasTmux())('keys and flags in the explorer', () => {
	it('F1 opens the help with a query typed; q closes it; Esc Esc quits with status 0', async () => {
		const tui = open([], {}, 180);
		await tui.waitFor(READY);
		tui.type('女性');
		await tui.waitFor((s) => s.includes('F1 ヘルプ'));
		tui.keys('F1');
		await tui.waitFor((s) => s.includes('[ヘルプ]') && s.includes('キー操作'));
		tui.keys('q');
		await tui.waitFor((s) => s.includes('[検索]') && s.includes('検索> 女性'));
		tui.keys('Escape');
		await tui.waitFor((s) => s.includes('[一覧]'));
		tui.keys('Escape');
		await tui.waitFor((s) => s.includes('[一覧]') && READY(s));
		tui.keys('Escape');
		const {status} = await tui.exited();
		expect(status).toBe(0);
	});
	it('--limit is refused in the explorer, with a message', async () => {
		const tui = open(['--limit', '3'], {});
		const {status, screen} = await tui.exited();
		expect(status).toBe(2);
		expect(screen).toContain(
			'shuro: --limit applies to --json, --csv, --ndjson and the printed table',
		);
	});
	it('an unknown --year says which years are loaded, and lists every year', async () => {
		const tui = open(['--year', 'R5'], {}, 140);
		const screen = await tui.waitFor((s) => s.includes('の報告書はありません'));
		expect(screen).toContain(
			'FY2023 (令和5年度) の報告書はありません (読み込み済み: FY2024, FY2022)',
		);
		await tui.waitFor(READY);
		tui.keys('C-c');
		await tui.exited();
	});
	it('--year 令和4年度 opens on that year', async () => {
		const tui = open(['--year', '令和4年度'], {}, 140);
		const screen = await tui.waitFor((s) => s.includes('[FY2022]'));
		expect(screen).toContain('38 / 85');
		tui.keys('C-c');
		await tui.exited();
	});
});

describe.skipIf(!hasTmux())('c copies', () => {
	it('with the first clipboard program found, and says which', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'shuro-clip-'));
		const copied = join(dir, 'copied.txt');
		const xclip = join(dir, 'xclip');
		writeFileSync(xclip, `#!/bin/sh\ncat > '${copied}'\n`);
		chmodSync(xclip, 0o755);
		const tui = open(['早期再就職'], {PATH: `${dir}:${process.env.PATH}`, DISPLAY: ':99'}, 140);
		await tui.waitFor((s) => s.includes('早期再就職緊急支援事業'));
		tui.keys('Tab');
		await tui.waitFor((s) => s.includes('[一覧]'));
		tui.keys('c');
		const screen = await tui.waitFor((s) => s.includes('コピーしました (xclip)'));
		expect(screen).toContain('早期再就職緊急支援事業');
		expect(readFileSync(copied, 'utf8')).toMatch(/^早期再就職緊急支援事業 · FY2022 No\.2 · /);
		expect(tui.buffers()).toBe(''); // no OSC 52 as well
		tui.keys('C-c');
		await tui.exited();
	});
	it('with none found, sends OSC 52 and says 端末へ送信, not that it copied', async () => {
		const tui = open(['早期再就職'], {DISPLAY: '', WAYLAND_DISPLAY: ''}, 140);
		await tui.waitFor((s) => s.includes('早期再就職緊急支援事業'));
		tui.keys('Tab');
		await tui.waitFor((s) => s.includes('[一覧]'));
		tui.keys('c');
		const screen = await tui.waitFor((s) => s.includes('端末へ送信'));
		expect(screen).not.toContain('コピーしました');
		// tmux (set-clipboard on) turned the OSC 52 into a paste buffer.
		await tui.waitFor(() => tui.buffers() !== '');
		tui.keys('C-c');
		await tui.exited();
	});
});

describe.skipIf(!hasTmux())('the mouse', () => {
	const selected = (screen: string) => screen.split('\n').findIndex((l) => l.startsWith('▶'));
	it('the wheel scrolls the list, a click selects a row; leaving turns mouse reports off', async () => {
		const tui = open([], {});
		await tui.waitFor(READY);
		tui.keys('Tab');
		let screen = await tui.waitFor((s) => s.includes('[一覧]'));
		expect(selected(screen)).toBe(2);
		tui.type('\u001B[<65;10;10M'); // wheel down over the list
		screen = await tui.waitFor((s) => selected(s) === 5);
		tui.type('\u001B[<0;10;8M\u001B[<0;10;8m'); // click on screen row 8
		screen = await tui.waitFor((s) => selected(s) === 7);
		expect(screen).toContain('[一覧]');
		tui.keys('q');
		expect((await tui.exited()).status).toBe(0);
		const raw = tui.raw();
		expect(raw).toContain('\u001B[?1000h\u001B[?1006h');
		expect(raw.lastIndexOf('\u001B[?1000l')).toBeGreaterThan(raw.lastIndexOf('\u001B[?1000h'));
	});
	it('--no-mouse leaves the mouse to the terminal', async () => {
		const tui = open(['--no-mouse'], {});
		await tui.waitFor(READY);
		tui.keys('C-c');
		expect((await tui.exited()).status).toBe(0);
		expect(tui.raw()).not.toContain('\u001B[?1000h');
	});
});
