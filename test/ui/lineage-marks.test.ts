// Issue #14 in the list: each row says at a glance what became of the program (継 改 統 後
// 終 towards the next loaded year; the newest year: where it came from, 新 when new),
// from the same lineage as the detail and 年度比較. A large body's marks wait for the
// load's lineage rather than work it out while drawing.
import {describe, expect, it} from 'vitest';
import {FigureBook} from '../../source/figures/book.js';
import {LineageBook} from '../../source/report/lineage.js';
import {linkBody} from '../../source/report/lineage-body.js';
import {lineageFacts} from '../../source/report/lineage-evidence.js';
import {bodiesOf} from '../../source/report/load-in-background.js';
import type {Program} from '../../source/report/model.js';
import {createSearchEngine} from '../../source/search/engine.js';
import {listWindow} from '../../source/state/cursor.js';
import {displayWidth} from '../../source/text/width.js';
import {lineText} from '../../source/ui/line.js';
import {listPane, listRow} from '../../source/ui/list-pane.js';
import {corpusReports} from '../helpers/corpus.js';
import {packedByTheWorker} from '../helpers/links.js';
import {seedProgram, seeds} from '../helpers/seeds.js';

const programs = seeds().reports.flatMap((r) => r.programs);
const lineage = new LineageBook(programs);
const figures = new FigureBook();
const row = (p: Program, width = 80, book: LineageBook | null = lineage) =>
	lineText(listRow({program: p, score: 0, matches: []}, figures, false, width, {}, 3, book));
/** The mark column: after the year, the number and their gaps. */
const markOf = (line: string) => line.slice(2 + 4 + 1 + 3 + 1, 2 + 4 + 1 + 3 + 1 + 2).trim();

describe('lineage marks in the list', () => {
	it.each([
		[2024, 3, '継'], // 中小企業人材スキルアップ支援事業, the same name in FY2022 (#29)
		[2024, 20, '改'], // 働き方改革パワーアップ応援緊急対策事業 ← FY2022 #35 働き方改革促進事業
		[2024, 39, '統'], // FY2022 #6 障害者雇用ナビゲート事業 is named in its plan
		[2024, 11, '後'], // ← FY2022 #31 中小企業人材確保のための奨学金返還支援事業
		[2024, 1, '新'], // no counterpart in FY2022
		[2022, 29, '継'], // → FY2024 #3
		[2022, 30, '改'], // → FY2024 #47 TOKYO特定技能Jobマッチング支援事業
		[2022, 6, '統'], // → FY2024 #39
		[2022, 9, '後'], // → FY2024 #15 女性ITエンジニア育成事業
		[2022, 22, '終'], // レディGO!Project プラス: none in FY2024
	])('FY%i #%i: %s', (year, no, mark) => {
		const line = row(seedProgram(year, no));
		expect(markOf(line)).toBe(mark);
		expect(displayWidth(line)).toBe(80);
	});

	it('agree with the detail: every FY2022 program marked 終 has no counterpart in FY2024, and no other', () => {
		for (const p of programs.filter((x) => x.fiscalYear === 2022)) {
			const ended = lineage.inYear(p, 2024).counterpart === null;
			expect(markOf(row(p)) === '終').toBe(ended);
		}
	});

	it('head the column 系 and keep every row as wide as the terminal', () => {
		const engine = createSearchEngine(programs);
		for (const width of [60, 80, 140]) {
			const results = engine.search('');
			const lines = listPane(
				results,
				figures,
				listWindow({index: 0, scroll: 0}, results.length, 11),
				width,
				{},
				47,
				lineage,
			);
			expect(lineText(lines[0]!)).toMatch(/No 系 事業名/);
			expect(lines).toHaveLength(12);
			for (const line of lines) expect(displayWidth(lineText(line))).toBe(width);
		}
	});

	it('are blank for a body of one year, and without a lineage book', () => {
		const fy2024 = programs.filter((p) => p.fiscalYear === 2024);
		expect(markOf(row(fy2024[0]!, 80, new LineageBook(fy2024)))).toBe('');
		expect(markOf(row(fy2024[0]!, 80, null))).toBe('');
	});

	it("wait for the load's lineage while it is coming, then show it", () => {
		const reports = corpusReports(3000);
		const all = reports.flatMap((r) => r.programs);
		const first = all[0]!;
		expect(all.filter((p) => p.body === first.body).length).toBeGreaterThan(400);
		// The load is under way and its links are coming: drawing works nothing out.
		const loading = new LineageBook(all, null, {marksWork: false});
		expect(markOf(row(first, 80, loading))).toBe('');
		const loaded = new LineageBook(all, packedByTheWorker(reports));
		const mark = markOf(row(first, 80, loaded));
		expect(mark).not.toBe('');
		// A body the detail has worked out meanwhile shows its marks at once.
		loading.of(first);
		expect(markOf(row(first, 80, loading))).toBe(mark);
		// A load with no links coming (a small one, over): the row works its body out.
		expect(markOf(row(first, 80, new LineageBook(all)))).toBe(mark);
	});

	it("show a body's marks as soon as the link worker's links of that body come (adopt)", () => {
		const reports = corpusReports(3000);
		const all = reports.flatMap((r) => r.programs);
		const loaded = new LineageBook(all, packedByTheWorker(reports));
		const [first, second] = bodiesOf(reports);
		if (!first || !second) throw new Error('two bodies wanted');
		const coming = new LineageBook(all, null, {marksWork: false});
		const linksOf = (programs: Program[]) => linkBody(programs.map(lineageFacts));
		// Not this book's programs of the body, in order: nothing kept.
		expect(coming.adopt([...first.programs].reverse(), linksOf(first.programs))).toBe(false);
		expect(coming.adopt(first.programs.slice(1), linksOf(first.programs.slice(1)))).toBe(false);
		expect(markOf(row(first.programs[0]!, 80, coming))).toBe('');
		expect(coming.adopt(first.programs, linksOf(first.programs))).toBe(true);
		for (const program of first.programs) {
			expect(markOf(row(program, 80, coming))).toBe(markOf(row(program, 80, loaded)));
			expect(coming.of(program)).toEqual(loaded.of(program));
		}
		// Another body's rows still wait, and nothing is worked out for them.
		expect(markOf(row(second.programs[0]!, 80, coming))).toBe('');
		// A book with every program's links takes no body's.
		expect(loaded.adopt(second.programs, linksOf(second.programs))).toBe(false);
	});
});
