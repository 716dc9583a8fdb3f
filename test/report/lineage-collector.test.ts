// The link worker is posted what lineage reads of each body, texts written once per body
// (lineage-collector.ts), and works each body out as it comes: its packed links must be
// exactly what working every body out from the reports themselves packs, in any order
// the reports were loaded in, and give every program the lineage worked out on demand.
import {describe, expect, it} from 'vitest';
import {joinPacked, linkBody} from '../../source/report/lineage-body.js';
import {linkPosted} from '../../source/report/lineage-collector.js';
import {lineageFacts} from '../../source/report/lineage-evidence.js';
import {bodiesOf, lineageBody} from '../../source/report/load-in-background.js';
import type {Report} from '../../source/report/model.js';
import {corpusReports} from '../helpers/corpus.js';
import {expectPackedGivesLineage, packedByTheWorker} from '../helpers/links.js';
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

describe('linkPosted, body by body, joined', () => {
	it('packs the seeds exactly as working them out at the end does', () => {
		const {reports} = seeds();
		const packed = packedByTheWorker(reports);
		expect(packed).toStrictEqual(packedAtTheEnd(reports));
		expect(
			expectPackedGivesLineage(
				packed,
				reports.flatMap((r) => r.programs),
			),
		).toBe(96);
	});

	it('packs reports that come body by body the same (3,000 programs)', () => {
		const reports = corpusReports(3000);
		expect(bodies(reports)).toBeGreaterThan(5);
		const packed = packedByTheWorker(reports);
		expect(packed).toStrictEqual(packedAtTheEnd(reports));
		const programs = reports.flatMap((r) => r.programs);
		expect(expectPackedGivesLineage(packed, programs)).toBeGreaterThan(programs.length);
	});

	it('gives the same links when the reports were loaded with the bodies interleaved', () => {
		// Year by year, every body in each year: each body's programs are gathered for it.
		const reports = [...corpusReports(3000)].sort(
			(a, b) => a.fiscalYear - b.fiscalYear || a.file.localeCompare(b.file),
		);
		expect(reports[0]?.body).not.toBe(reports[1]?.body);
		expect(packedByTheWorker(reports)).toStrictEqual(packedAtTheEnd(reports));
	});

	it('gives no links for no reports', () => {
		expect(packedByTheWorker([])).toStrictEqual(packedAtTheEnd([]));
	});

	it('packs the same from bodies cloned as the worker is posted them', () => {
		const reports = corpusReports(3000);
		expect(packedByTheWorker(reports, {clone: true})).toStrictEqual(packedAtTheEnd(reports));
	});

	it("gives a body's links as working that body out from its programs does", () => {
		const reports = corpusReports(3000);
		for (const group of bodiesOf(reports).slice(0, 3))
			expect(linkPosted(structuredClone(lineageBody(group)))).toStrictEqual(
				linkBody(group.programs.map(lineageFacts)),
			);
	});
});

describe('postedBody', () => {
	it('writes each text of a body once, then as its number', () => {
		const {reports} = seeds();
		const [group] = bodiesOf(reports);
		if (!group) throw new Error('no seed body');
		const body = lineageBody(group);
		const names = body.programs.map((p) => p.name);
		const written = names.filter((n) => typeof n === 'string');
		expect(new Set(written).size).toBe(written.length);
		// The seeds' two years repeat names: those come as numbers the second time.
		expect(names.some((n) => typeof n === 'number')).toBe(true);
		expect(group.at).toEqual(Int32Array.from(group.programs.keys()));
	});
});
