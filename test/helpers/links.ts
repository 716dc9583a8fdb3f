// Packed lineage (the link worker's) against lineage worked out body by body when asked:
// the same, program by program.
import {expect} from 'vitest';
import {bodiesOf, lineageBody} from '../../source/report/load-in-background.js';
import {linkPosted} from '../../source/report/lineage-collector.js';
import {joinPacked, type PackedLinks} from '../../source/report/lineage-body.js';
import {LineageBook} from '../../source/report/lineage.js';
import type {Program, Report} from '../../source/report/model.js';

/**
 * The link worker's links of `reports`, in this order, posted as the UI thread posts them
 * (`clone`: through a structured clone, as a worker gets them).
 */
export function packedByTheWorker(
	reports: readonly Report[],
	{clone = false}: {clone?: boolean} = {},
): PackedLinks {
	const parts = bodiesOf(reports).map((group) => {
		const body = lineageBody(group);
		return {packed: linkPosted(clone ? structuredClone(body) : body), at: group.at};
	});
	return joinPacked(
		parts,
		reports.reduce((n, r) => n + r.programs.length, 0),
	);
}

/** What a link says, comparable across books. */
const plainOf = (book: LineageBook, program: Program) =>
	book.of(program).map((year) => ({
		fiscalYear: year.fiscalYear,
		counterpart: year.counterpart && {...year.counterpart, other: year.counterpart.other.id},
		related: year.related.map((l) => ({...l, other: l.other.id})),
	}));

/** The packed links give each program the lineage worked out on demand; returns how many links in all. */
export function expectPackedGivesLineage(
	packed: PackedLinks,
	programs: readonly Program[],
): number {
	const fromPacked = new LineageBook(programs, packed);
	const onDemand = new LineageBook(programs);
	let links = 0;
	for (const program of programs) {
		const expected = plainOf(onDemand, program);
		expect(plainOf(fromPacked, program)).toStrictEqual(expected);
		for (const year of expected) links += year.related.length + (year.counterpart ? 1 : 0);
	}
	return links;
}
