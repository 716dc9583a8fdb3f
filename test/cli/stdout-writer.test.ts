// The print modes' writer to stdout (source/stdio.ts, issue 17): straight to the
// descriptor, every byte in order, a reader gone ending the run quietly, and a descriptor
// left non-blocking handed to node's stream, which waits for the reader.
import {spawnSync} from 'node:child_process';
import {EventEmitter} from 'node:events';
import {describe, expect, it} from 'vitest';
import {stdoutWriter} from '../../source/stdio.js';
import {CLI, runCli} from '../helpers/run-cli.js';

const errno = (code: string) => Object.assign(new Error(code), {code});
/** A descriptor's write that always fails with `code`. */
const failing = (code: string) => () => {
	throw errno(code);
};
const exitCalled = (code: number): never => {
	throw Object.assign(new Error(`exit ${code}`), {exitCode: code});
};

/** A stream that keeps what it is given and says it is full every `fullEvery` writes. */
function fakeStream(fullEvery = 0) {
	const got: string[] = [];
	const stream = Object.assign(new EventEmitter(), {
		write(chunk: string | Uint8Array) {
			got.push(Buffer.from(chunk).toString('utf8'));
			return fullEvery === 0 || got.length % fullEvery !== 0;
		},
	}) as unknown as NodeJS.WritableStream;
	return {stream, got};
}

describe('stdoutWriter', () => {
	it('writes every byte, however few each write takes, in one go (no promise)', () => {
		const written: Buffer[] = [];
		const write = stdoutWriter({
			// At most 5 bytes a call: a pipe that takes a little at a time.
			write: (_fd, bytes, offset) => {
				const part = Buffer.from(bytes.subarray(offset, offset + 5));
				written.push(part);
				return part.length;
			},
			stream: () => {
				throw new Error('no stream is made');
			},
		});
		expect(write('令和6年度 女性再就職支援事業\n')).toBeUndefined();
		expect(write('2.47億\n')).toBeUndefined();
		expect(Buffer.concat(written).toString('utf8')).toBe('令和6年度 女性再就職支援事業\n2.47億\n');
	});

	it('on EAGAIN hands the rest, and every later write, to the stream, in order', async () => {
		const {stream, got} = fakeStream(2);
		const direct: Buffer[] = [];
		let calls = 0;
		const write = stdoutWriter({
			write: (_fd, bytes, offset) => {
				calls++;
				if (calls === 2) throw errno('EAGAIN');
				const part = Buffer.from(bytes.subarray(offset, offset + 4));
				direct.push(part);
				return part.length;
			},
			stream: () => stream,
		});
		expect(write('abcdefgh')).toBeUndefined(); // 4 bytes direct, then EAGAIN: 'efgh' to the stream
		const waiting = write('ij'); // the stream is full after its second write: wait for drain
		expect(waiting).toBeInstanceOf(Promise);
		stream.emit('drain');
		await waiting;
		expect(write('kl')).toBeUndefined();
		expect(calls).toBe(2); // the descriptor is not tried again
		expect(Buffer.concat(direct).toString() + got.join('')).toBe('abcdefghijkl');
	});

	it('a reader gone (EPIPE, direct or through the stream) exits with status 0', () => {
		const epipe = stdoutWriter({write: failing('EPIPE'), exit: exitCalled});
		expect(() => epipe('x')).toThrow('exit 0');
		const {stream} = fakeStream();
		const viaStream = stdoutWriter({
			write: failing('EAGAIN'),
			stream: () => stream,
			exit: exitCalled,
		});
		viaStream('x');
		expect(() => stream.emit('error', errno('EPIPE'))).toThrow('exit 0');
	});

	it('any other failure is thrown (the crash guard reports it in one line)', () => {
		const write = stdoutWriter({write: failing('ENOSPC'), exit: exitCalled});
		expect(() => write('x')).toThrow('ENOSPC');
	});
});

const hasPython = spawnSync('python3', ['-c', 'pass']).status === 0;

describe.skipIf(!hasPython)('the built CLI on a pipe left non-blocking (issue 17)', () => {
	it('--json: every byte, the same as on a blocking pipe, read slowly', () => {
		const reference = runCli(['--json']).stdout;
		expect(reference.length).toBeGreaterThan(200_000); // more than a pipe holds
		// python3 makes the pipe, sets its write end non-blocking, starts the CLI on it and
		// reads only after a pause, so the CLI meets a full pipe (EAGAIN).
		const script = `
import os, subprocess, sys, time
r, w = os.pipe()
os.set_blocking(w, False)
p = subprocess.Popen([sys.argv[1], sys.argv[2], '--json'], stdout=w, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
os.close(w)
time.sleep(0.5)
out = b''
while True:
    chunk = os.read(r, 65536)
    if not chunk: break
    out += chunk
sys.stdout.buffer.write(out)
sys.exit(p.wait())
`;
		const out = spawnSync('python3', ['-c', script, process.execPath, CLI], {
			encoding: 'utf8',
			env: {...process.env, NO_COLOR: '1'},
			maxBuffer: 64 * 1024 * 1024,
			timeout: 30_000,
		});
		expect(out.status).toBe(0);
		expect(out.stdout).toBe(reference);
	});
});
