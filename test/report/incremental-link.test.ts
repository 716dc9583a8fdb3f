// The link worker links while reports arrive, body by body (incremental-link.ts): its
// packed links must be exactly what linking everything at the end packs, in any order
// the reports come in, and no body may be linked more than twice.
import {describe, expect, it} from 'vitest';
import {IncrementalLinker} from '../../source/report/incremental-link.js';
import {linkSteps} from '../../source/report/link.js';
import type {Report} from '../../source/report/model.js';
import {LinkPacker, LinkTable} from '../../source/report/packed-links.js';
import {corpusReports} from '../helpers/corpus.js';
import {seeds} from '../helpers/seeds.js';
import {expectTableGivesLinks} from '../helpers/links.js';

/** What linking all the reports at the end packs. */
function packedAtTheEnd(reports: Report[]) {
	const packer = new LinkPacker(reports.flatMap((r) => r.programs));
	const steps = linkSteps(reports, packer.sink);
	while (!steps.next().done);
	return packer.packed();
}

function packedIncrementally(reports: Report[]) {
	const linker = new IncrementalLinker();
	for (const report of reports) linker.add(report);
	return {packed: linker.finish(), guesses: linker.guesses};
}

const bodies = (reports: Report[]) => new Set(reports.map((r) => r.body)).size;

describe('IncrementalLinker', () => {
	it('packs the seeds exactly as linking them at the end does', () => {
		const {reports} = seeds();
		const {packed, guesses} = packedIncrementally(reports);
		expect(packed).toStrictEqual(packedAtTheEnd(reports));
		expect(guesses).toBe(0); // one body: nothing to guess
		const programs = reports.flatMap((r) => r.programs);
		expectTableGivesLinks(new LinkTable(packed, programs), programs);
	});

	it('links each body as the next begins when reports come body by body (3,000 programs)', () => {
		const reports = corpusReports(3000);
		expect(bodies(reports)).toBeGreaterThan(5);
		const {packed, guesses} = packedIncrementally(reports);
		expect(packed).toStrictEqual(packedAtTheEnd(reports));
		expect(guesses).toBe(bodies(reports) - 1); // all but the last, before the end
		const programs = reports.flatMap((r) => r.programs);
		expect(expectTableGivesLinks(new LinkTable(packed, programs), programs)).toBeGreaterThan(
			programs.length,
		);
	});

	it('gives the same links when the bodies come interleaved, guessing each body at most once', () => {
		// Year by year, every body in each year: each body is left, and comes back, again and again.
		const reports = [...corpusReports(3000)].sort(
			(a, b) => a.fiscalYear - b.fiscalYear || a.file.localeCompare(b.file),
		);
		expect(reports[0]?.body).not.toBe(reports[1]?.body);
		const {packed, guesses} = packedIncrementally(reports);
		expect(packed).toStrictEqual(packedAtTheEnd(reports));
		expect(guesses).toBeLessThanOrEqual(bodies(reports));
	});

	it('gives no links for no reports', () => {
		expect(new IncrementalLinker().finish()).toStrictEqual(packedAtTheEnd([]));
	});
});
