// Reports from the load worker get their repeated strings shared; nothing may change.
import {describe, expect, it} from 'vitest';
import {stringSharer} from '../../source/report/share-strings.js';
import {seeds} from '../helpers/seeds.js';

describe('stringSharer', () => {
	it('leaves every value of the seed reports as it was (after a structured clone)', () => {
		const share = stringSharer();
		for (const report of seeds().reports) {
			const copy = structuredClone(report);
			expect(share(copy)).toBe(copy);
			expect(copy).toStrictEqual(report);
		}
	});

	it('keeps optional metric fields absent when they were absent', () => {
		const report = structuredClone(seeds().reports[0]);
		if (!report) throw new Error('no seed');
		stringSharer()(report);
		const metrics = report.programs.flatMap((p) => [...p.plan.metrics, ...p.actual.metrics]);
		expect(metrics.some((m) => !('label' in m))).toBe(true);
		expect(metrics.some((m) => !('per' in m))).toBe(true);
		expect(metrics.filter((m) => 'label' in m).every((m) => typeof m.label === 'string')).toBe(
			true,
		);
	});
});
