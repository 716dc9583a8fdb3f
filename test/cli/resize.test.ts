// Issue 19, group 3: after any resize the next frame is a full, correct repaint. The built
// CLI runs in a real pseudo-terminal (tmux); its screen after resizes is compared with a
// fresh start at the final size, twice: as tmux shows it, and as @xterm/headless (a
// terminal emulator model) shows the bytes the program wrote, replayed with each resize
// at the point of the output it came at. Single resizes (narrower and taller at once,
// across the side-by-side / stacked switch at 120 columns) and a storm.
import {Terminal} from '@xterm/headless';
import {afterEach, describe, expect, it} from 'vitest';
import {hasTmux, type Session, startSession} from '../helpers/terminal-session.js';

const sessions: Session[] = [];
afterEach(() => {
	for (const s of sessions.splice(0)) s.kill();
});

const QUERY = '女性';
const READY = (s: string) => s.includes('18 / 85');

/** Waits until neither the screen nor the bytes written change for a while. */
async function settle(tui: Session): Promise<string> {
	let screen = tui.screen();
	let bytes = tui.raw().length;
	let quiet = 0;
	const start = Date.now();
	while (quiet < 6) {
		if (Date.now() - start > 10_000) throw new Error(`never settled:\n${screen}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
		const nextScreen = tui.screen();
		const nextBytes = tui.raw().length;
		quiet = nextScreen === screen && nextBytes === bytes ? quiet + 1 : 0;
		screen = nextScreen;
		bytes = nextBytes;
	}
	return screen;
}

/** The screen a fresh start at this size shows (as tmux shows it). */
async function fresh(width: number, height: number): Promise<string> {
	const tui = startSession({args: [QUERY], width, height});
	sessions.push(tui);
	await tui.waitFor(READY);
	return settle(tui);
}

/** `raw` (bytes) replayed in an emulator of `width`×`height`, resized at each offset. */
async function replay(
	raw: string,
	width: number,
	height: number,
	resizes: Array<{at: number; width: number; height: number}>,
): Promise<string> {
	const term = new Terminal({cols: width, rows: height, allowProposedApi: true});
	const bytes = Buffer.from(raw, 'latin1');
	const write = (chunk: Uint8Array) => new Promise<void>((resolve) => term.write(chunk, resolve));
	let from = 0;
	for (const resize of resizes) {
		await write(bytes.subarray(from, resize.at));
		term.resize(resize.width, resize.height);
		from = resize.at;
	}
	await write(bytes.subarray(from));
	const buffer = term.buffer.active;
	const lines: string[] = [];
	for (let y = 0; y < term.rows; y++) {
		lines.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
	}
	term.dispose();
	return `${lines.join('\n')}\n`;
}

/** Runs the explorer at the first size, resizes through the rest, and returns both views. */
async function resized(sizes: Array<[number, number]>) {
	const [first, ...rest] = sizes as [[number, number], ...Array<[number, number]>];
	const tui = startSession({args: [QUERY], width: first[0], height: first[1]});
	sessions.push(tui);
	await tui.waitFor(READY);
	await settle(tui);
	const resizes: Array<{at: number; width: number; height: number}> = [];
	for (const [width, height] of rest) {
		resizes.push({at: tui.raw().length, width, height});
		tui.resize(width, height);
	}
	const screen = await settle(tui);
	const emulated = await replay(tui.raw(), first[0], first[1], resizes);
	tui.keys('C-c');
	return {screen, emulated};
}

describe.skipIf(!hasTmux())('the screen after resizes', () => {
	const single: Array<[number, number, number, number]> = [
		[90, 30, 89, 31],
		[100, 30, 80, 40],
		[143, 50, 86, 57], // side by side → stacked, narrower and taller
		[80, 24, 130, 40], // stacked → side by side
	];
	for (const [w1, h1, w2, h2] of single) {
		it(`${w1}×${h1} → ${w2}×${h2} shows what a fresh start at ${w2}×${h2} shows`, async () => {
			const {screen, emulated} = await resized([
				[w1, h1],
				[w2, h2],
			]);
			const expected = await fresh(w2, h2);
			expect(expected.split('\n')[0]).toMatch(/^検索> 女性/);
			expect(screen).toBe(expected);
			expect(emulated).toBe(expected);
		});
	}

	it('after a storm of 30 resizes, the screen is a fresh start at the last size', async () => {
		// A fixed walk through sizes, small and large, ending at 97×33.
		const sizes: Array<[number, number]> = [[100, 30]];
		let seed = 19;
		const next = () => {
			seed = (seed * 1103515245 + 12345) % 2 ** 31;
			return seed / 2 ** 31;
		};
		for (let i = 0; i < 29; i++)
			sizes.push([60 + Math.floor(next() * 100), 16 + Math.floor(next() * 40)]);
		sizes.push([97, 33]);
		const {screen, emulated} = await resized(sizes);
		const expected = await fresh(97, 33);
		expect(screen).toBe(expected);
		expect(emulated).toBe(expected);
	});
});
