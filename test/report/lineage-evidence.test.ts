// What the link worker makes of each program's parts (factsOf): its texts, the planned
// figures, and one shared empty list for programs without figures or sub-items.
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
	it('keeps the planned figures', () => {
		expect(factsOf(parts({figures: ['300人', '20社']})).figures).toEqual(['300人', '20社']);
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
