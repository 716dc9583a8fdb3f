// How a report file is named to a reader: relative to the folder all loaded reports share,
// so the bundled seeds are `000_2ee8157e7a543789.txt` and a --data tree keeps its sub-folders,
// never an absolute install path.
import {basename, dirname, relative, sep} from 'node:path';
import type {Report} from './model.js';

function commonDir(files: readonly string[]): string {
	const dirs = files.map((f) => dirname(f).split(sep));
	const first = dirs[0] ?? [];
	let n = first.length;
	for (const d of dirs) {
		let i = 0;
		while (i < n && d[i] === first[i]) i++;
		n = i;
	}
	return first.slice(0, n).join(sep) || sep;
}

/** file → its name relative to the folder the loaded reports share. */
export function sourceNames(reports: readonly Pick<Report, 'file'>[]): (file: string) => string {
	const files = new Set(reports.map((r) => r.file));
	if (files.size === 0) return basename;
	const root = commonDir([...files]);
	return (file) => (files.has(file) ? relative(root, file) : basename(file));
}
