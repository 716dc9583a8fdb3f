// Expanding a directory into its report files reads each entry's kind from the directory
// itself (no stat per file, issue 17): only a symbolic link is followed. What it finds is
// what a stat of every entry found.
import {mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {expandPaths} from '../../source/report/files.js';

const dir = mkdtempSync(join(tmpdir(), 'shuro-expand-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('expandPaths', () => {
	it('lists report files sorted, follows links, and names sub-directories', () => {
		for (const name of ['b.txt', 'a.TSV', '.hidden.txt', 'notes.md', 'c.text'])
			writeFileSync(join(dir, name), 'x');
		mkdirSync(join(dir, 'older'));
		mkdirSync(join(dir, 'dir.txt'));
		symlinkSync(join(dir, 'b.txt'), join(dir, 'link.txt'));
		symlinkSync(join(dir, 'older'), join(dir, 'archive'));
		symlinkSync(join(dir, 'gone.txt'), join(dir, 'broken.txt'));
		const {files, issues} = expandPaths([dir]);
		expect(files).toEqual(['a.TSV', 'b.txt', 'c.text', 'link.txt'].map((n) => join(dir, n)));
		expect(issues).toEqual([
			{
				code: 'skipped-directory',
				severity: 'warning',
				message:
					'3 sub-directories not read (archive, dir.txt, older); pass them to --data to load their reports',
				file: dir,
			},
		]);
		// The same as a stat of each entry would say.
		for (const file of files) expect(statSync(file).isFile()).toBe(true);
	});
});
