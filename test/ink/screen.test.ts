// The screen's lifecycle (source/ink/screen.ts) on fake streams: what entering and leaving
// write, in which order a teardown runs, and that leaving twice writes once.
import {describe, expect, it} from 'vitest';
import {Screen} from '../../source/ink/screen.js';

const ENTER = '\u001B[?1049h\u001B[H';
const MOUSE_ON = '\u001B[?1000h\u001B[?1006h';
const MOUSE_OFF = '\u001B[?1006l\u001B[?1000l';
const LEAVE = '\u001B[?2026l\u001B[?25h\u001B[?1049l';

function fakeTerminal() {
	const events: string[] = [];
	const stdin = {
		isTTY: true,
		isRaw: false,
		setRawMode(raw: boolean) {
			this.isRaw = raw;
			events.push(raw ? 'raw on' : 'raw off');
		},
	};
	const stdout = {write: (text: string) => events.push(text)};
	const screen = new Screen(() => ({
		stdin: stdin as unknown as NodeJS.ReadStream,
		stdout: stdout as unknown as NodeJS.WriteStream,
	}));
	return {screen, events};
}

describe('Screen', () => {
	it('enters with raw mode first, then the alternate screen (and mouse reports when asked)', () => {
		const {screen, events} = fakeTerminal();
		screen.enter(true);
		expect(screen.active).toBe(true);
		expect(events).toEqual(['raw on', ENTER + MOUSE_ON]);
	});
	it('leaves once: raw mode off, mouse off, cursor shown, alternate screen left', () => {
		const {screen, events} = fakeTerminal();
		screen.enter(true);
		screen.leave();
		screen.leave();
		expect(screen.active).toBe(false);
		expect(events.slice(2)).toEqual(['raw off', MOUSE_OFF + LEAVE]);
	});
	it('comes back after a suspend with the mouse as it was', () => {
		const {screen, events} = fakeTerminal();
		screen.enter(true);
		screen.leave();
		screen.enter();
		expect(events.at(-1)).toBe(ENTER + MOUSE_ON);
	});
	it('restores: the teardown (unmounting Ink) first, once, even when it throws', () => {
		const {screen, events} = fakeTerminal();
		screen.enter(false);
		screen.setTeardown(() => {
			events.push('teardown');
			throw new Error('the UI failed');
		});
		screen.restore();
		screen.restore();
		expect(events.slice(2)).toEqual(['teardown', 'raw off', LEAVE]);
	});
});
