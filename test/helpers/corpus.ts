// Synthetic report files of many issuing bodies (the benchmark's generator), written
// once per size per test file, and their reports as loaded.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
// @ts-expect-error: plain JavaScript module shared with the benchmark
import {writeReportFiles} from '../../bench/report-files.mjs';
import {loadReports} from '../../source/report/index.js';
import type {Report} from '../../source/report/model.js';

export type Written = {dir: string; files: number; programs: number};

const written = new Map<number, Written>();
const loaded = new Map<number, Report[]>();

/** A directory of report files with at least `programs` programs in all. */
export function corpusFiles(programs: number): Written {
	let found = written.get(programs);
	if (!found) {
		const dir = mkdtempSync(join(tmpdir(), 'shuro-corpus-'));
		found = {dir, ...(writeReportFiles(dir, programs) as {files: number; programs: number})};
		written.set(programs, found);
	}
	return found;
}

/** The reports of `corpusFiles(programs)`, loaded (links set). */
export function corpusReports(programs: number): Report[] {
	let found = loaded.get(programs);
	if (!found) {
		found = loadReports([corpusFiles(programs).dir]).reports;
		loaded.set(programs, found);
	}
	return found;
}
