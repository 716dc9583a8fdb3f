import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
	FILTER_QUALITY,
	hitQuality,
	PERFECT_NAME,
	programScore,
	rankMatches,
	termQuality,
	tieOrder,
} from '../../source/search/scoring.js';
import {makeProgram} from './fixtures.js';

describe('termQuality and programScore', () => {
	it('adds a little per extra field and keeps lower-is-better scores', () => {
		expect(termQuality(PERFECT_NAME, 0b1)).toBeCloseTo(0.98);
		expect(termQuality(0.9, 0b11)).toBeCloseTo(0.904);
		expect(termQuality(0.7, 0b1111110)).toBeCloseTo(0.712);
		expect(programScore(0.98, 1)).toBe(0.02);
		expect(programScore(0, 0)).toBe(0);
	});
});

describe('perfect name hits', () => {
	it('get no extra-field bonus, so two of them tie and the newest year comes first', () => {
		expect(termQuality(PERFECT_NAME, 0b1)).toBe(termQuality(PERFECT_NAME, 0b1111));
	});
});

describe('bands (issue #15)', () => {
	const NAME = 0;
	const SUMMARY = 1;
	const UNIT = 5;
	const PILLAR = 6;
	it('puts an exact hit in any own field above a fuzzy one, above a synonym or reading, above the pillar', () => {
		const exactUnit = hitQuality(UNIT, 0.001);
		const fuzzyName = hitQuality(NAME, 1 / 32);
		const fuzzyUnit = hitQuality(UNIT, 0.3);
		const synonymName = hitQuality(NAME, 0, false);
		const synonymUnit = hitQuality(UNIT, 0.001, false);
		const pillarExact = hitQuality(PILLAR, 0);
		const bonus = termQuality(0.5, 0b1111) - 0.5; // the most extra fields can add
		expect(fuzzyName + bonus).toBeLessThan(exactUnit);
		expect(synonymName + bonus).toBeLessThan(fuzzyUnit);
		expect(pillarExact + bonus).toBeLessThan(synonymUnit);
		expect(hitQuality(SUMMARY, 0.001)).toBeGreaterThan(fuzzyName);
		expect(termQuality(hitQuality(NAME, 0.001), 0b1111)).toBeLessThan(FILTER_QUALITY);
	});
});

describe('rankMatches', () => {
	it('orders by score, then newest year, then number, then input order', () => {
		const programs = [
			makeProgram({fy: 2022, no: 1, name: 'a', summary: []}),
			makeProgram({fy: 2024, no: 2, name: 'b', summary: []}),
			makeProgram({fy: 2024, no: 1, name: 'c', summary: []}),
			makeProgram({fy: 2024, no: 1, name: 'd', summary: []}),
		];
		const ranked = rankMatches(
			Uint32Array.of(0, 1, 2, 3),
			Float64Array.of(0.1, 0.2, 0.2, 0.2),
			tieOrder(programs),
		);
		expect([...ranked.docs]).toEqual([0, 2, 3, 1]);
		expect([...ranked.scores]).toEqual([0.1, 0.2, 0.2, 0.2]);
	});

	it('ranks by score, then tie order, whether the scores are few (buckets) or many (sort)', () => {
		const programs = Array.from({length: 300}, (_, i) =>
			makeProgram({fy: 2020 + (i % 7), no: i % 23, name: `p${i}`, summary: []}),
		);
		const order = tieOrder(programs);
		const few = fc.array(fc.integer({min: 0, max: 5}).map((n) => n / 7));
		const many = fc.array(fc.double({min: 0, max: 1, noNaN: true}));
		fc.assert(
			fc.property(fc.oneof(few, many), fc.boolean(), (values, sparse) => {
				// Every program, or every other one (matches are a subset, in program order).
				const picked = values
					.slice(0, sparse ? 150 : 300)
					.map((score, i) => ({doc: sparse ? 2 * i + 1 : i, score}));
				const docs = Uint32Array.from(picked, (p) => p.doc);
				const scores = Float64Array.from(picked, (p) => p.score);
				const expected = [...picked].sort(
					(a, b) =>
						Math.round(a.score * 1e6) - Math.round(b.score * 1e6) ||
						order.rankOf[a.doc]! - order.rankOf[b.doc]!,
				);
				const ranked = rankMatches(docs, scores, order);
				expect([...ranked.docs]).toEqual(expected.map((p) => p.doc));
				expect([...ranked.scores]).toEqual(expected.map((p) => Math.round(p.score * 1e6) / 1e6));
			}),
			{numRuns: 300},
		);
	});

	it('gives the head of the full ranking for any limit', () => {
		const programs = Array.from({length: 400}, (_, i) =>
			makeProgram({fy: 2020 + (i % 5), no: i % 37, name: `p${i}`, summary: []}),
		);
		const order = tieOrder(programs);
		fc.assert(
			fc.property(
				fc.array(fc.integer({min: 0, max: 20}), {minLength: 400, maxLength: 400}),
				fc.integer({min: 0, max: 120}),
				(raw, limit) => {
					const docs = Uint32Array.from(raw.keys());
					const scores = Float64Array.from(raw, (r) => r / 20);
					const full = rankMatches(docs, scores, order);
					const head = rankMatches(docs, scores, order, limit);
					expect([...head.docs]).toEqual([...full.docs.subarray(0, limit)]);
					expect([...head.scores]).toEqual([...full.scores.subarray(0, limit)]);
				},
			),
			{numRuns: 200},
		);
	});
});

describe('tieOrder', () => {
	/** The order as specified: newest fiscal year, then program number, then input order. */
	function reference(programs: {fiscalYear: number; no: number}[]): number[] {
		return [...programs.keys()].sort(
			(a, b) =>
				programs[b]!.fiscalYear - programs[a]!.fiscalYear ||
				programs[a]!.no - programs[b]!.no ||
				a - b,
		);
	}

	it('sorts by newest year, number, input order, including numbers that do not pack into a key', () => {
		const year = fc.oneof(fc.integer({min: 1990, max: 2030}), fc.constantFrom(-1, 0, 2.5, 1e7));
		const no = fc.oneof(fc.integer({min: 0, max: 60}), fc.constantFrom(-3, 1.5, 2 ** 21));
		fc.assert(
			fc.property(fc.array(fc.record({fy: year, no}), {maxLength: 60}), (specs) => {
				const programs = specs.map((s, i) => makeProgram({...s, name: `p${i}`, summary: []}));
				const {docAt, rankOf} = tieOrder(programs);
				const expected = reference(programs);
				expect([...docAt]).toEqual(expected);
				expected.forEach((doc, rank) => {
					expect(rankOf[doc]).toBe(rank);
				});
			}),
			{numRuns: 300},
		);
	});
});
