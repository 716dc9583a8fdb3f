// The changes view: what changed between the newest two loaded years of each issuing body
// (ended, new, renamed / merged / successor, with budgets and totals), the same lines as
// `shuro --changes` prints (output/changes.ts).
import {changesBetween, defaultChangeYears} from '../figures/changes.js';
import {changesText} from '../output/changes.js';
import type {Catalog} from '../state/catalog.js';
import {fitLine, type Line, plainLine} from './line.js';
import {paragraph} from './paragraph.js';
import type {WidthOptions} from '../text/width.js';

export function changesLines(catalog: Catalog, width: number, options: WidthOptions): Line[] {
	const pair = defaultChangeYears(catalog.years);
	const title = fitLine([{text: '年度間の変化 (C)', bold: true, tone: 'accent'}], width, options);
	if (!pair) return [title, plainLine('  比べる年度が1つしかありません', width, options)];
	const [a, b] = pair;
	const bodies = [...new Set(catalog.reports.map((r) => r.body))].filter(
		(body) =>
			catalog.reports.some((r) => r.body === body && r.fiscalYear === a) &&
			catalog.reports.some((r) => r.body === body && r.fiscalYear === b),
	);
	const lines: Line[] = [title];
	for (const body of bodies) {
		const [head = '', ...rest] = changesText(
			changesBetween(catalog.lineage, catalog.reports, body, a, b),
		);
		lines.push(fitLine([{text: head, bold: true}], width, options));
		for (const text of rest) {
			// Group headings start the line; their programs are indented under them.
			const group = !text.startsWith(' ');
			lines.push(
				...paragraph(
					text.trimStart(),
					width,
					options,
					group ? '' : '  ',
					group ? {bold: true} : {},
				),
			);
		}
		lines.push(plainLine('', width, options));
	}
	return lines;
}
