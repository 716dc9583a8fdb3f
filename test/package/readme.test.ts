// The README says what the program does (issue 16): its key table names every key of the
// key table, its flags are the CLI's flags, its exit statuses the help's.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {USAGE} from '../../source/cli-help.js';
import {BINDINGS, keyLabel} from '../../source/keys/bindings.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = (title: string) => {
	const start = readme.indexOf(title);
	const end = readme.indexOf('\n## ', start + title.length);
	return readme.slice(start, end < 0 ? undefined : end);
};

describe('README', () => {
	it('names every key the key table binds', () => {
		const explorer = section('## The explorer');
		for (const binding of BINDINGS) {
			for (const key of binding.keys) {
				const label = keyLabel(key);
				expect(explorer, `${binding.command}: ${label}`).toContain(label);
			}
		}
	});
	it('lists every flag of the help, and the help every flag of the README', () => {
		const scripting = section('## Scripting');
		const helpFlags = new Set(USAGE.match(/--[a-z][a-z-]+/g));
		// The flag table (the prose around it mentions other programs' flags).
		const table = scripting.slice(
			scripting.indexOf('| flag | does |'),
			scripting.indexOf('**Exit status**'),
		);
		const readmeFlags = new Set(table.match(/--[a-z][a-z-]+/g));
		for (const flag of helpFlags) expect(readmeFlags, flag).toContain(flag);
		for (const flag of readmeFlags) expect(helpFlags, flag).toContain(flag);
		for (const short of ['-y', '-d', '-n', '-q', '-h', '-v']) {
			expect(USAGE).toContain(`${short} `);
			expect(table).toContain(short);
		}
	});
	it('gives the exit statuses the help gives', () => {
		const scripting = section('## Scripting');
		const codes = USAGE.slice(USAGE.indexOf('Exit status')).match(/^ {4}(\d+)/gm) ?? [];
		expect(codes.map((c) => c.trim())).toEqual(['0', '1', '2', '70', '130', '143']);
		for (const code of codes) expect(scripting).toContain(`\`${code.trim()}\``);
	});
});
