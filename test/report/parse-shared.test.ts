// The parser gives equal cells one copy of what it reads from them (interner.ts): the model
// is read-only, so sharing changes no value (the --json and --csv output is the same
// byte for byte), only how many copies exist. A merged budget's line is its own.
import {describe, expect, it} from 'vitest';
import type {Budget, Scale} from '../../source/report/model.js';
import {corpusReports} from '../helpers/corpus.js';
import {seeds} from '../helpers/seeds.js';

const programs = () => corpusReports(3000).flatMap((r) => r.programs);

/** Each group's values, by a key: every group must hold one object. */
function expectOneObjectPerKey<T>(values: T[], key: (value: T) => string): number {
	const byKey = new Map<string, Set<T>>();
	for (const value of values) {
		const group = byKey.get(key(value)) ?? new Set<T>();
		group.add(value);
		byKey.set(key(value), group);
	}
	const shared = [...byKey.values()].filter((group) => group.size > 1);
	expect(shared.map((group) => group.size)).toEqual([]);
	return values.length - byKey.size; // copies saved
}

describe('what the parser reads, shared', () => {
	it('gives equal plan and actual cells one Scale, and equal budgets one Budget', () => {
		const all = programs();
		const scales = all.flatMap((p): Scale[] => [
			p.plan,
			p.actual,
			...p.items.flatMap((i) => [i.plan, i.actual]),
		]);
		expect(expectOneObjectPerKey(scales, (s) => s.text)).toBeGreaterThan(scales.length / 2);
		const budgets = all.filter((p) => p.budget.mergedFromLine === undefined).map((p) => p.budget);
		expect(expectOneObjectPerKey(budgets, (b) => b.text)).toBeGreaterThan(budgets.length / 2);
	});

	it('gives equal summaries one list (nearly all), ', () => {
		const all = programs();
		// Summaries are remembered by their text before splitting into bullets: two texts
		// that differ only in spacing give equal lists in two objects.
		const summaries = all.map((p) => p.summary);
		const distinct = new Set(summaries.map((s) => s.join('\u0000'))).size;
		expect(new Set(summaries).size).toBeLessThan(distinct * 1.05);
	});

	it("gives the parser's empty lists as one frozen list, which nothing can add to", () => {
		const all = programs();
		const empties = all.flatMap((p) => [p.items, p.summary].filter((list) => list.length === 0));
		expect(empties.length).toBeGreaterThan(all.length / 2);
		expect(new Set(empties).size).toBe(1);
		expect(Object.isFrozen(empties[0])).toBe(true);
		expect(() => (empties[0] as unknown[]).push(1)).toThrow(TypeError);
	});

	it("gives a merged budget its own object: the line is the row's, not the text's", () => {
		const all = [...seeds().reports, ...corpusReports(3000)].flatMap((r) => r.programs);
		const users = new Map<Budget, number>();
		for (const p of all) users.set(p.budget, (users.get(p.budget) ?? 0) + 1);
		const merged = [...users.keys()].filter((b) => b.mergedFromLine !== undefined);
		expect(merged.length).toBeGreaterThan(10);
		for (const budget of merged) expect(users.get(budget)).toBe(1);
	});
});
