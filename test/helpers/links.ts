// Packed links against links set on the programs (loadReports): the same, program by program.
import {expect} from 'vitest';
import type {Program, ProgramLink} from '../../source/report/model.js';

/** The table gives each program exactly the links loading sets on it; returns how many in all. */
export function expectTableGivesLinks(
	table: {linksOf(id: string): ProgramLink[]},
	programs: readonly Program[],
): number {
	let links = 0;
	for (const program of programs) {
		expect(table.linksOf(program.id)).toStrictEqual(program.links);
		links += program.links.length;
	}
	return links;
}
