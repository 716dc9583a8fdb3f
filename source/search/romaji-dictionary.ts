// jsmigemo's CompactDictionary read from its file piece by piece (issue 17: memory with
// the seeds). jsmigemo's own constructor takes the whole file (2.1 MB) and copies it into
// its typed arrays (2.6 MB), so both were in memory at once when the first romaji query
// read the dictionary. This reads each array from the file straight into the array
// (jsmigemo's file is big-endian), with a 64 kB buffer for the one array that is decoded
// on the way, and builds the same objects with jsmigemo's own classes.
//
// It follows jsmigemo 0.4.8's file format (CompactDictionary's constructor and readTrie)
// and the public fields its methods read; test/search/romaji-dictionary.test.ts compares
// every field, and searches, with jsmigemo's own reading of the same file.
import {closeSync, openSync, readSync} from 'node:fs';
import type * as Jsmigemo from 'jsmigemo';

const PIECE = 64 * 1024;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

class FileReader {
	private position = 0;
	private readonly word = new Uint8Array(4);
	constructor(private readonly fd: number) {}

	/** Fills `bytes` from the file, or throws at its end. */
	fill(bytes: Uint8Array): void {
		let done = 0;
		while (done < bytes.length) {
			const read = readSync(this.fd, bytes, done, bytes.length - done, this.position);
			if (read === 0) throw new Error('romaji dictionary: the file ends too soon');
			done += read;
			this.position += read;
		}
	}

	u32(): number {
		this.fill(this.word);
		const [a, b, c, d] = this.word as unknown as [number, number, number, number];
		return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
	}

	/** `count` big-endian 16-bit values. */
	u16s(count: number): Uint16Array {
		const values = new Uint16Array(count);
		this.fill(new Uint8Array(values.buffer));
		if (LITTLE_ENDIAN) for (let i = 0; i < count; i++) values[i] = swap16(values[i] as number);
		return values;
	}

	/** `count` big-endian 32-bit values, into `values` (Uint32Array or Int32Array). */
	u32s<T extends Uint32Array | Int32Array>(values: T): T {
		this.fill(new Uint8Array(values.buffer));
		if (LITTLE_ENDIAN)
			for (let i = 0; i < values.length; i++) values[i] = swap32(values[i] as number);
		return values;
	}

	/** `count` bytes, each mapped through `table`, read in pieces. */
	mapped(count: number, table: Uint16Array): Uint16Array {
		const values = new Uint16Array(count);
		const piece = new Uint8Array(Math.min(PIECE, count));
		for (let at = 0; at < count; at += piece.length) {
			const part = piece.subarray(0, Math.min(piece.length, count - at));
			this.fill(part);
			for (let i = 0; i < part.length; i++) values[at + i] = table[part[i] as number] as number;
		}
		return values;
	}
}

const swap16 = (x: number) => ((x & 0xff) << 8) | (x >>> 8);
const swap32 = (x: number) =>
	((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24);

/** A bit vector as jsmigemo writes it: its size, then each 64-bit word as two halves, high first. */
function readBitVector(module: typeof Jsmigemo, file: FileReader): Jsmigemo.BitVector {
	const size = file.u32();
	const words = file.u32s(new Uint32Array(((size + 63) >> 6) * 2));
	for (let i = 0; i < words.length; i += 2) {
		const high = words[i] as number;
		words[i] = words[i + 1] as number;
		words[i + 1] = high;
	}
	return new module.BitVector(words, size);
}

function readTrie(
	module: typeof Jsmigemo,
	file: FileReader,
	hiragana: Uint16Array | null,
): Jsmigemo.LOUDSTrie {
	const count = file.u32() | 0;
	const edges = hiragana ? file.mapped(count, hiragana) : file.u16s(count);
	return new module.LOUDSTrie(readBitVector(module, file), edges);
}

/** The compact hiragana byte → character code (CompactHiraganaString's own decoding). */
function hiraganaTable(module: typeof Jsmigemo): Uint16Array {
	const table = new Uint16Array(256);
	for (let byte = 0; byte < 256; byte++) {
		try {
			table[byte] = module.CompactHiraganaString.decodeByte(byte).charCodeAt(0);
		} catch {
			table[byte] = 0xfffd; // never in a valid file
		}
	}
	return table;
}

type Internals = {createHasMappingBitList(bits: Jsmigemo.BitVector): Jsmigemo.BitList};

export function readCompactDictionary(
	module: typeof Jsmigemo,
	path: string,
): Jsmigemo.CompactDictionary {
	const fd = openSync(path, 'r');
	try {
		const file = new FileReader(fd);
		const keyTrie = readTrie(module, file, hiraganaTable(module));
		const valueTrie = readTrie(module, file, null);
		const mappingBitVector = readBitVector(module, file);
		const mapping = file.u32s(new Int32Array(file.u32()));
		const dict = Object.create(module.CompactDictionary.prototype) as Jsmigemo.CompactDictionary;
		return Object.assign(dict, {
			keyTrie,
			valueTrie,
			mappingBitVector,
			mapping,
			hasMappingBitList: (module.CompactDictionary as unknown as Internals).createHasMappingBitList(
				mappingBitVector,
			),
		});
	} finally {
		closeSync(fd);
	}
}
