// A load's read buffer (source/report/files.ts): one buffer for the load's small files,
// a buffer of its own for a large one, and nothing kept by the module once a load is done.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {ReadBuffer} from '../../source/report/files.js';

const dir = mkdtempSync(join(tmpdir(), 'shuro-read-'));
const write = (name: string, data: string | Uint8Array) => {
	const path = join(dir, name);
	writeFileSync(path, data);
	return path;
};
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('ReadBuffer', () => {
	it('reads each small file into the same buffer, valid until the next read', () => {
		const buffer = new ReadBuffer();
		const first = buffer.read(write('a.txt', '令和6年度\tA'));
		expect(text(first)).toBe('令和6年度\tA');
		const second = buffer.read(write('b.txt', 'B'));
		expect(text(second)).toBe('B');
		expect(second.buffer).toBe(first.buffer);
	});

	it('gives a file larger than its buffer one of its own, and keeps its own for the next', () => {
		const buffer = new ReadBuffer();
		const small = buffer.read(write('small.txt', 'x'));
		const large = new Uint8Array((1 << 20) + 5).fill(0x61);
		const read = buffer.read(write('large.txt', large));
		expect(read.length).toBe(large.length);
		expect(read.every((b) => b === 0x61)).toBe(true);
		expect(read.buffer).not.toBe(small.buffer);
		expect(buffer.read(write('after.txt', 'y')).buffer).toBe(small.buffer);
	});

	it('gives two loads two buffers: none is kept by the module between loads', () => {
		const file = write('same.txt', 'same');
		expect(new ReadBuffer().read(file).buffer).not.toBe(new ReadBuffer().read(file).buffer);
	});

	it('refuses what is not a regular file, as before', () => {
		expect(() => new ReadBuffer().read(dir)).toThrow(/not a regular file|directory/);
	});
});
