// Writing an export next to the user: $SHURO_EXPORT_DIR, or the current directory.
import {writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';

/** Writes `content` and returns the absolute path; throws on I/O errors (shown as status). */
export function writeExport(content: string, now = new Date()): string {
	const dir = resolve(process.env.SHURO_EXPORT_DIR || process.cwd());
	const path = join(dir, exportFileName(now));
	writeFileSync(path, content, {encoding: 'utf8', flag: 'wx'});
	return path;
}

/** shuro-20250314-093005.csv */
export function exportFileName(now: Date): string {
	const two = (n: number) => String(n).padStart(2, '0');
	const date = `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}`;
	const time = `${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
	return `shuro-${date}-${time}.csv`;
}
