// The link worker works lineage out while reports arrive, body by body
// (incremental-link.ts): its packed links must be exactly what working every body out at
// the end packs, in any order the reports come in, and no body may be worked out more
// than twice. The packed links give every program the lineage worked out on demand.
import {describe, expect, it} from 'vitest';
import {joinPacked, linkBody} from '../../source/report/lineage-body.js';
import {lineageFacts} from '../../source/report/lineage-evidence.js';
import type {Report} from '../../source/report/model.js';
import {corpusReports} from '../helpers/corpus.js';
import {expectPackedGivesLineage, packedIncrementally} from '../helpers/links.js';
import {seeds} from '../helpers/seeds.js';

/** What working out every body at the end packs. */
function packedAtTheEnd(reports: Report[]) {
	const programs = reports.flatMap((r) => r.programs);
	const bodies = new Map<string, number[]>();
	for (const [i, p] of programs.entries()) bodies.set(p.body, [...(bodies.get(p.body) ?? []), i]);
	const groups = [...bodies.values()].map((at) => ({
		packed: linkBody(at.map((i) => lineageFacts(programs[i]!))),
		at,
	}));
	return joinPacked(groups, programs.length);
}

const bodies = (reports: Report[]) => new Set(reports.map((r) => r.body)).size;

describe('IncrementalLinker', () => {
	it('packs the seeds exactly as working them out at the end does', () => {
		const {reports} = seeds();
		const {packed, guesses} = packedIncrementally(reports);
		expect(packed).toStrictEqual(packedAtTheEnd(reports));
		expect(guesses).toBe(0); // one body: nothing to guess
		expect(
			expectPackedGivesLineage(
				packed,
				reports.flatMap((r) => r.programs),
			),
		).toBe(96);
	});

	it('works each body out as the next begins when reports come body by body (3,000 programs)', () => {
		const reports = corpusReports(3000);
		expect(bodies(reports)).toBeGreaterThan(5);
		const {packed, guesses} = packedIncrementally(reports);
		expect(packed).toStrictEqual(packedAtTheEnd(reports));
		expect(guesses).toBe(bodies(reports) - 1); // all but the last, before the end
		const programs = reports.flatMap((r) => r.programs);
		expect(expectPackedGivesLineage(packed, programs)).toBeGreaterThan(programs.length);
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
		expect(packedIncrementally([]).packed).toStrictEqual(packedAtTheEnd([]));
	});
});
