// Lookups over the loaded reports that the views need: a program by id, and the same
// program in other years (following its links).
import type {Program, ProgramLink, Report} from '../report/model.js';

export type Catalog = {
	byId: ReadonlyMap<string, Program>;
	reports: readonly Report[];
	years: readonly number[];
	/** A program's links (a background load keeps them in a table: state/report-store.ts). */
	linksOf: (program: Program) => readonly ProgramLink[];
	/** The largest program number loaded (the list's number column is this wide). */
	maxNo: number;
};

export function buildCatalog(
	reports: readonly Report[],
	linksOf: Catalog['linksOf'] = (program) => program.links,
): Catalog {
	const byId = new Map<string, Program>();
	for (const report of reports)
		for (const program of report.programs) byId.set(program.id, program);
	const years = [...new Set(reports.map((r) => r.fiscalYear))].sort((a, b) => b - a);
	return {byId, reports, years, linksOf, maxNo: largestNo(byId.values())};
}

export function largestNo(programs: Iterable<Program>): number {
	let max = 0;
	for (const p of programs) if (p.no > max) max = p.no;
	return max;
}

/** The program and its 'same' counterparts, one per year, oldest first. */
export function acrossYears(catalog: Catalog, program: Program): Program[] {
	const byYear = new Map<number, Program>([[program.fiscalYear, program]]);
	for (const link of catalog.linksOf(program)) {
		if (link.kind !== 'same') continue;
		const other = catalog.byId.get(link.id);
		if (other && !byYear.has(other.fiscalYear)) byYear.set(other.fiscalYear, other);
	}
	return [...byYear.values()].sort((a, b) => a.fiscalYear - b.fiscalYear);
}

export type RelatedEntry = {program: Program; kind: 'same' | 'related'; score: number};

/** Every linked program that exists in the loaded reports, best link first. */
export function relatedPrograms(catalog: Catalog, program: Program): RelatedEntry[] {
	const out: RelatedEntry[] = [];
	for (const link of catalog.linksOf(program)) {
		const other = catalog.byId.get(link.id);
		if (other) out.push({program: other, kind: link.kind, score: link.score});
	}
	return out.sort(
		(a, b) =>
			(a.kind === b.kind ? 0 : a.kind === 'same' ? -1 : 1) ||
			b.score - a.score ||
			b.program.fiscalYear - a.program.fiscalYear,
	);
}
