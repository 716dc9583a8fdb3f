// The explorer packs links as linking makes them; the table must give every program
// exactly the links that setting them on the programs gives.
import {describe, expect, it} from 'vitest';
import {linkSteps} from '../../source/report/link.js';
import type {Program, Report} from '../../source/report/model.js';
import {LinkPacker} from '../../source/report/packed-links.js';
import {corpusReports} from '../helpers/corpus.js';
import {seeds} from '../helpers/seeds.js';
import {expectTableGivesLinks} from '../helpers/links.js';

/** The reports as loaded (links set on the programs), and the table packed from a fresh linking. */
function packedAndSet(reports: Report[]) {
	const programs = reports.flatMap((r) => r.programs);
	const packer = new LinkPacker(programs);
	const steps = linkSteps(reports, packer.sink);
	let slices = 0;
	while (!steps.next().done) slices++;
	return {programs, table: packer.table(), slices};
}

const generated = () => corpusReports(3000);

describe('LinkPacker', () => {
	it('gives each seed program exactly the links loading sets on it', () => {
		const {programs, table} = packedAndSet(seeds().reports);
		expectTableGivesLinks(table, programs);
		const same = programs.flatMap((p) => table.linksOf(p.id)).filter((l) => l.kind === 'same');
		expect(same).toHaveLength(16); // 8 same pairs, both ways
		expect(table.linksOf('no such program')).toStrictEqual([]);
	});

	it('gives the same links over 3,000 programs of many bodies, linked in many steps', () => {
		const {programs, table, slices} = packedAndSet(generated());
		expect(programs.length).toBeGreaterThan(3000);
		expect(slices).toBeGreaterThan(5);
		expect(expectTableGivesLinks(table, programs)).toBeGreaterThan(programs.length);
	});

	it('refuses a link to a program it was not given (a bug, not bad input)', () => {
		const [first, second] = (seeds().reports[0] as Report).programs;
		const packer = new LinkPacker([first as Program]);
		expect(() =>
			packer.sink(first as Program, [
				{id: (second as Program).id, fiscalYear: 2024, no: 2, kind: 'related', score: 0.5},
			]),
		).toThrow(/not loaded/);
	});
});
