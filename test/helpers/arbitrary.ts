// fast-check generators for hostile report text: mixed full/half width, ambiguous
// characters, surrogate pairs, combining marks, emoji, and control/escape sequences.
import fc from 'fast-check';
import type {Report} from '../../source/report/model.js';
import {budget, program, scale} from './fixtures.js';

/** Printable pieces that stress layout: CJK, half-width kana, ambiguous, surrogate
 * pairs, combining marks, emoji, ASCII, 禁則 punctuation. */
export const PRINTABLE_PIECES = [
	'テ',
	'レ',
	'ワ',
	'ー',
	'ク',
	'推',
	'進',
	'事',
	'業',
	'ｶ',
	'ﾅ',
	'ﾞ',
	'○',
	'※',
	'①',
	'・',
	'～',
	'…',
	'𠮷',
	'か\u3099',
	'e\u0301',
	'👍',
	'👨‍👩‍👧',
	'a',
	'W',
	'1',
	' ',
	'、',
	'。',
	'「',
	'」',
	'（',
	'）',
];

/** Plus what an untrusted report may smuggle in: tabs, escape sequences, C1, BiDi. */
const PIECES = [
	...PRINTABLE_PIECES,
	'\t',
	'\u001B[2J',
	'\u001B]0;pwned\u0007',
	'\u009B31m',
	'\u202E',
	'\u200B',
	'\r\n',
];

export const hostileText = (maxLength = 40) =>
	fc.array(fc.constantFrom(...PIECES), {minLength: 1, maxLength}).map((a) => a.join(''));

/** One report per year with `n` programs whose names, budgets and units are hostile. */
export const hostileReports = fc
	.array(
		fc.record({
			name: hostileText(),
			summary: hostileText(80),
			yen: fc.option(fc.integer({min: 0, max: 9_000_000_000_000}), {nil: null}),
			budgetText: hostileText(8),
			plan: fc.integer({min: 1, max: 100_000}),
			actual: fc.integer({min: 0, max: 200_000}),
			unit: fc.constantFrom('件', '人', '名', '団体', '※', '①'),
			year: fc.constantFrom(2022, 2024),
		}),
		{minLength: 1, maxLength: 12},
	)
	.map((specs): Report[] => {
		const years = [...new Set(specs.map((s) => s.year))];
		return years.map((year) => {
			const programs = specs
				.filter((s) => s.year === year)
				.map((s, i) =>
					program({
						fiscalYear: year,
						no: i + 1,
						name: s.name,
						pillar: {no: 1, title: s.summary},
						summary: [s.summary],
						budget: budget(s.budgetText, s.yen),
						plan: scale(`${s.plan}${s.unit}`),
						actual: scale(`${s.actual}${s.unit}`),
						unit: s.unit,
					}),
				);
			return {
				body: '',
				era: `FY${year}`,
				fiscalYear: year,
				title: '',
				file: `x${year}.txt`,
				notes: [],
				pillars: [{no: 1, title: programs[0]?.summary[0] ?? '', line: 1}],
				programs,
			};
		});
	});
