// The figures in words, as every view and output writer prints them: money with 約, ratios
// with ≈ and never rounded up to the plan, a program's result, a measure in one line.
import {compactYen, thousands} from '../text/numbers.js';
import {sanitize} from '../text/sanitize.js';
import type {Budget, Program} from '../report/model.js';
import type {Figure} from './figure.js';
import type {Measure} from './measure.js';
import {type MoneyChange, type MoneySum, programMoney} from './money.js';
import {itemName, percentOf, type ProgramFigures, type ProgramResult} from './program.js';

/** A program's money for a column: compact yen, or the printed text when it is no amount. */
export function moneyCompact(program: Program): string {
	const money = programMoney(program);
	if (money.yen !== null) return compactYen(money.yen, money.approximate);
	const text = sanitize(program.budget.text).trim();
	return text === '' ? '—' : text;
}

/** '約2.9億円 (290,000,000円)'; a sub-item sum says so. */
export function budgetFull(program: Program): string {
	const printed = sanitize(program.budget.text).trim() || '—';
	const money = programMoney(program);
	if (money.yen === null) return printed;
	const exact = `(${thousands(money.yen)}円)`;
	if (money.from === 'items')
		return `${printed} → 内訳の合計 ${compactYen(money.yen, money.approximate)} ${exact}`;
	return `${printed} ${exact}`;
}

/** A sub-item's printed budget with its yen: '約3.4億円 (340,000,000円)'. */
export function itemBudgetFull(budget: Budget): string {
	const printed = sanitize(budget.text).trim() || '—';
	return budget.yen === null ? printed : `${printed} (${thousands(budget.yen)}円)`;
}

/** '≈+0.1億 (≈+4%)': a change, approximate when either amount is; '' when unknown. */
export function changeText(change: MoneyChange | null): string {
	if (!change) return '';
	const about = change.approximate ? '≈' : '';
	const sign = change.yen > 0 ? '+' : change.yen < 0 ? '-' : '±';
	const amount = compactYen(Math.abs(change.yen));
	const pct =
		change.ratio === null ? '' : ` (${about}${sign}${Math.abs(Math.round(change.ratio * 100))}%)`;
	return `${about}${sign}${amount}${pct}`;
}

/** The total of a sum: '約39.8億 (3件不明)'. */
export function sumText(sum: MoneySum): string {
	const unknown = sum.unknown > 0 ? ` (${sum.unknown}件不明)` : '';
	if (sum.counted === 0) return `—${unknown}`;
	return `${compactYen(sum.yen, sum.approximate)}${unknown}`;
}

/** A ratio as a whole percent (percentOf), with ≈ when it comes from approximate figures. */
export function percentText(measure: Measure): string {
	const percent = percentOf(measure);
	return percent === null ? '' : `${measure.approximate ? '≈' : ''}${percent}%`;
}

/**
 * A program's result in a few cells: '91%' when it has one measure, '25% 1/3' (the lowest
 * ratio; reached of compared) when it has several; '' when nothing could be compared.
 */
export function resultText(result: ProgramResult): string {
	if (!result.lowest) return '';
	const lowest = percentText(result.lowest);
	return result.compared === 1 && result.measures === 1
		? lowest
		: `${lowest} ${result.reached}/${result.compared}`;
}

/** '1/3 達成 · 最低 25% · 最高 100%', for the detail pane and the copy line. */
export function resultSummary(result: ProgramResult): string {
	if (result.measures === 0) return '数値の記載なし';
	const parts = [`指標 ${result.measures}`];
	if (result.compared === 0) parts.push('計画と比較できる指標なし');
	else {
		parts.push(`計画達成 ${result.reached}/${result.compared}`);
		if (result.lowest && result.compared > 1) parts.push(`最低 ${percentText(result.lowest)}`);
		if (result.highest && result.compared > 1) parts.push(`最高 ${percentText(result.highest)}`);
	}
	if (result.notComparable > 0) parts.push(`比較不可 ${result.notComparable}`);
	return parts.join(' · ');
}

/** '275名/年', '約1,800人', '150社以上' */
export function figureText(figure: Figure | null): string {
	if (!figure) return '—';
	const about = figure.approximate ? '約' : '';
	return `${about}${thousands(figure.value)}${sanitize(figure.unit)}${figure.per ? `/${figure.per}` : ''}${figure.atLeast ? '以上' : ''}`;
}

/** actual − plan, signed: '-25', '+5', '±0'; '' without both figures. */
export function gapText(measure: Measure): string {
	if (!measure.plan || !measure.actual || measure.ratio === null) return '';
	const gap = measure.actual.value - measure.plan.value;
	const about = measure.approximate ? '≈' : '';
	return `${about}${gap > 0 ? '+' : gap < 0 ? '-' : '±'}${thousands(Math.abs(gap))}`;
}

/** A measure's label with its part: '飯田橋 受講人数'. */
export function measureLabel(measure: Measure): string {
	return sanitize(measure.part ? `${measure.part} ${measure.label}` : measure.label);
}

/** '飯田橋 受講人数 275名/年→250名 91%', '… 75社/年→4社 比較不可': one measure in one line. */
export function measureSummary(measure: Measure, item: string | null = null): string {
	const label = `${item ? `[${sanitize(item)}] ` : ''}${measureLabel(measure)}`;
	if (!measure.plan) return `${label} 実績 ${figureText(measure.actual)} (計画に数値なし)`;
	if (!measure.actual) return `${label} 計画 ${figureText(measure.plan)} (実績に数値なし)`;
	const outcome = measure.ratio !== null ? percentText(measure) : '比較不可';
	return `${label} ${figureText(measure.plan)}→${figureText(measure.actual)} ${outcome}`;
}

/** Every measure of a program, each with its sub-item's name when it has one. */
export function measureSummaries(figures: ProgramFigures): string[] {
	return figures.groups.flatMap((g) =>
		g.measures.map((m) => measureSummary(m, g.item ? itemName(g.item) : null)),
	);
}

/** '1,540人' / '500件/年' */
export function quantity(value: number, unit: string): string {
	return `${thousands(value)}${sanitize(unit)}`;
}
