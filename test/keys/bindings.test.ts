import {describe, expect, it} from 'vitest';
import {
	ALL_SCOPES,
	BINDINGS,
	type Command,
	keyLabel,
	matchesKey,
	resolveCommand,
} from '../../source/keys/bindings.js';
import {inkKey} from '../helpers/ink-key.js';

const k = inkKey;

describe('key table', () => {
	it('gives every command keys and descriptions in both languages', () => {
		const commands = new Set<Command>(BINDINGS.map((b) => b.command));
		expect(commands.size).toBe(BINDINGS.length);
		for (const b of BINDINGS) {
			expect(b.keys.length).toBeGreaterThan(0);
			expect(b.ja).not.toBe('');
			expect(b.en).not.toBe('');
		}
	});
	it('never binds one key to two commands in the same scope', () => {
		for (const scope of ALL_SCOPES) {
			const seen = new Map<string, Command>();
			for (const b of BINDINGS.filter((x) => x.scopes.includes(scope))) {
				for (const key of b.keys) {
					const label = keyLabel(key);
					expect(seen.get(label), `${label} in ${scope}`).toBeUndefined();
					seen.set(label, b.command);
				}
			}
		}
	});
});

describe('resolveCommand', () => {
	it('treats letters as text on the search line and as commands in the list', () => {
		expect(resolveCommand('j', inkKey(), 'search')).toBeNull();
		expect(resolveCommand('q', inkKey(), 'search')).toBeNull();
		expect(resolveCommand('j', inkKey(), 'list')).toBe('cursorDown');
		expect(resolveCommand('q', inkKey(), 'list')).toBe('quit');
		expect(resolveCommand('G', k({shift: true}), 'list')).toBe('last');
	});
	it('keeps arrows, Ctrl keys, Enter and Esc working while typing', () => {
		expect(resolveCommand('', k({downArrow: true}), 'search')).toBe('cursorDown');
		expect(resolveCommand('n', k({ctrl: true}), 'search')).toBe('cursorDown');
		expect(resolveCommand('p', k({ctrl: true}), 'search')).toBe('cursorUp');
		expect(resolveCommand('', k({return: true}), 'search')).toBe('open');
		expect(resolveCommand('', k({escape: true, meta: true}), 'search')).toBe('back');
		expect(resolveCommand('c', k({ctrl: true}), 'search')).toBe('forceQuit');
		expect(resolveCommand('', k({delete: true}), 'search')).toBe('editBackspace');
	});
	it('uses Home/End for the line on the search line and for the list elsewhere', () => {
		expect(resolveCommand('', k({home: true}), 'search')).toBe('editHome');
		expect(resolveCommand('', k({home: true}), 'list')).toBe('first');
		expect(resolveCommand('', k({end: true}), 'detail')).toBe('last');
	});
	it('matches Tab but not Shift-Tab', () => {
		expect(matchesKey({special: 'tab'}, '', k({tab: true}))).toBe(true);
		expect(matchesKey({special: 'tab'}, '', k({tab: true, shift: true}))).toBe(false);
	});
});
