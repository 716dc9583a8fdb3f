// One boundary per concern (issue 18, ../shared/CONVENTIONS.md): the import graph of
// source/, read from the files, holds the layering.
// - No lower layer imports the views (source/ui/).
// - source/text/ (measuring, truncating, wrapping, sanitising, numbers) imports only itself.
// - source/start/ (the bin's loader and its code cache, issue 17) imports only itself.
// - The domain (report/, figures/) imports nothing of state, search, output, keys, ink or
//   the views.
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const SOURCE = resolve(dirname(fileURLToPath(import.meta.url)), '../../source');

function files(dir: string): string[] {
	return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return files(path);
		return /\.tsx?$/.test(entry.name) ? [path] : [];
	});
}

/** The folders of source/ each file imports from (relative imports only). */
function importedFolders(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const specs = [
		...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'/g),
		...text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g),
	].map((m) => m[1] as string);
	return specs
		.map((spec) => relative(SOURCE, resolve(dirname(file), spec)))
		.filter((path) => !path.startsWith('..'))
		.map((path) => (path.includes('/') ? (path.split('/')[0] as string) : '.'));
}

const byFolder = new Map<string, Array<{file: string; imports: string[]}>>();
for (const file of files(SOURCE)) {
	const path = relative(SOURCE, file);
	const folder = path.includes('/') ? (path.split('/')[0] as string) : '.';
	const list = byFolder.get(folder) ?? [];
	list.push({file: path, imports: importedFolders(file)});
	byFolder.set(folder, list);
}

const violations = (folders: string[], forbidden: (imported: string) => boolean) =>
	folders.flatMap((folder) =>
		(byFolder.get(folder) ?? []).flatMap(({file, imports}) =>
			imports.filter(forbidden).map((imported) => `${file} → ${imported}/`),
		),
	);

describe('architecture boundaries', () => {
	it('reads the folders it checks', () => {
		for (const folder of [
			'report',
			'figures',
			'search',
			'state',
			'output',
			'keys',
			'text',
			'ink',
			'ui',
			'start',
		])
			expect(byFolder.get(folder)?.length ?? 0).toBeGreaterThan(0);
	});
	it('no lower layer imports the views', () => {
		const lower = ['report', 'figures', 'search', 'state', 'output', 'keys', 'text', 'ink'];
		expect(violations(lower, (imported) => imported === 'ui')).toEqual([]);
	});
	it('the loader of the bin (source/start/, dist/cli.js) imports only itself: it runs before the bundle', () => {
		expect(violations(['start'], (imported) => imported !== 'start')).toEqual([]);
	});
	it('the text library imports only itself', () => {
		expect(violations(['text'], (imported) => imported !== 'text')).toEqual([]);
	});
	it('the domain imports no state, search, output, keys, Ink adaptation or views', () => {
		const outside = new Set(['state', 'search', 'output', 'keys', 'ink', 'ui', '.']);
		expect(violations(['report', 'figures'], (imported) => outside.has(imported))).toEqual([]);
	});
});
