// One program in full: what the report printed and what shuro computed from it.
import {basename} from 'node:path';
import type {Measure} from '../figures/measure.js';
import {itemName, type MeasureGroup, type ProgramFigures, reached} from '../figures/program.js';
import {kindLabel, type YearLineage} from '../report/lineage.js';
import type {Item, Program, Scale} from '../report/model.js';
import {displayName} from '../report/model.js';
import {bar} from './bar.js';
import {
	budgetFull,
	figureText,
	gapText,
	itemBudgetFull,
	measureLabel,
	percentText,
	resultSummary,
} from '../figures/format.js';
import {blankLine, cell, fitLine, type Line, plainLine, type Segment} from './line.js';
import {lineRanges, paragraph} from './paragraph.js';
import {sanitize} from '../text/sanitize.js';
import type {WidthOptions} from '../text/width.js';

type Columns = {
	label: number;
	plan: number;
	actual: number;
	gap: number;
	bar: number;
	percent: number;
};

function columns(width: number): Columns {
	const fixed = {plan: 11, actual: 11, gap: 8, bar: 5, percent: 6};
	const used = fixed.plan + fixed.actual + fixed.gap + fixed.bar + fixed.percent + 5;
	return {...fixed, label: Math.max(6, width - used)};
}

const GAP: Segment = {text: ' '};

function tableHeader(width: number, options: WidthOptions): Line {
	const c = columns(width);
	return fitLine(
		[
			cell('項目', c.label, 'left', options),
			GAP,
			cell('計画', c.plan, 'right', options),
			GAP,
			cell('実績', c.actual, 'right', options),
			GAP,
			cell('差', c.gap, 'right', options),
			GAP,
			cell('達成率', c.bar + 1 + c.percent, 'right', options),
		].map((s) => ({...s, underline: true})),
		width,
		options,
	);
}

function measureRow(label: string, m: Measure, width: number, options: WidthOptions): Line {
	const c = columns(width);
	const percent = m.ratio === null ? '—' : percentText(m);
	const barCell =
		m.ratio === null
			? cell('', c.bar, 'left', options)
			: cell(bar(m.ratio * 100, c.bar, options), c.bar, 'left', options, {
					tone: reached(m) ? 'good' : 'warn',
				});
	return fitLine(
		[
			cell(label, c.label, 'left', options),
			GAP,
			cell(figureText(m.plan), c.plan, 'right', options),
			GAP,
			cell(figureText(m.actual), c.actual, 'right', options),
			GAP,
			cell(gapText(m), c.gap, 'right', options),
			GAP,
			barCell,
			GAP,
			cell(percent, c.percent, 'right', options, {bold: m.ratio !== null, dim: m.ratio === null}),
		],
		width,
		options,
	);
}

/** Why a row has no percentage, when the dash alone does not say it. */
function reasonLines(m: Measure, indent: string, width: number, options: WidthOptions): Line[] {
	if (!m.reason || m.reason.code === 'no-plan' || m.reason.code === 'no-actual') return [];
	return paragraph(sanitize(m.reason.message), width, options, `${indent}  比較不可: `, {
		tone: 'warn',
	});
}

function measureLines(
	measures: readonly Measure[],
	indent: string,
	width: number,
	options: WidthOptions,
): Line[] {
	const out: Line[] = [];
	let said = '';
	for (const m of measures) {
		out.push(measureRow(`${indent}${measureLabel(m)}`, m, width, options));
		// A reason shared by the rows after it (a total and its breakdown) is said once.
		const reason = m.reason?.message ?? '';
		if (reason !== said) out.push(...reasonLines(m, indent, width, options));
		said = reason;
	}
	return out;
}

/** Plan/actual text as printed: always shown, dimmed when every figure in it was compared. */
function printed(
	plan: Scale,
	actual: Scale,
	indent: string,
	width: number,
	options: WidthOptions,
	dim: boolean,
): Line[] {
	const out: Line[] = [];
	const planText = sanitize(plan.text).trim();
	const actualText = sanitize(actual.text).trim();
	if (planText) out.push(...paragraph(planText, width, options, `${indent}計画: `, {dim}));
	if (actualText) out.push(...paragraph(actualText, width, options, `${indent}実績: `, {dim}));
	return out;
}

const allCompared = (measures: readonly Measure[]) =>
	measures.length > 0 && measures.every((m) => m.ratio !== null);

function itemLines(group: MeasureGroup, width: number, options: WidthOptions): Line[] {
	const item = group.item as Item;
	const budget = item.budget.text.trim() ? `  予算 ${itemBudgetFull(item.budget)}` : '';
	const out = paragraph(`${sanitize(itemName(item))}${budget}`, width, options, '', {bold: true});
	out.push(...measureLines(group.measures, '  ', width, options));
	out.push(...printed(item.plan, item.actual, '  ', width, options, allCompared(group.measures)));
	return out;
}

/** '名称変更 ← No.30 特定技能外国人雇用支援事業', or '新規' / '終了' when there is no counterpart. */
function lineageText(program: Program, year: YearLineage): string {
	const c = year.counterpart;
	const earlier = year.fiscalYear < program.fiscalYear;
	if (!c) return earlier ? '新規' : '終了';
	return `${kindLabel(c.kind)} ${earlier ? '←' : '→'} No.${c.other.no} ${sanitize(displayName(c.other))}`;
}

function heading(text: string, width: number, options: WidthOptions): Line {
	return fitLine([{text, bold: true, tone: 'accent'}], width, options);
}

/** Every line of a program's detail, `width` cells each; the caller windows them. */
export function detailLines(
	program: Program,
	figures: ProgramFigures,
	width: number,
	options: WidthOptions,
	lineage: readonly YearLineage[] = [],
	sourceName: string = basename(program.file),
): Line[] {
	const out: Line[] = [];
	out.push(...paragraph(sanitize(displayName(program)), width, options, '', {bold: true}));
	const where = `${program.body ? `${sanitize(program.body)} ` : ''}${sanitize(program.era)} (FY${program.fiscalYear}) · No.${program.no}${program.noInferred ? ' (推定)' : ''}`;
	// One other year (the usual case): its lineage on the same line.
	const [only] = lineage;
	if (only && lineage.length === 1) {
		out.push(
			...paragraph(
				`${where} · FY${only.fiscalYear}: ${lineageText(program, only)}`,
				width,
				options,
			),
		);
	} else {
		out.push(plainLine(where, width, options));
		for (const year of lineage)
			out.push(...paragraph(lineageText(program, year), width, options, `FY${year.fiscalYear}: `));
	}
	if (program.pillar) {
		out.push(
			...paragraph(
				`${program.pillar.no} ${sanitize(program.pillar.title)}`,
				width,
				options,
				'柱: ',
			),
		);
	}
	out.push(...paragraph(budgetFull(program), width, options, '予算: '));
	if (program.unit.trim()) {
		out.push(...paragraph(sanitize(program.unit), width, options, '単位の説明: '));
	}
	if (program.summary.length > 0) {
		out.push(blankLine(width), heading('概要', width, options));
		for (const bullet of program.summary) {
			out.push(...paragraph(sanitize(bullet), width, options, '○ '));
		}
	}
	out.push(blankLine(width), heading('計画と実績', width, options));
	out.push(...paragraph(resultSummary(figures.result), width, options, '結果: ', {bold: true}));
	const own = figures.groups.find((g) => g.item === null)?.measures ?? [];
	if (figures.result.measures > 0) out.push(tableHeader(width, options));
	out.push(...measureLines(own, '', width, options));
	out.push(...printed(program.plan, program.actual, '', width, options, allCompared(own)));
	for (const group of figures.groups) if (group.item) out.push(...itemLines(group, width, options));
	out.push(blankLine(width));
	out.push(
		...paragraph(
			`${sanitize(sourceName)} 行 ${lineRanges(program.lines)}`,
			width,
			options,
			'出典: ',
			{dim: true},
		),
	);
	return out;
}
