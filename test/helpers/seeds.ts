// The bundled seed reports, parsed once per test file.
import {bundledSeedPaths, loadReports} from '../../source/report/index.js';
import type {Program, Report} from '../../source/report/model.js';

export const seedPaths = bundledSeedPaths();
export const FY2024_FILE = seedPaths.find((p) => p.endsWith('000_2ee8157e7a543789.txt')) ?? '';
export const FY2022_FILE = seedPaths.find((p) => p.endsWith('001_79635e35f1de570f.txt')) ?? '';

let cached: ReturnType<typeof loadReports> | undefined;
export function seeds() {
	cached ??= loadReports(seedPaths);
	return cached;
}

export function report(fiscalYear: number): Report {
	const found = seeds().reports.find((r) => r.fiscalYear === fiscalYear);
	if (!found) throw new Error(`no FY${fiscalYear} seed`);
	return found;
}

export function program(fiscalYear: number, no: number): Program {
	const found = report(fiscalYear).programs.find((p) => p.no === no);
	if (!found) throw new Error(`no FY${fiscalYear} program ${no}`);
	return found;
}

/** A seed program by fiscal year and report number. */
export function seedProgram(fiscalYear: number, no: number): Program {
	const found = report(fiscalYear).programs.find((p) => p.no === no);
	if (!found) throw new Error(`no FY${fiscalYear} #${no} in the seeds`);
	return found;
}
