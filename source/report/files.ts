// Files → parsed reports: finding report files, reading one, refusing duplicates.
import {
	closeSync,
	constants,
	type Dirent,
	fstatSync,
	openSync,
	readdirSync,
	readSync,
	type Stats,
	statSync,
} from 'node:fs';
import {dirname, extname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {decode} from './decode.js';
import type {LoadIssue, Report} from './model.js';
import type {Interner} from './interner.js';
import {parseReport} from './parse.js';

export const REPORT_EXTENSIONS = new Set(['.txt', '.tsv', '.tab', '.text']);

/** The bundled seed reports, found next to the bundle (dist/) or the sources (source/report/). */
export function bundledSeedPaths(): string[] {
	const here = dirname(fileURLToPath(import.meta.url));
	for (const dir of [join(here, '..', 'seeds'), join(here, '..', '..', 'seeds')]) {
		try {
			return readdirSync(dir)
				.filter((f) => REPORT_EXTENSIONS.has(extname(f)))
				.sort()
				.map((f) => join(dir, f));
		} catch {
			// try the next candidate
		}
	}
	return [];
}

function error(code: LoadIssue['code'], file: string, message: string): LoadIssue {
	return {code, severity: 'error', message, file};
}

/** Expands directories into their report files (sorted), keeping explicit files as given. */
export function expandPaths(paths: string[]): {files: string[]; issues: LoadIssue[]} {
	const files: string[] = [];
	const issues: LoadIssue[] = [];
	for (const path of paths) {
		let stat: ReturnType<typeof statSync>;
		try {
			stat = statSync(path);
		} catch {
			issues.push(error('missing-path', path, 'no such file or directory'));
			continue;
		}
		if (!stat.isDirectory()) {
			// A FIFO, a terminal or a device would block or never end (issue 19).
			if (stat.isFile()) files.push(path);
			else issues.push(notRegular(path, stat));
			continue;
		}
		// The directory's entries with their kinds, as readdir gives them: no stat per file
		// (two per file took ~10 ms of the first slice of a 589-file load, issue 17). Only
		// a symbolic link is followed, with a stat.
		let entries: Dirent[];
		try {
			entries = readdirSync(path, {withFileTypes: true});
		} catch (e) {
			issues.push(
				error(
					'unreadable',
					path,
					`cannot read the directory (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
				),
			);
			continue;
		}
		const kinds = entries
			.filter((entry) => !entry.name.startsWith('.'))
			.map((entry) => ({
				name: entry.name,
				kind: entry.isSymbolicLink()
					? statSync(join(path, entry.name), {throwIfNoEntry: false})
					: entry,
			}))
			.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		const found = kinds
			.filter(({name}) => REPORT_EXTENSIONS.has(extname(name).toLowerCase()))
			.filter(({name, kind}) => {
				// A FIFO or device named like a report is refused in a line, not opened.
				if (kind && !kind.isFile() && !kind.isDirectory())
					issues.push(notRegular(join(path, name), kind));
				return kind?.isFile();
			})
			.map(({name}) => join(path, name));
		// Sub-directories are not read (a tree of old reports is not meant to load by
		// accident), but never without a word (issue 19).
		const subdirectories = kinds.filter(({kind}) => kind?.isDirectory()).map(({name}) => name);
		if (subdirectories.length > 0) {
			const shown =
				subdirectories.slice(0, 3).join(', ') + (subdirectories.length > 3 ? ', …' : '');
			const one = subdirectories.length === 1;
			issues.push({
				code: 'skipped-directory',
				severity: 'warning',
				message: `${subdirectories.length} sub-director${one ? 'y' : 'ies'} not read (${shown}); pass ${one ? 'it' : 'them'} to --data to load ${one ? 'its' : 'their'} reports`,
				file: path,
			});
		}
		if (found.length === 0) {
			issues.push(
				error(
					'no-reports',
					path,
					`no report files (${[...REPORT_EXTENSIONS].join(' ')}) in the directory`,
				),
			);
		}
		files.push(...found);
	}
	return {files, issues};
}

/**
 * One buffer that a load's files are read into: readFileSync allocates a buffer per file,
 * and hundreds of them cost more than the reading (10–90 ms for 589 files, against ~7 ms
 * into one buffer). What is read is decoded into a string at once. A larger file gets a
 * buffer of its own, so one huge file does not stay resident. The buffer lives as long as
 * its load (load-stream.ts), not the process: once the files are read it goes, and a
 * startup snapshot made after a load holds no megabyte of it.
 */
export class ReadBuffer {
	#scratch: Buffer | undefined; // made on the first read

	/** The bytes of `file` (in this buffer, valid until the next read); throws as fs does. */
	read(file: string): Uint8Array {
		// Non-blocking: opening a FIFO with no writer would wait for one, deaf to Ctrl-c.
		const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
		try {
			const stat = fstatSync(fd);
			if (!stat.isFile()) throw new Refused(notRegular(file, stat));
			const size = stat.size;
			if (size > MAX_FILE_BYTES) throw new Refused(tooLarge(file));
			this.#scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES);
			// One byte more than fstat says, to see the end of the file in one read.
			let buffer = size < this.#scratch.length ? this.#scratch : Buffer.allocUnsafe(size + 1);
			let length = 0;
			for (;;) {
				if (length > MAX_FILE_BYTES) throw new Refused(tooLarge(file)); // still growing
				if (length === buffer.length) {
					// The file grew since fstat, or is larger than the first buffer.
					const bigger = Buffer.allocUnsafe(buffer.length * 2);
					buffer.copy(bigger, 0, 0, length);
					buffer = bigger;
				}
				const read = readSync(fd, buffer, length, buffer.length - length, null);
				if (read === 0) return buffer.subarray(0, length);
				length += read;
			}
		} finally {
			closeSync(fd);
		}
	}
}
const SCRATCH_BYTES = 1 << 20;

/** What a path that is neither a regular file nor a directory is, as an error. */
function notRegular(
	path: string,
	stat: Pick<Stats, 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket'>,
): LoadIssue {
	const kind = stat.isFIFO()
		? 'a FIFO'
		: stat.isCharacterDevice()
			? 'a character device'
			: stat.isBlockDevice()
				? 'a block device'
				: stat.isSocket()
					? 'a socket'
					: 'not a regular file';
	return error(
		'not-regular-file',
		path,
		`${kind}: only regular files and directories are reports; not read`,
	);
}

/** Largest report read: 10 times the 50 MB of 9,000 programs that loads in ~5 s. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** A file refused before it was read (not a regular file, or too large). */
class Refused extends Error {
	constructor(readonly issue: LoadIssue) {
		super(issue.message);
	}
}

/** What one file held: its reports (usually one; none when it could not be read). */
export type LoadedFile = {report: Report | null; reports: Report[]; issues: LoadIssue[]};

/**
 * Reads and parses one file; never throws. `interner` is the load's (no default: a file
 * parsed with an interner of its own shares nothing with the other files of its load,
 * and 25,000 programs took 2.7 times the memory); so is `buffer`, where one is going.
 */
export function loadFile(
	file: string,
	interner: Interner,
	buffer: ReadBuffer = new ReadBuffer(),
): LoadedFile {
	let bytes: Uint8Array;
	try {
		bytes = buffer.read(file);
	} catch (e) {
		if (e instanceof Refused) return {report: null, reports: [], issues: [e.issue]};
		return {
			report: null,
			reports: [],
			issues: [
				error(
					'unreadable',
					file,
					`cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
				),
			],
		};
	}
	const decoded = decode(bytes);
	if (!decoded.ok) {
		const code =
			decoded.reason === 'empty'
				? 'empty-file'
				: decoded.reason === 'encoding'
					? 'bad-encoding'
					: 'binary-file';
		const message =
			decoded.reason === 'empty'
				? 'the file is empty'
				: decoded.reason === 'encoding'
					? decoded.detail
					: `not a text report: looks like ${decoded.detail}`;
		return {report: null, reports: [], issues: [error(code, file, message)]};
	}
	const {report, reports, issues} = parseReport(decoded.text, file, interner);
	const faults: LoadIssue[] = (decoded.faults ?? []).map(({line, count}) => ({
		code: 'invalid-bytes',
		severity: 'warning',
		message: `${count === 1 ? 'a byte sequence that is' : `${count} byte sequences that are`} not UTF-8 replaced by U+FFFD`,
		file,
		line,
	}));
	return {report, reports, issues: faults.length > 0 ? [...faults, ...issues] : issues};
}

function tooLarge(file: string): LoadIssue {
	return error(
		'too-large',
		file,
		`the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB: too large for a report; not read`,
	);
}

const reportKey = (r: Report) => `${r.body}|${r.fiscalYear}`;

/** Whether two paths name one file (device and inode), links followed. */
function sameFile(a: string, b: string): boolean {
	const one = statSync(a, {throwIfNoEntry: false});
	const two = statSync(b, {throwIfNoEntry: false});
	return one !== undefined && two !== undefined && one.dev === two.dev && one.ino === two.ino;
}

/**
 * Admits a report unless one of the same body and year is already in (`seen`, keyed by
 * body and year, holding the first report's file and era); says so if it is.
 */
export function admitReport(
	seen: Map<string, Pick<Report, 'file' | 'era'>>,
	report: Report,
	issues: LoadIssue[],
): boolean {
	const twin = seen.get(reportKey(report));
	if (!twin) {
		seen.set(reportKey(report), {file: report.file, era: report.era});
		return true;
	}
	if (resolve(twin.file) === resolve(report.file)) {
		issues.push({
			code: 'duplicate-report',
			severity: 'warning',
			message: 'the same file was given twice; loaded once',
			file: report.file,
		});
		return false;
	}
	if (sameFile(twin.file, report.file)) {
		// A symbolic or hard link to a file already loaded: the same data (issue 19).
		issues.push({
			code: 'duplicate-report',
			severity: 'warning',
			message: `the same file as ${twin.file} (a link); loaded once`,
			file: report.file,
		});
		return false;
	}
	issues.push(
		error(
			'duplicate-report',
			report.file,
			`duplicate report: ${report.body ? `${report.body} ` : ''}${report.era} is also in ${twin.file}; kept that one`,
		),
	);
	return false;
}
