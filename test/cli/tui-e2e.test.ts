// The built CLI in a real pseudo-terminal (tmux) at 80×24 and 140×40.
import stringWidth from 'string-width';
import {afterEach, describe, expect, it} from 'vitest';
import {hasTmux, type Session, startSession} from '../helpers/terminal-session.js';

const sessions: Session[] = [];
afterEach(() => {
	for (const s of sessions.splice(0)) s.kill();
});

function open(width: number, height: number, args: string[] = []) {
	const tui = startSession({args, width, height});
	sessions.push(tui);
	return tui;
}

const fits = (screen: string, width: number) =>
	screen.split('\n').every((line) => stringWidth(line) <= width);

describe.skipIf(!hasTmux())('the explorer in a real terminal', () => {
	for (const [width, height] of [
		[80, 24],
		[140, 40],
	] as const) {
		it(`${width}×${height}: list, query, detail, quit with the terminal restored`, async () => {
			const tui = open(width, height);
			let screen = await tui.waitFor((s) => s.includes('85 / 85'));
			expect(screen).toContain('ものづくり等産業人材育成支援事業');
			expect(fits(screen, width)).toBe(true);

			tui.type('女性再就職');
			screen = await tui.waitFor((s) => /\d+ \/ 85/.test(s) && !s.includes('85 / 85'));
			expect(screen).toContain('女性再就職支援事業');
			expect(screen).not.toContain('ものづくり等産業人材育成支援事業');

			tui.keys('Enter');
			screen = await tui.waitFor((s) => s.includes('247百万円'));
			expect(screen).toContain('247,000,000');
			expect(fits(screen, width)).toBe(true);

			tui.keys('C-c');
			screen = await tui.waitFor((s) => s.includes('EXIT='));
			expect(screen).toContain('EXIT=0');
			expect(screen).not.toContain('女性再就職支援事業');
		});
	}

	it('keys that arrive together are each obeyed (Enter then Ctrl-c in one read)', async () => {
		const tui = open(140, 40, ['女性再就職']);
		await tui.waitFor((s) => s.includes('247百万円'));
		tui.keys('Enter', 'C-c');
		const screen = await tui.waitFor((s) => s.includes('EXIT='));
		expect(screen).toContain('EXIT=0');
	});

	it('keys typed faster than frames are drawn act in order (Tab j j Enter in one read)', async () => {
		const tui = open(80, 24, ['しごと']);
		await tui.waitFor((s) => s.includes('女性しごと応援キャラバン'));
		tui.keys('Tab', 'j', 'j', 'Enter'); // the third result
		const screen = await tui.waitFor((s) => s.includes('No.21'));
		expect(screen.split('\n')[1]).toContain('女性しごと応援キャラバン');
		tui.keys('C-c');
		expect(await tui.waitFor((s) => s.includes('EXIT='))).toContain('EXIT=0');
	});

	it('q in the list quits with status 0', async () => {
		const tui = open(80, 24, ['テレワーク']);
		await tui.waitFor((s) => s.includes('テレワークの推進'));
		tui.keys('Tab');
		await tui.waitFor((s) => !s.includes('[検索]'));
		tui.keys('q');
		const screen = await tui.waitFor((s) => s.includes('EXIT='));
		expect(screen).toContain('EXIT=0');
	});
});
