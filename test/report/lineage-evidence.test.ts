// What the link worker keeps of each program (factsOf): texts through its interner, the
// planned figures included, and one shared empty list for programs without figures or
// sub-items (the worker keeps 25,000 programs' facts until every body is worked out).
import {describe, expect, it} from 'vitest';
import {factsOf, type LineageParts} from '../../source/report/lineage-evidence.js';

const parts = (over: Partial<LineageParts>): LineageParts => ({
	no: 1,
	fiscalYear: 2024,
	name: 'テレワーク推進事業',
	summary: ['○テレワークの導入を支援'],
	plan: '300人',
	actual: '280人',
	unit: '参加者数',
	figures: [],
	items: [],
	...over,
});

describe('factsOf', () => {
	it('passes the planned figures through the interner, as it does the texts', () => {
		const seen: string[] = [];
		const facts = factsOf(parts({figures: ['300人', '20社']}), (text) => {
			seen.push(text);
			return text;
		});
		expect(facts.figures).toEqual(['300人', '20社']);
		expect(seen).toContain('300人');
		expect(seen).toContain('20社');
	});

	it('gives two programs the same figure as one string once interned', () => {
		const made = new Map<string, string>();
		const intern = (text: string) => {
			if (!made.has(text)) made.set(text, text);
			return made.get(text) ?? text;
		};
		const a = factsOf(parts({figures: [['30', '0人'].join('')]}), intern);
		const b = factsOf(parts({no: 2, figures: [['300', '人'].join('')]}), intern);
		expect(b.figures[0]).toBe(a.figures[0]);
		expect(made.size).toBeGreaterThan(0);
	});

	it('shares one empty, frozen list among programs without figures or sub-items', () => {
		const a = factsOf(parts({}));
		const b = factsOf(parts({no: 2}));
		expect(a.figures).toEqual([]);
		expect(a.items).toEqual([]);
		expect(b.figures).toBe(a.figures);
		expect(b.items).toBe(a.figures);
		expect(Object.isFrozen(a.figures)).toBe(true);
	});

	it("keeps the sub-items' names, and puts their plan and actual in the text", () => {
		const facts = factsOf(parts({items: [['職場体験', '50人', '48人']]}));
		expect(facts.items).toEqual(['職場体験']);
		expect(facts.text).toBe('○テレワークの導入を支援300人280人職場体験 50人 48人');
	});
});
