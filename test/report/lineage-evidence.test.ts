// What the link worker makes of each program's parts (factsOf): its texts, the planned
// figures, and one shared empty list for programs without figures or sub-items.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
	factsOf,
	type LineageParts,
	withoutMeaningless,
} from '../../source/report/lineage-evidence.js';

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

describe('withoutMeaningless', () => {
	// What it replaced, and still means: white space, punctuation, brackets, circles, ①–⑳.
	const MEANINGLESS = /[\s、。・･·「」『』（）()○〇◯,，.:：;；!！?？\-－—~〜①-⑳]/gu;
	const spec = (text: string) => text.replace(MEANINGLESS, '');

	it('drops exactly the UTF-16 units the regular expression matches', () => {
		const dropped: number[] = [];
		for (let unit = 0; unit < 0x10000; unit++)
			if (withoutMeaningless(`a${String.fromCharCode(unit)}b`) === 'ab') dropped.push(unit);
		const matched: number[] = [];
		for (let unit = 0; unit < 0x10000; unit++) {
			MEANINGLESS.lastIndex = 0;
			if (MEANINGLESS.test(String.fromCharCode(unit))) matched.push(unit);
		}
		expect(dropped).toEqual(matched);
		expect(dropped.length).toBeGreaterThan(70);
	});

	it('gives what the regular expression gives, for any text', () => {
		const unit = fc.oneof(
			fc.constantFrom(...' \u3000\t\n、。・「」（）()①⑳○,.-—〜'),
			fc.constantFrom(...'育休業テレワーク支援事業ABCａｂ'),
			fc.string({unit: 'grapheme', minLength: 1, maxLength: 1}),
			fc.string({unit: 'binary', minLength: 1, maxLength: 1}),
		);
		fc.assert(
			fc.property(fc.array(unit, {maxLength: 40}), (units) => {
				const text = units.join('');
				expect(withoutMeaningless(text)).toBe(spec(text));
			}),
			{numRuns: 2000},
		);
	});

	it('keeps a text with nothing to drop as it is, and empties one of nothing else', () => {
		expect(withoutMeaningless('女性再就職支援事業')).toBe('女性再就職支援事業');
		expect(withoutMeaningless('「」・ 、。')).toBe('');
		expect(withoutMeaningless('①女性 再就職。')).toBe('女性再就職');
	});
});
