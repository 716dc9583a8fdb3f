// The plain aligned table printed when stdout is not a terminal. Columns are
// aligned by display width (full-width characters take two cells).
import {displayName, type Program} from '../report/model.js';
import {budgetCompact, percentText, primaryAchievement} from '../ui/format.js';
import {sanitize} from '../ui/sanitize.js';
import {displayWidth, pad, truncate} from '../ui/text.js';

type Column = {title: string; max: number; align: 'left' | 'right'; value: (p: Program) => string};

const COLUMNS: Column[] = [
	{title: '年度', max: 6, align: 'left', value: (p) => `FY${p.fiscalYear}`},
	{title: 'No', max: 4, align: 'right', value: (p) => `${p.noInferred ? '*' : ''}${p.no}`},
	{title: '事業名', max: 48, align: 'left', value: (p) => displayName(p)},
	{title: '予算', max: 12, align: 'right', value: (p) => budgetCompact(p.budget)},
	{title: '計画', max: 24, align: 'left', value: (p) => p.plan.text || '—'},
	{title: '実績', max: 24, align: 'left', value: (p) => p.actual.text || '—'},
	{
		title: '達成率',
		max: 8,
		align: 'right',
		value: (p) => {
			const a = primaryAchievement(p);
			return a ? percentText(a) : '—';
		},
	},
];

export function toTable(programs: Program[]): string {
	const cells = programs.map((p) => COLUMNS.map((c) => truncate(sanitize(c.value(p)), c.max)));
	const widths = COLUMNS.map((c, i) =>
		Math.max(displayWidth(c.title), ...cells.map((r) => displayWidth(r[i] ?? ''))),
	);
	const line = (values: string[]) =>
		values
			.map((v, i) => pad(v, widths[i] ?? 0, COLUMNS[i]?.align ?? 'left'))
			.join('  ')
			.trimEnd();
	return [line(COLUMNS.map((c) => c.title)), ...cells.map(line)].join('\n');
}
