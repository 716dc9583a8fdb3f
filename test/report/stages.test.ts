// The parser's two stages on the seeds' own rows: the fold (rows → drafts + issues) and
// the finish (drafts → model), each pure, sharing only the load's interner.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {decode} from '../../source/report/decode.js';
import {finishReport} from '../../source/report/finish.js';
import {foldReport} from '../../source/report/fold.js';
import {Interner} from '../../source/report/interner.js';
import {parseReport} from '../../source/report/parse.js';
import {splitRows} from '../../source/report/rows.js';
import {FY2022_FILE, FY2024_FILE} from '../helpers/seeds.js';

const seedText = (file: string) => {
	const decoded = decode(readFileSync(file));
	if (!decoded.ok) throw new Error(`cannot decode ${file}`);
	return decoded.text;
};
const FY2024 = seedText(FY2024_FILE);
const FY2022 = seedText(FY2022_FILE);

/** Counts the budget readings asked of the interner. */
class CountingInterner extends Interner {
	readings = 0;
	override amount(text: string) {
		this.readings++;
		return super.amount(text);
	}
}

describe('foldReport', () => {
	it("folds the FY2024 seed's rows into its title, pillars and 47 program drafts, still raw", () => {
		const {rows} = splitRows(FY2024);
		const fold = foldReport(rows, 'seed.txt', new Interner());
		const {draft} = fold;
		expect(draft.title).toMatchObject({fiscalYear: 2024, era: '令和6年度'});
		expect(draft.programs).toHaveLength(47);
		expect(draft.pillars[0]).toEqual({
			no: 1,
			title: '円滑な人材シフトの促進とリスキングの強化',
			line: 9,
		});
		const first = draft.programs[0];
		expect(first).toMatchObject({
			no: 1,
			line: 10,
			pillar: 0,
			name: ['ものづくり等産業人材育成支援事業'],
			plan: ['支援規模 200件/年'],
			unit: ['支給件数'],
			budget: {cell: '約1.9億円', amount: {yen: 190_000_000, approximate: true, overflows: false}},
		});
		expect(first?.summary[0]).toMatch(/^○ものづくり等の中小企業は/);
		expect(fold.titleLines).toEqual([3]);
		expect(fold.frameLines).toContain(5); // the ※ note
		expect(draft.notes[0]).toMatch(/^※各重点事業は/);
		expect(fold.rest).toEqual([]);
	});

	it('reads each budget cell once, in the fold, and warns there of an unreadable one', () => {
		const interner = new CountingInterner();
		const fold = foldReport(splitRows(FY2022).rows, 'seed.txt', interner);
		expect(fold.issues).toContainEqual({
			code: 'garbage-cell',
			severity: 'warning',
			message: 'ignored unreadable text in the budget column: "71-9 = 1051 J"',
			file: 'seed.txt',
			line: 61,
		});
		const read = interner.readings;
		expect(read).toBeGreaterThan(38);
		finishReport(fold.draft, 'seed.txt', interner);
		expect(interner.readings).toBe(read); // the finish reads no budget again
	});

	it('changes nothing it is given, and gives the same drafts twice', () => {
		const text = `${FY2022}\n${FY2024}`;
		const {rows} = splitRows(text);
		const before = JSON.stringify(rows);
		const one = foldReport(rows, 'two.txt', new Interner());
		const two = foldReport(rows, 'two.txt', new Interner());
		expect(JSON.stringify(rows)).toBe(before);
		expect(two).toEqual(one);
		// The second report begins at its title line: the rest of the rows are its.
		expect(one.draft.title?.fiscalYear).toBe(2022);
		expect(one.rest[0]?.cells.join('')).toMatch(/令和6年度 就労支援事業計画/);
		expect(foldReport(one.rest, 'two.txt', new Interner()).draft.programs).toHaveLength(47);
	});
});

describe('finishReport', () => {
	it("gives the model parseReport gives, from the fold's drafts, without changing them", () => {
		for (const text of [FY2024, FY2022]) {
			const interner = new Interner();
			const {draft} = foldReport(splitRows(text).rows, 'seed.txt', interner);
			const drafts = JSON.stringify(draft);
			const {report, issues} = finishReport(draft, 'seed.txt', interner);
			expect(JSON.stringify(draft)).toBe(drafts);
			expect(issues).toEqual([]);
			expect(report).toEqual(parseReport(text, 'seed.txt').report);
		}
	});

	it('cleans and reads every cell: budgets, scales, bullets; one pillar object per pillar', () => {
		const interner = new Interner();
		const {draft} = foldReport(splitRows(FY2024).rows, 'seed.txt', interner);
		const report = finishReport(draft, 'seed.txt', interner).report;
		const [first, second] = report?.programs ?? [];
		expect(first?.budget).toEqual({text: '約1.9億円', yen: 190_000_000, approximate: true});
		expect(first?.plan.metrics).toEqual([
			{value: 200, unit: '件', raw: '200件/年', label: '支援規模', per: '年'},
		]);
		expect(first?.summary).toHaveLength(2);
		expect(first?.id).toBe('|2024|1');
		expect(first?.pillar).toEqual({no: 1, title: '円滑な人材シフトの促進とリスキングの強化'});
		expect(second?.pillar).toBe(first?.pillar);
		expect(report?.pillars[0]).toEqual({...first?.pillar, line: 9});
	});

	it('says why there is no report: no title line, or no program rows', () => {
		const interner = new Interner();
		const untitled = foldReport(splitRows('1\ta\t○b\t約1億円').rows, 'f.txt', interner);
		expect(finishReport(untitled.draft, 'f.txt', interner)).toMatchObject({
			report: null,
			issues: [{code: 'no-era', severity: 'error'}],
		});
		const empty = foldReport(
			splitRows('令和6年度 就労支援事業計画 事業の実施状況').rows,
			'f.txt',
			interner,
		);
		expect(finishReport(empty.draft, 'f.txt', interner)).toMatchObject({
			report: null,
			issues: [{code: 'not-a-report', line: 1}],
		});
	});
});
