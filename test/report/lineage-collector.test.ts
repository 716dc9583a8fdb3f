// The link worker keeps what lineage reads of each report as it arrives, texts posted once
// per body (lineage-collector.ts), and works every body out at the end: its packed links
// must be exactly what working every body out from the reports themselves packs, in any
// order the reports come in, and give every program the lineage worked out on demand.
import {describe, expect, it} from 'vitest';
import {joinPacked, linkBody} from '../../source/report/lineage-body.js';
import {LineageCollector, TextsPosted} from '../../source/report/lineage-collector.js';
import {lineageFacts} from '../../source/report/lineage-evidence.js';
import {lineageReports} from '../../source/report/load-in-background.js';
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

describe('LineageCollector', () => {
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

	it('gives the same links when the bodies come interleaved (each text posted once per body)', () => {
		// Year by year, every body in each year: each body is left, and comes back, again and again.
		const reports = [...corpusReports(3000)].sort(
			(a, b) => a.fiscalYear - b.fiscalYear || a.file.localeCompare(b.file),
		);
		expect(reports[0]?.body).not.toBe(reports[1]?.body);
		expect(packedByTheWorker(reports)).toStrictEqual(packedAtTheEnd(reports));
	});

	it('calls its hook once per body, while the body is worked out, without changing the links', () => {
		const reports = corpusReports(3000);
		const posted = lineageReports();
		let calls = 0;
		const linker = new LineageCollector(() => {
			calls++;
		});
		for (const report of reports) linker.add(posted(report));
		expect(linker.finish()).toStrictEqual(packedAtTheEnd(reports));
		expect(calls).toBe(bodies(reports));
	});

	it('gives no links for no reports', () => {
		expect(packedByTheWorker([])).toStrictEqual(packedAtTheEnd([]));
	});

	it('packs the same from reports cloned as the worker is posted them (every figure its own string)', () => {
		const reports = corpusReports(3000);
		const posted = lineageReports();
		const linker = new LineageCollector();
		for (const report of reports) linker.add(structuredClone(posted(report)));
		expect(linker.finish()).toStrictEqual(packedAtTheEnd(reports));
	});
});

describe('LineageCollector, closed', () => {
	it('gives the same links once closed (the texts as posted let go first)', () => {
		const reports = corpusReports(3000);
		const posted = lineageReports();
		const linker = new LineageCollector();
		for (const report of reports) linker.add(structuredClone(posted(report)));
		linker.close();
		expect(linker.finish()).toStrictEqual(packedAtTheEnd(reports));
	});

	it('takes no report once closed, nor once finished', () => {
		const [report] = seeds().reports;
		if (!report) throw new Error('no seed report');
		const posted = lineageReports();
		const closed = new LineageCollector();
		closed.add(posted(report));
		closed.close();
		expect(() => closed.add(posted(report))).toThrow('a report added after the end');
		const finished = new LineageCollector();
		finished.finish();
		expect(() => finished.add(posted(report))).toThrow('a report added after the end');
	});
});

describe('TextsPosted', () => {
	it('writes a text once per body, then as its number', () => {
		const [report] = seeds().reports;
		if (!report) throw new Error('no seed report');
		const texts = new TextsPosted();
		const posted = lineageReports(texts);
		const first = posted(report);
		const again = posted(report);
		expect(typeof first.programs[0]?.name).toBe('string');
		expect(typeof again.programs[0]?.name).toBe('number');
	});

	it('lets its texts go once closed: a report posted after that is a mistake, and says so', () => {
		const [report] = seeds().reports;
		if (!report) throw new Error('no seed report');
		const texts = new TextsPosted();
		const posted = lineageReports(texts);
		posted(report);
		texts.close();
		expect(() => posted(report)).toThrow('a report posted after the end');
	});
});
