// Reports from the load worker get their repeated values shared; nothing may change.
import {describe, expect, it} from 'vitest';
import type {Program, Report} from '../../source/report/model.js';
import {valueSharer} from '../../source/report/share-values.js';
import {budget, program, scale} from '../helpers/fixtures.js';
import {corpusReports} from '../helpers/corpus.js';
import {seeds} from '../helpers/seeds.js';

/** What crossing from the worker gives: a fresh copy of every value, links not yet set. */
const posted = (report: Report): Report => {
	const copy = structuredClone(report);
	for (const p of copy.programs) p.links = [];
	return copy;
};
const withoutLinks = (report: Report): Report => posted(report);
const reportOf = (p: Program): Report => ({
	body: '',
	era: p.era,
	fiscalYear: p.fiscalYear,
	title: '',
	file: p.file,
	notes: [],
	pillars: [],
	programs: [structuredClone(p)],
});

const manyBodies = () => corpusReports(2000);

describe('valueSharer', () => {
	it('leaves every value of every report as it was: the seeds and 2,000 programs of many bodies', () => {
		const {share} = valueSharer();
		for (const original of [...seeds().reports, ...manyBodies()]) {
			const copy = posted(original);
			expect(share(copy)).toBe(copy);
			expect(copy).toStrictEqual(withoutLinks(original));
		}
	});

	it('points equal values of different reports and programs at one copy', () => {
		const {share} = valueSharer();
		const reports = manyBodies().slice(0, 6).map(posted).map(share);
		const programs = reports.flatMap((r) => r.programs);
		const byName = new Map<string, Program[]>();
		for (const p of programs) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
		const [a, b] = [...byName.values()].find((list) => list.length > 1) as Program[];
		if (!a || !b) throw new Error('a name in two reports');
		expect(a.name).toBe(b.name);
		// A value that reads the same is one object (or one string) wherever it appears.
		for (const key of ['summary', 'plan', 'actual', 'budget', 'achievement'] as const) {
			if (JSON.stringify(a[key]) === JSON.stringify(b[key])) expect(a[key]).toBe(b[key]);
		}
		const units = new Set(programs.flatMap((p) => p.plan.metrics));
		expect(units.size).toBeLessThan(programs.flatMap((p) => p.plan.metrics).length / 2);
		// Every empty list is the one frozen empty list.
		const empties = programs
			.flatMap((p) => [p.items, p.links, p.plan.metrics])
			.filter((l) => l.length === 0);
		expect(empties.length).toBeGreaterThan(100);
		expect(new Set(empties).size).toBe(1);
		expect(Object.isFrozen(empties[0])).toBe(true);
	});

	it('keeps values apart that only share their text', () => {
		const {share} = valueSharer();
		const one = program({
			fiscalYear: 2024,
			no: 1,
			name: '事業A',
			budget: budget('約1億円', 100_000_000),
			plan: scale('200件', [{value: 200, unit: '件', raw: '200件'}]),
		});
		const two = program({
			fiscalYear: 2022,
			no: 1,
			name: '事業A',
			budget: {...budget('約1億円', 100_000_000), mergedFromLine: 12},
			plan: scale('200件', [{value: 200, unit: '件', raw: '200件', approximate: true}]),
		});
		const [first, second] = [one, two].map((p) => share(reportOf(p)));
		const [p1, p2] = [first?.programs[0], second?.programs[0]] as Program[];
		expect(p1?.budget).not.toBe(p2?.budget);
		expect(p2?.budget).toStrictEqual(two.budget);
		expect(p1?.plan).not.toBe(p2?.plan);
		expect(p2?.plan).toStrictEqual(two.plan);
		expect(p1?.name).toBe(p2?.name);
	});

	it('keeps optional fields absent when they were absent', () => {
		const {share} = valueSharer();
		const report = share(posted(seeds().reports[0] as Report));
		const metrics = report.programs.flatMap((p) => [...p.plan.metrics, ...p.actual.metrics]);
		expect(metrics.some((m) => !('label' in m))).toBe(true);
		expect(metrics.some((m) => !('per' in m))).toBe(true);
		expect(report.programs.some((p) => !('nameHint' in p))).toBe(true);
	});

	it('forgets what it has seen once released', () => {
		const sharer = valueSharer();
		const first = sharer.share(posted(seeds().reports[0] as Report));
		sharer.release();
		const second = sharer.share(posted(seeds().reports[0] as Report));
		expect(second.programs[0]?.plan).not.toBe(first.programs[0]?.plan);
		expect(second).toStrictEqual(first);
	});
});
