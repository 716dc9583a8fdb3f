// The plain aligned table printed when stdout is not a terminal. Columns are
// aligned by display width (full-width characters take two cells). A program with
// several measures (or one that cannot be compared) gets one line per measure below it,
// so no single measure stands for the program.
import type {FigureBook} from '../figures/book.js';
import {displayName, type Program} from '../report/model.js';
import {measureSummaries, moneyCompact, resultText} from '../figures/format.js';
import {sanitize} from '../text/sanitize.js';
import {displayWidth, pad, truncate} from '../text/width.js';

type Column = {
	title: string;
	max: number;
	align: 'left' | 'right';
	value: (p: Program, figures: FigureBook) => string;
};

const COLUMNS: Column[] = [
	{title: '年度', max: 6, align: 'left', value: (p) => `FY${p.fiscalYear}`},
	{title: 'No', max: 4, align: 'right', value: (p) => `${p.noInferred ? '*' : ''}${p.no}`},
	{title: '事業名', max: 48, align: 'left', value: (p) => displayName(p)},
	{title: '予算', max: 12, align: 'right', value: (p) => moneyCompact(p)},
	{title: '計画', max: 24, align: 'left', value: (p) => p.plan.text || '—'},
	{title: '実績', max: 24, align: 'left', value: (p) => p.actual.text || '—'},
	{
		title: '達成率',
		max: 12,
		align: 'right',
		value: (p, figures) => resultText(figures.of(p).result) || '—',
	},
];

const NAME_COLUMN = 2;

export function toTable(programs: Program[], figures: FigureBook): string {
	const cells = programs.map((p) =>
		COLUMNS.map((c) => truncate(sanitize(c.value(p, figures)), c.max)),
	);
	const widths = COLUMNS.map((c, i) =>
		Math.max(displayWidth(c.title), ...cells.map((r) => displayWidth(r[i] ?? ''))),
	);
	const line = (values: string[]) =>
		values
			.map((v, i) => pad(v, widths[i] ?? 0, COLUMNS[i]?.align ?? 'left'))
			.join('  ')
			.trimEnd();
	const total = widths.reduce((sum, w) => sum + w + 2, 0) - 2;
	const indent = widths.slice(0, NAME_COLUMN).reduce((sum, w) => sum + w + 2, 0);
	const out = [line(COLUMNS.map((c) => c.title))];
	programs.forEach((p, i) => {
		out.push(line(cells[i] ?? []));
		const {result} = figures.of(p);
		if (result.measures > 1 || result.notComparable > 0) {
			for (const text of measureSummaries(figures.of(p))) {
				out.push(`${' '.repeat(indent)}${truncate(`└ ${text}`, Math.max(20, total - indent))}`);
			}
		}
	});
	return out.join('\n');
}
