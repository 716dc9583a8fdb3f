// bytes → string. Japanese government files come as UTF-8 (with or without BOM),
// Shift_JIS/CP932 or UTF-16 with a BOM; line ends may be CRLF or a lone CR.
import {isUtf8} from 'node:buffer';

/** Invalid UTF-8 on one line (1-based), each sequence replaced by U+FFFD. */
export type DecodeFault = {line: number; count: number};

export type Decoded =
	| {
			ok: true;
			text: string;
			encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis';
			/** Lines of a mostly-UTF-8 file with invalid bytes (absent when there are none). */
			faults?: DecodeFault[];
	  }
	| {ok: false; reason: 'empty' | 'binary' | 'encoding'; detail: string};

const MAGIC: Array<[string, number[]]> = [
	['PNG image', [0x89, 0x50, 0x4e, 0x47]],
	['PDF document', [0x25, 0x50, 0x44, 0x46]],
	['ZIP archive (xlsx/docx?)', [0x50, 0x4b, 0x03, 0x04]],
	['GZIP archive', [0x1f, 0x8b]],
	['JPEG image', [0xff, 0xd8, 0xff]],
	['GIF image', [0x47, 0x49, 0x46, 0x38]],
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((b, i) => bytes[i] === b);
}

// Control bytes other than tab, line ends, form feed and ESC.
const CONTROL = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/g;

function looksBinary(bytes: Uint8Array): string | null {
	for (const [name, magic] of MAGIC) if (startsWith(bytes, magic)) return name;
	// The first 8 kB as one byte a character, searched by regular expressions: a loop over
	// the bytes ran in V8's interpreter at start-up, ~2 ms a file (issue 17).
	const sample = String.fromCharCode.apply(null, bytes.subarray(0, 8192) as unknown as number[]);
	if (sample.includes('\0')) return 'binary data (NUL bytes)';
	const controls = sample.match(CONTROL)?.length ?? 0;
	return controls > sample.length / 10 ? 'binary data (control bytes)' : null;
}

// Valid UTF-8 is checked and decoded by node:buffer (simdutf), not by a TextDecoder: a
// startup snapshot (issue 17) cannot hold one (its ICU converter is native state), and the
// snapshot holds the seeds already decoded. As TextDecoder, one leading byte-order mark
// is dropped; invalid UTF-8 throws.
const utf8 = {
	decode(bytes: Uint8Array): string {
		if (!isUtf8(bytes)) throw new TypeError('not UTF-8');
		const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
		return Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start).toString(
			'utf8',
		);
	},
};

/** Normalises CRLF and lone CR to LF. */
export function normalizeNewlines(text: string): string {
	return text.replace(/\r\n?/g, '\n');
}

export function decode(bytes: Uint8Array): Decoded {
	if (bytes.length === 0) return {ok: false, reason: 'empty', detail: 'the file is empty'};
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
		const body = bytes.subarray(3);
		try {
			return {ok: true, text: normalizeNewlines(utf8.decode(body)), encoding: 'utf-8'};
		} catch {
			const read = utf8ByLine(body);
			if (mostlyUtf8(read)) return withFaults(read);
			return {
				ok: false,
				reason: 'encoding',
				detail: `the file begins with a UTF-8 byte-order mark, but ${read.faults.length} of its lines are not UTF-8 (Shift_JIS behind a BOM?); save it again as UTF-8`,
			};
		}
	}
	if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
		const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
		const text = new TextDecoder(encoding).decode(bytes.subarray(2));
		return {ok: true, text: normalizeNewlines(text), encoding};
	}
	const binary = looksBinary(bytes);
	if (binary) return {ok: false, reason: 'binary', detail: binary};
	try {
		return {ok: true, text: normalizeNewlines(utf8.decode(bytes)), encoding: 'utf-8'};
	} catch {
		// Not valid UTF-8 throughout. The encoding is decided on the whole file's evidence
		// (issue 19): a truncated last character, one Latin-1 byte or a stray surrogate in
		// a UTF-8 report leaves it UTF-8, with U+FFFD and a warning on those lines.
		const read = utf8ByLine(bytes);
		// Shift_JIS text is often valid UTF-8 for a character or two (a kanji's bytes and
		// the next one's lead byte), but hardly ever for a whole line: lines are the evidence.
		if (read.utf8Lines <= read.faults.length / 10) {
			// Hardly any UTF-8: the other common encoding for Japanese government files.
			const text = new TextDecoder('shift_jis').decode(bytes);
			return {ok: true, text: normalizeNewlines(text), encoding: 'shift_jis'};
		}
		if (mostlyUtf8(read)) return withFaults(read);
		return {
			ok: false,
			reason: 'encoding',
			detail: `cannot tell the file's encoding: ${read.utf8Lines} lines read as UTF-8 and ${read.faults.length} do not (UTF-8 and Shift_JIS mixed?); save it again in one encoding`,
		};
	}
}

type ByLine = {text: string; utf8Lines: number; faults: DecodeFault[]};

/** Mostly valid UTF-8: at most one line with invalid bytes per ten lines of valid non-ASCII UTF-8. */
const mostlyUtf8 = (read: ByLine) => read.faults.length <= Math.max(1, read.utf8Lines / 10);

function withFaults(read: ByLine): Decoded {
	return {ok: true, text: read.text, encoding: 'utf-8', faults: read.faults};
}

// Made on first use (a snapshot cannot hold it, above); invalid sequences → U+FFFD.
let lenientMade: TextDecoder | undefined;
const lenient = {
	decode(bytes: Uint8Array): string {
		lenientMade ??= new TextDecoder('utf-8');
		return lenientMade.decode(bytes);
	},
};

/**
 * Decodes UTF-8 line by line (LF, CRLF or a lone CR ends a line, as normalizeNewlines
 * reads them; neither byte occurs inside a UTF-8 or Shift_JIS character), counting the
 * lines of valid non-ASCII UTF-8 and the lines with invalid sequences.
 */
function utf8ByLine(bytes: Uint8Array): ByLine {
	const lines: string[] = [];
	const faults: DecodeFault[] = [];
	let utf8Lines = 0;
	let start = 0;
	const take = (end: number) => {
		const chunk = bytes.subarray(start, end);
		const line = lenient.decode(chunk);
		let replaced = 0;
		let wide = false;
		for (let i = 0; i < line.length; i++) {
			const code = line.charCodeAt(i);
			if (code === 0xfffd) replaced++;
			else if (code >= 0x80) wide = true;
		}
		// A U+FFFD the file itself holds (EF BF BD) is text, not a fault.
		const genuine = replaced > 0 ? countGenuine(chunk) : 0;
		if (replaced > genuine) faults.push({line: lines.length + 1, count: replaced - genuine});
		else if (wide || genuine > 0) utf8Lines++;
		lines.push(line);
	};
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		if (b !== 0x0a && b !== 0x0d) continue;
		take(i);
		if (b === 0x0d && bytes[i + 1] === 0x0a) i++;
		start = i + 1;
	}
	take(bytes.length);
	return {text: lines.join('\n'), utf8Lines, faults};
}

function countGenuine(chunk: Uint8Array): number {
	let n = 0;
	for (let i = 0; i + 2 < chunk.length; i++)
		if (chunk[i] === 0xef && chunk[i + 1] === 0xbf && chunk[i + 2] === 0xbd) n++;
	return n;
}
