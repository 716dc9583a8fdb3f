// One program in full: what the report printed and what shuro computed from it.
import {basename} from 'node:path';
import type {Achievement, Item, Program, Scale} from '../report/model.js';
import {displayName} from '../report/model.js';
import {bar, budgetFull, percentText, thousands} from './format.js';
import {blankLine, cell, fitLine, type Line, plainLine, type Segment} from './line.js';
import {lineRanges, paragraph} from './paragraph.js';
import {sanitize} from './sanitize.js';
import type {WidthOptions} from './text.js';

type Columns = {
	label: number;
	plan: number;
	actual: number;
	unit: number;
	bar: number;
	percent: number;
};

function columns(width: number): Columns {
	const fixed = {plan: 9, actual: 9, unit: 6, bar: 5, percent: 6};
	const used = fixed.plan + fixed.actual + fixed.unit + fixed.bar + fixed.percent + 5;
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
			cell('単位', c.unit, 'left', options),
			GAP,
			cell('達成率', c.bar + 1 + c.percent, 'right', options),
		].map((s) => ({...s, underline: true})),
		width,
		options,
	);
}

function achievementRow(label: string, a: Achievement, width: number, options: WidthOptions): Line {
	const c = columns(width);
	return fitLine(
		[
			cell(label, c.label, 'left', options),
			GAP,
			cell(thousands(a.plan), c.plan, 'right', options),
			GAP,
			cell(thousands(a.actual), c.actual, 'right', options),
			GAP,
			cell(sanitize(a.unit), c.unit, 'left', options),
			GAP,
			cell(bar(a.percent, c.bar, options), c.bar, 'left', options, {
				tone: a.percent >= 100 ? 'good' : 'warn',
			}),
			GAP,
			cell(percentText(a), c.percent, 'right', options, {bold: true}),
		],
		width,
		options,
	);
}

/** Plan/actual text as printed, for what could not be paired into numbers. */
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

function unpaired(scaleOwner: {plan: Scale; actual: Scale; achievement: Achievement[]}): boolean {
	const pairs = scaleOwner.achievement.length;
	return (
		pairs === 0 ||
		scaleOwner.plan.metrics.length > pairs ||
		scaleOwner.actual.metrics.length > pairs
	);
}

function achievementLabel(a: Achievement, fallback: string): string {
	return sanitize(a.label ?? fallback);
}

function itemLines(item: Item, width: number, options: WidthOptions): Line[] {
	const name = sanitize(`${item.marker ?? ''}${item.name}`);
	const out: Line[] = [];
	const budget = item.budget.text.trim() ? `  予算 ${budgetFull(item.budget)}` : '';
	const only = item.achievement.length === 1 ? item.achievement[0] : undefined;
	if (only && !budget) {
		out.push(achievementRow(name, only, width, options));
	} else {
		out.push(...paragraph(`${name}${budget}`, width, options, '', {bold: true}));
		for (const a of item.achievement) {
			out.push(achievementRow(`  ${achievementLabel(a, a.unit)}`, a, width, options));
		}
	}
	if (unpaired(item)) out.push(...printed(item.plan, item.actual, '  ', width, options, false));
	return out;
}

function heading(text: string, width: number, options: WidthOptions): Line {
	return fitLine([{text, bold: true, tone: 'accent'}], width, options);
}

/** Every line of a program's detail, `width` cells each; the caller windows them. */
export function detailLines(program: Program, width: number, options: WidthOptions): Line[] {
	const out: Line[] = [];
	out.push(...paragraph(sanitize(displayName(program)), width, options, '', {bold: true}));
	out.push(
		plainLine(
			`${program.body ? `${sanitize(program.body)} ` : ''}${sanitize(program.era)} (FY${program.fiscalYear}) · No.${program.no}${program.noInferred ? ' (推定)' : ''}`,
			width,
			options,
		),
	);
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
	out.push(...paragraph(budgetFull(program.budget), width, options, '予算: '));
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
	const hasRows = program.achievement.length > 0 || program.items.length > 0;
	if (hasRows) out.push(tableHeader(width, options));
	for (const a of program.achievement) {
		out.push(achievementRow(achievementLabel(a, '事業全体'), a, width, options));
	}
	// What the report printed is always shown; dimmed when the table above already has it all.
	out.push(...printed(program.plan, program.actual, '', width, options, !unpaired(program)));
	for (const item of program.items) out.push(...itemLines(item, width, options));
	out.push(blankLine(width));
	out.push(
		...paragraph(
			`${sanitize(basename(program.file))} 行 ${lineRanges(program.lines)}`,
			width,
			options,
			'出典: ',
			{dim: true},
		),
	);
	return out;
}
