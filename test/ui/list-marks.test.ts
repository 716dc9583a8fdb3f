// Issue #15 in the list: each row ends in the mark of the field and form that placed it,
// and a query with no results says what was searched and tried.
import {describe, expect, it} from 'vitest';
import {FigureBook} from '../../source/figures/book.js';
import {createSearchEngine} from '../../source/search/engine.js';
import type {ResultList} from '../../source/search/result-list.js';
import {listWindow} from '../../source/state/cursor.js';
import {displayWidth} from '../../source/text/width.js';
import {lineText} from '../../source/ui/line.js';
import {listPane, listRow} from '../../source/ui/list-pane.js';
import {seeds} from '../helpers/seeds.js';
import {makeProgram} from '../search/fixtures.js';

const engine = createSearchEngine(seeds().reports.flatMap((r) => r.programs));
/** A list 20 rows high (a header and 19 rows), at its top. */
const top = (results: ResultList) => listWindow({index: 0, scroll: 0}, results.length, 19);
const figures = new FigureBook();

describe('list marks', () => {
	it.each([80, 140])('end the name column at %i columns, the row keeping its width', (width) => {
		const results = engine.search('高齢者');
		const rows = [0, 5, 17].map((i) =>
			lineText(listRow(results.at(i)!, figures, false, width, {})),
		);
		expect(rows[0]).toMatch(/東京キャリア・トライアル65\s+概\s/);
		expect(rows[1]).toContain('名≈シニア');
		expect(rows[2]).toMatch(/\s柱\s/);
		for (const row of rows) expect(displayWidth(row)).toBe(width);
	});

	it('quote the report text sanitised', () => {
		const hostile = makeProgram({
			fy: 2024,
			no: 1,
			name: '講座',
			summary: ['\u001B[31mシニア\u0007向け'],
		});
		const row = lineText(
			listRow(createSearchEngine([hostile]).search('高齢者').at(0)!, figures, false, 80, {}),
		);
		expect(row).toContain('概≈');
		expect(row).not.toMatch(/[\u0000-\u001f]/);
	});

	it('show a report number as No.', () => {
		const row = lineText(listRow(engine.search('No.23').at(0)!, figures, false, 80, {}));
		expect(row).toContain('男性育業推進リーダー事業');
		expect(row).toContain('No.');
	});
});

describe('the zero-result screen', () => {
	it('says what was searched, what was tried and why 就職率 is not there, wrapped to the pane', () => {
		const results = engine.search('就職率');
		const text = listPane(results, figures, top(results), 80, {}, 47).map((line) => lineText(line));
		expect(text[1]).toContain('該当する事業はありません');
		expect(text[1]).toContain('就職率');
		expect(text.join('\n')).toContain('budgets and planned/actual scale only');
		for (const line of text) expect(displayWidth(line)).toBeLessThanOrEqual(80);
	});

	it('lists the synonyms tried and the filters applied', () => {
		const results = engine.search('シニア 予算>100億');
		const pane = listPane(results, figures, top(results), 80, {}, 47);
		const text = pane.map((line) => lineText(line)).join('\n');
		expect(text).toContain('≈高齢者');
		expect(text).toContain('予算 > 100億円');
	});
});
