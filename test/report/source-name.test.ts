import {describe, expect, it} from 'vitest';
import {sourceNames} from '../../source/report/source-name.js';

describe('source names', () => {
	it('names files relative to the folder the loaded reports share, never an absolute path', () => {
		const name = sourceNames([
			{file: '/usr/lib/node_modules/shuro/seeds/000.txt'},
			{file: '/usr/lib/node_modules/shuro/seeds/001.txt'},
		]);
		expect(name('/usr/lib/node_modules/shuro/seeds/000.txt')).toBe('000.txt');
		const tree = sourceNames([{file: '/data/tokyo/2024.txt'}, {file: '/data/osaka/r6/2024.txt'}]);
		expect(tree('/data/tokyo/2024.txt')).toBe('tokyo/2024.txt');
		expect(tree('/data/osaka/r6/2024.txt')).toBe('osaka/r6/2024.txt');
	});
	it('gives a single file its own name, and an unknown file its base name', () => {
		expect(sourceNames([{file: '/x/y/report.txt'}])('/x/y/report.txt')).toBe('report.txt');
		expect(sourceNames([{file: '/x/y/report.txt'}])('/elsewhere/other.txt')).toBe('other.txt');
	});
});
