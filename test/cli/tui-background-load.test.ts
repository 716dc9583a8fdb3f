// Many report files (over the 1 MB small-input limit) are parsed between frames and
// linked by the link worker: the explorer opens, fills as reports arrive, searches them
// all, and prints the problems it found once it closes.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
// @ts-expect-error: plain JavaScript module shared with the benchmark
import {writeReportFiles} from '../../bench/report-files.mjs';
import {hasTmux, type Session, startSession} from '../helpers/terminal-session.js';

const sessions: Session[] = [];
afterEach(() => {
	for (const s of sessions.splice(0)) s.kill();
});

describe.skipIf(!hasTmux())('loading in the background', () => {
	it('opens, fills with every report, searches them and reports problems on exit', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'shuro-bg-'));
		const {files, programs} = writeReportFiles(dir, 3000) as {files: number; programs: number};
		expect(files).toBeGreaterThan(40);
		const tui = startSession({args: ['--data', dir], width: 100, height: 30});
		sessions.push(tui);
		let screen = await tui.waitFor((s) => s.includes('読み込み中'), 20_000);
		screen = await tui.waitFor(
			(s) =>
				s.includes(`${programs} / ${programs} 件`) &&
				!s.includes('読み込み中') &&
				!s.includes('系譜を計算中'),
			20_000,
		);
		expect(screen).toContain('⚠ 警告'); // the FY2022 copies' garbage cell, on the status line

		tui.type('テレワークの推進');
		screen = await tui.waitFor(
			(s) => /\d+ \/ \d+ 件/.test(s) && !s.includes(`${programs} / ${programs}`),
		);
		expect(screen).toContain('テレワークの推進');
		expect(screen).toMatch(/北海道|青森県|岩手県/);

		// Its lineage: the same program in other years (report/lineage.ts).
		tui.keys('Enter');
		await tui.waitFor((s) => s.includes('[詳細]'));
		tui.type('t');
		screen = await tui.waitFor((s) => s.includes('[年度比較]') && s.includes('関連する事業'));
		// The corpus varies names year to year (地域…, モデル…): the same program renamed.
		expect(screen).toMatch(/FY20\d\d +\d+ .*テレワークの推進 +(?:継続|名称変更) \d\.\d\d/);

		tui.keys('C-c');
		screen = await tui.waitFor((s) => s.includes('EXIT='));
		expect(screen).toContain('EXIT=0');
		// Long lines wrap in the pane: read them joined.
		expect(screen.replace(/\n/g, '')).toContain(
			'warning: ignored unreadable text in the budget column',
		);
	});
});
