// The one key splitter (source/ink/key-input.ts), fed bytes as a terminal sends them:
// sequences cut across reads, bursts read together, mouse reports, foreign sequences.
import {PassThrough} from 'node:stream';
import {describe, expect, it, vi} from 'vitest';
import {guardKeyInput, KeySplitter, suspendSelf, typedKeys} from '../../source/ink/key-input.js';

const up = '\u001B[A';
const down = '\u001B[B';
const enter = '\r';
const ctrlC = '\u0003';
const ctrlZ = '\u001A';
const backspace = '\u007F';
const altBackspace = '\u001B\u007F';
const f13 = '\u001B[1;2P';
const titleReply = '\u001B]0;title\u0007';
const wheelDown = '\u001B[<65;10;5M';
const click = '\u001B[<0;3;4M';

/** Every read a splitter makes of `chunks`, in order. */
function readsOf(chunks: string[], splitter = new KeySplitter()): string[] {
	return chunks.flatMap((chunk) => splitter.push(chunk));
}

describe('KeySplitter: escape sequences split across reads', () => {
	it('holds a CSI cut after its parameters until the next read completes it', () => {
		const splitter = new KeySplitter();
		expect(splitter.push('a\u001B[1;')).toEqual(['a']);
		expect(splitter.push('2A')).toEqual(['\u001B[1;2A']);
	});
	it('joins a Ctrl-modified arrow cut in two, and drops the Ctrl bit Ink cannot name', () => {
		expect(readsOf(['\u001B[1;5', 'A'])).toEqual([up]);
	});
	it('joins an SGR mouse report cut in three, and hands it to the explorer', () => {
		const onMouse = vi.fn();
		const splitter = new KeySplitter({onMouse});
		expect(readsOf(['\u001B[<65;1', '0;5', 'Mj'], splitter)).toEqual(['j']);
		expect(onMouse).toHaveBeenCalledWith(wheelDown);
	});
	it('joins an X10 mouse report cut short, then drops it (Ink has no name for it)', () => {
		expect(readsOf(['\u001B[M', ' !!q'])).toEqual(['q']);
	});
	it('passes a lone Esc (nothing to complete)', () => {
		expect(readsOf(['\u001B'])).toEqual(['\u001B']);
	});
});

describe('KeySplitter: keys read together', () => {
	it('makes each control character a read of its own: Enter then Ctrl-c is two keys', () => {
		expect(readsOf([enter + ctrlC])).toEqual([enter, ctrlC]);
	});
	it('keeps a pasted or IME-committed run whole, and the control keys around it apart', () => {
		expect(readsOf([`テレワーク${enter}`])).toEqual(['テレワーク', enter]);
		expect(readsOf([`ab${backspace}${backspace}c`])).toEqual(['ab', backspace, backspace, 'c']);
	});
	it('keeps Alt-Backspace one key', () => {
		expect(readsOf([`x${altBackspace}y`])).toEqual(['x', altBackspace, 'y']);
	});
	it('leaves arrows read together for Ink to split', () => {
		expect(readsOf([up + down])).toEqual([up + down]);
	});
});

describe('KeySplitter: mouse reports', () => {
	it('hands every SGR report to the explorer and none to Ink', () => {
		const onMouse = vi.fn();
		expect(readsOf([`${wheelDown}${click}j`], new KeySplitter({onMouse}))).toEqual(['j']);
		expect(onMouse.mock.calls).toEqual([[wheelDown], [click]]);
	});
	it('drops the reports when the mouse is off (--no-mouse)', () => {
		expect(readsOf([`${wheelDown}k`])).toEqual(['k']);
	});
	it('reads on when a chunk was only a report', () => {
		expect(readsOf([wheelDown], new KeySplitter({onMouse: () => {}}))).toEqual([]);
	});
});

describe('KeySplitter: foreign sequences', () => {
	it('drops F13 and a terminal reply between keys, keeping the keys', () => {
		expect(readsOf([`a${f13}b${titleReply}c`])).toEqual(['abc']);
	});
	it('joins a Ctrl-modified key whose halves a dropped reply separated', () => {
		expect(readsOf([`\u001B[1;5${titleReply}p`])).toEqual(['\u001B[p']);
	});
	it('turns Ctrl-z into a suspend, never a key', () => {
		const onSuspend = vi.fn();
		expect(readsOf([`a${ctrlZ}b`], new KeySplitter({onSuspend}))).toEqual(['ab']);
		expect(onSuspend).toHaveBeenCalledTimes(1);
	});
	it('suspends with SIGTSTP, and does nothing where there is none (Windows, where naming it throws)', () => {
		const kill = vi.spyOn(process, 'kill').mockImplementation(() => true);
		try {
			expect(suspendSelf({})).toBe(false);
			expect(kill).not.toHaveBeenCalled();
			expect(suspendSelf({SIGTSTP: 20})).toBe(true);
			expect(kill).toHaveBeenCalledWith(process.pid, 'SIGTSTP');
		} finally {
			kill.mockRestore();
		}
	});
});

describe('typedKeys: bursts that reached the explorer whole', () => {
	it('splits a few ASCII letters typed faster than one read into keys', () => {
		expect(typedKeys('jj')).toEqual(['j', 'j']);
		expect(typedKeys('jjjjjjjj')).toEqual(['j', 'j', 'j', 'j', 'j', 'j', 'j', 'j']);
	});
	it('leaves a paste alone: more than 8 letters, spaces, or Japanese', () => {
		expect(typedKeys('jjjjjjjjj')).toBeNull();
		expect(typedKeys('q e')).toBeNull();
		expect(typedKeys('テレワーク')).toBeNull();
		expect(typedKeys('j')).toBeNull();
	});
});

describe('guardKeyInput', () => {
	it("answers Ink's stdin.read() one split read at a time, reading on past a report", () => {
		const stdin = new PassThrough({encoding: 'utf8'}) as unknown as NodeJS.ReadStream;
		const onMouse = vi.fn();
		guardKeyInput(stdin, {onMouse});
		stdin.push(wheelDown);
		stdin.push(`${enter}${ctrlC}`);
		const reads: Array<string | null> = [];
		for (let read = stdin.read(); read !== null; read = stdin.read()) reads.push(read);
		expect(reads).toEqual([enter, ctrlC]);
		expect(onMouse).toHaveBeenCalledWith(wheelDown);
	});
});
