// Lookups over the loaded reports that the views need: a program by id, and what became
// of a program in the other years (report/lineage.ts).
import {LineageBook, type LineageKind} from '../report/lineage.js';
import type {Program, Report} from '../report/model.js';

export type Catalog = {
	byId: ReadonlyMap<string, Program>;
	reports: readonly Report[];
	years: readonly number[];
	/** The largest program number loaded (the list's number column is this wide). */
	maxNo: number;
	/** What became of each program across the years (the load's, or worked out on demand). */
	lineage: LineageBook;
};

export function buildCatalog(reports: readonly Report[], lineage?: LineageBook): Catalog {
	// The map by id is made when first asked (a detail view): a large load makes a catalog
	// at every publish, and the map of 25,000 programs took 3–6 ms each (issue 17).
	let byId: Map<string, Program> | undefined;
	const years = [...new Set(reports.map((r) => r.fiscalYear))].sort((a, b) => b - a);
	return {
		get byId() {
			if (!byId) {
				byId = new Map();
				for (const report of reports)
					for (const program of report.programs) byId.set(program.id, program);
			}
			return byId;
		},
		reports,
		years,
		maxNo: reports.reduce((max, r) => Math.max(max, largestNo(r.programs)), 0),
		lineage: lineage ?? new LineageBook(reports.flatMap((r) => r.programs)),
	};
}

export function largestNo(programs: Iterable<Program>): number {
	let max = 0;
	for (const p of programs) if (p.no > max) max = p.no;
	return max;
}

/**
 * The program and its counterparts (the same program, renamed, merged into or succeeded by
 * another: report/lineage.ts), one per other year, oldest first.
 */
export function acrossYears(catalog: Catalog, program: Program): Program[] {
	const byYear = new Map<number, Program>([[program.fiscalYear, program]]);
	for (const year of catalog.lineage.of(program)) {
		if (year.counterpart) byYear.set(year.fiscalYear, year.counterpart.other);
	}
	return [...byYear.values()].sort((a, b) => a.fiscalYear - b.fiscalYear);
}

export type RelatedEntry = {program: Program; kind: LineageKind; score: number; reason: string};

/** Every program of another year linked to this one: counterparts first, then related, newest year first. */
export function relatedPrograms(catalog: Catalog, program: Program): RelatedEntry[] {
	const out: RelatedEntry[] = [];
	const years = [...catalog.lineage.of(program)].reverse();
	for (const year of years) {
		const c = year.counterpart;
		if (c) out.push({program: c.other, kind: c.kind, score: c.score, reason: c.reason});
	}
	for (const year of years)
		for (const r of year.related)
			out.push({program: r.other, kind: r.kind, score: r.score, reason: r.reason});
	return out;
}
