// A body's lineage is worked out from candidate pairs and distinct texts (lineage-body.ts):
// it must equal the plain twin, which scores every pair of programs of different years
// with a vector per program, on the seeds, on the benchmark's corpus and on generated
// bodies whose names, summaries and texts mix the seeds' (names written in other
// programs' texts included).
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {linkBody} from '../../source/report/lineage-body.js';
import {type LineageFacts, lineageFacts} from '../../source/report/lineage-evidence.js';
import {corpusReports} from '../helpers/corpus.js';
import {seeds} from '../helpers/seeds.js';

const seedFacts = seeds().reports.flatMap((r) => r.programs.map(lineageFacts));

function expectPlain(facts: readonly LineageFacts[]): number {
	const fast = linkBody(facts);
	const plain = linkBody(facts, {plain: true});
	// Agreements kept in a Map rather than a table (a body of over 2,048 distinct texts).
	const sparse = linkBody(facts, {densePairs: 0});
	for (const other of [plain, sparse]) {
		expect([...fast.starts]).toEqual([...other.starts]);
		expect([...fast.others]).toEqual([...other.others]);
		expect([...fast.codes]).toEqual([...other.codes]);
	}
	return fast.others.length;
}

const generatedBody = fc
	.array(
		fc.record({
			year: fc.constantFrom(2019, 2020, 2022, 2024),
			name: fc.nat(seedFacts.length - 1),
			summary: fc.nat(seedFacts.length - 1),
			// Another program's summary appended (the summaries partly agree), or none.
			more: fc.option(fc.nat(seedFacts.length - 1)),
			// Another program's name written in this one's text (merged), or none.
			names: fc.option(fc.nat(seedFacts.length - 1)),
			prefix: fc.constantFrom('', '新', 'モデル', 'TOKYO'),
		}),
		{minLength: 2, maxLength: 40},
	)
	.map((specs) =>
		specs.map((spec, i): LineageFacts => {
			const from = seedFacts[spec.name] as LineageFacts;
			const summary =
				(seedFacts[spec.summary] as LineageFacts).summary +
				(spec.more === null ? '' : (seedFacts[spec.more] as LineageFacts).summary);
			const named = spec.names === null ? '' : `①${(seedFacts[spec.names] as LineageFacts).name}`;
			return {
				...from,
				no: i + 1,
				fiscalYear: spec.year,
				name: `${spec.prefix}${from.name}`,
				summary,
				text: `${summary}${from.text}${named}`,
			};
		}),
	);

describe('a body worked out from candidate pairs', () => {
	it('equals scoring every pair on the seeds', () => {
		expect(expectPlain(seedFacts)).toBe(96);
	});

	it('equals scoring every pair on a body of the corpus (ten years, ~420 programs)', () => {
		const reports = corpusReports(3000);
		const body = reports[0]?.body;
		const facts = reports
			.filter((r) => r.body === body)
			.flatMap((r) => r.programs.map(lineageFacts));
		expect(facts.length).toBeGreaterThan(400);
		expect(expectPlain(facts)).toBeGreaterThan(facts.length);
	});

	it('equals scoring every pair on generated bodies', () => {
		fc.assert(
			fc.property(generatedBody, (facts) => {
				expectPlain(facts);
			}),
			{numRuns: 150, seed: 14},
		);
	});
});
