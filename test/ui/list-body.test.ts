// With reports of several issuing bodies, each list row says whose program it is.
import {describe, expect, it} from 'vitest';
import {FigureBook} from '../../source/figures/book.js';
import {lineText} from '../../source/ui/line.js';
import {listRow} from '../../source/ui/list-pane.js';
import {program} from '../helpers/fixtures.js';

describe('list rows', () => {
	it('prefix the issuing body when the report names one', () => {
		const osaka = program({fiscalYear: 2024, no: 19, name: 'テレワークの推進', body: '大阪府'});
		const text = lineText(
			listRow({program: osaka, score: 0, matches: []}, new FigureBook(), false, 80, {}),
		);
		expect(text).toContain('大阪府 テレワークの推進');
	});
	it('show just the name for a report without a body', () => {
		const tokyo = program({fiscalYear: 2024, no: 19, name: 'テレワークの推進'});
		const text = lineText(
			listRow({program: tokyo, score: 0, matches: []}, new FigureBook(), false, 80, {}),
		);
		expect(text).toMatch(/2024\s+19 {4}テレワークの推進/);
	});
});
