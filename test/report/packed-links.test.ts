// The load worker posts links packed into typed arrays; the UI thread must rebuild
// exactly the links loadStream made, or refuse to pack.
import {describe, expect, it} from 'vitest';
import {loadStream} from '../../source/report/load-stream.js';
import type {Program, ProgramLink} from '../../source/report/model.js';
import {LinkTable, packLinks} from '../../source/report/packed-links.js';
import {seedPaths} from '../helpers/seeds.js';

function seedEvents() {
	const programs: Program[] = [];
	let links: Array<[string, ProgramLink[]]> = [];
	for (const event of loadStream(seedPaths)) {
		if (event.type === 'report') programs.push(...event.report.programs);
		if (event.type === 'links') links = event.links;
	}
	return {programs, links};
}

describe('packed links', () => {
	it('rebuild exactly the links of the seeds, through a structured clone', () => {
		const {programs, links} = seedEvents();
		expect(links.length).toBeGreaterThan(20);
		const packed = packLinks(links, programs);
		expect(packed).not.toBeNull();
		const copied = structuredClone(packed) as NonNullable<typeof packed>;
		const table = new LinkTable(copied, programs);
		expect(table.ids().map((id) => [id, table.linksOf(id)])).toStrictEqual(links);
		expect(copied.same.reduce((n, s) => n + s, 0)).toBe(16); // 8 same pairs, both ways
	});

	it('kept as a table, give each program exactly its links, and none for the others', () => {
		const {programs, links} = seedEvents();
		const packed = structuredClone(packLinks(links, programs)) as NonNullable<
			ReturnType<typeof packLinks>
		>;
		const table = new LinkTable(packed, programs);
		const expected = new Map(links);
		for (const program of programs) {
			expect(table.linksOf(program.id)).toStrictEqual(expected.get(program.id) ?? []);
		}
		expect(table.ids()).toStrictEqual(links.map(([id]) => id));
		expect(table.linksOf('no such program')).toStrictEqual([]);
	});

	it('refuse to pack what they could not rebuild', () => {
		const {programs, links} = seedEvents();
		const first = programs[0] as Program;
		// Two programs with one id, a link to a program not posted, a link with another year.
		expect(packLinks(links, [...programs, first])).toBeNull();
		expect(packLinks(links, programs.slice(1))).toBeNull();
		const [id, list] = links[0] as [string, ProgramLink[]];
		const wrong = list.map((l) => ({...l, fiscalYear: l.fiscalYear + 1}));
		expect(packLinks([[id, wrong], ...links.slice(1)], programs)).toBeNull();
		expect(packLinks([], programs)?.from.length).toBe(0);
	});
});
