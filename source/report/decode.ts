// bytes → string. Japanese government files come as UTF-8 (with or without BOM),
// Shift_JIS/CP932 or UTF-16 with a BOM; line ends may be CRLF or a lone CR.

export type Decoded =
	| {ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis'}
	| {ok: false; reason: 'empty' | 'binary'; detail: string};

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

function looksBinary(bytes: Uint8Array): string | null {
	for (const [name, magic] of MAGIC) if (startsWith(bytes, magic)) return name;
	const sample = bytes.subarray(0, 8192);
	let controls = 0;
	// An indexed loop: iterating a typed array with for…of is several times slower here.
	for (let i = 0; i < sample.length; i++) {
		const b = sample[i] as number;
		if (b === 0) return 'binary data (NUL bytes)';
		if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
	}
	return controls > sample.length / 10 ? 'binary data (control bytes)' : null;
}

const utf8 = new TextDecoder('utf-8', {fatal: true});

/** Normalises CRLF and lone CR to LF. */
export function normalizeNewlines(text: string): string {
	return text.replace(/\r\n?/g, '\n');
}

export function decode(bytes: Uint8Array): Decoded {
	if (bytes.length === 0) return {ok: false, reason: 'empty', detail: 'the file is empty'};
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
		const text = new TextDecoder('utf-8').decode(bytes.subarray(3));
		return {ok: true, text: normalizeNewlines(text), encoding: 'utf-8'};
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
		// Not valid UTF-8: the other common encoding for Japanese government files.
		const text = new TextDecoder('shift_jis').decode(bytes);
		return {ok: true, text: normalizeNewlines(text), encoding: 'shift_jis'};
	}
}
