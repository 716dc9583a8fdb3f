import {describe, expect, it} from 'vitest';
import {sanitize, sanitizeInput} from '../../source/text/sanitize.js';

describe('sanitize', () => {
	it('turns escape sequences into inert visible text', () => {
		expect(sanitize('事業\u001B[2J名')).toBe('事業␛[2J名');
		expect(sanitize('\u001B]0;title\u0007')).toBe('␛]0;title␇');
		expect(sanitize('a\u009B31mb')).toBe('a\uFFFD31mb');
		expect(sanitize('del\u007F')).toBe('del␡');
	});
	it('drops BiDi overrides and zero-width characters, ZWJ included (issue 19)', () => {
		expect(sanitize('abc\u202Eevil\u202C')).toBe('abcevil');
		expect(sanitize('テ\u200Bレ\uFEFFワ\u2066ー\u2069ク')).toBe('テレワーク');
		expect(sanitize('👨\u200D👩\u200D👧')).toBe('👨👩👧');
	});
	it('makes tabs and line breaks spaces (one line per cell)', () => {
		expect(sanitize('a\tb\r\nc\u2028d')).toBe('a b  c d');
	});
	it('drops controls from typed input instead of showing them', () => {
		expect(sanitizeInput('テレ\u001Bワーク\u0007')).toBe('テレワーク');
	});
});
