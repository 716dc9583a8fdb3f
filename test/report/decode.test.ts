import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {decode} from '../../source/report/decode.js';

const text = '令和6年度 就労支援事業計画\r\n1\tテレワークの推進\r';
const expected = '令和6年度 就労支援事業計画\n1\tテレワークの推進\n';

function sjis(s: string): Uint8Array {
	// Shift_JIS bytes for the characters used above, via a round trip table built from TextDecoder.
	const table = new Map<string, number[]>();
	const decoder = new TextDecoder('shift_jis');
	for (let hi = 0x81; hi <= 0xfc; hi++) {
		for (let lo = 0x40; lo <= 0xfc; lo++) {
			const c = decoder.decode(new Uint8Array([hi, lo]));
			if ([...c].length === 1 && !table.has(c)) table.set(c, [hi, lo]);
		}
	}
	const bytes: number[] = [];
	for (const c of s)
		bytes.push(...(c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : (table.get(c) ?? [0x3f])));
	return new Uint8Array(bytes);
}

describe('decode', () => {
	it('reads UTF-8 with and without a BOM, normalising CRLF and lone CR', () => {
		const plain = new TextEncoder().encode(text);
		expect(decode(plain)).toEqual({ok: true, text: expected, encoding: 'utf-8'});
		expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toEqual({
			ok: true,
			text: expected,
			encoding: 'utf-8',
		});
	});
	it('reads UTF-16 LE and BE with a BOM', () => {
		const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
		expect(decode(le)).toMatchObject({ok: true, text: expected, encoding: 'utf-16le'});
		const be = Buffer.from(
			Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le')]),
		);
		for (let i = 2; i + 1 < be.length; i += 2)
			[be[i], be[i + 1]] = [be[i + 1] as number, be[i] as number];
		expect(decode(be)).toMatchObject({ok: true, text: expected, encoding: 'utf-16be'});
	});
	it('reads Shift_JIS / CP932', () => {
		expect(decode(sjis(text))).toMatchObject({ok: true, text: expected, encoding: 'shift_jis'});
	});
	it('refuses empty and binary input with a reason', () => {
		expect(decode(new Uint8Array())).toMatchObject({ok: false, reason: 'empty'});
		expect(decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toMatchObject({
			ok: false,
			reason: 'binary',
			detail: 'PNG image',
		});
		expect(decode(new TextEncoder().encode('%PDF-1.7\n'))).toMatchObject({
			ok: false,
			detail: 'PDF document',
		});
		expect(decode(new Uint8Array([0x41, 0, 0x42]))).toMatchObject({ok: false, reason: 'binary'});
	});
	it('never throws for any bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({maxLength: 300}), (bytes) => {
				const out = decode(bytes);
				expect(typeof out.ok).toBe('boolean');
			}),
		);
	});
});
