// Copying a program as one line through the terminal (OSC 52), which works over SSH and in
// tmux (with set-clipboard on) without a clipboard helper program.
import type {ProgramFigures} from '../figures/program.js';
import type {Program} from '../report/model.js';
import {displayName} from '../report/model.js';
import {measureSummaries, moneyCompact, resultSummary} from './format.js';
import {sanitize} from './sanitize.js';

/**
 * '女性再就職支援事業 · FY2024 No.14 · 予算 2.47億 (247百万円) · 指標 2 · 計画達成 0/2 · 最低 79% ·
 * 最高 91% · 飯田橋 受講人数 275名/年→250名 91% · 多摩 受講人数 150名/年→119名 79%': every
 * measure, never one standing for the program.
 */
export function copyLine(program: Program, figures: ProgramFigures): string {
	const parts = [
		sanitize(displayName(program)),
		`${program.body ? `${sanitize(program.body)} ` : ''}FY${program.fiscalYear} No.${program.no}`,
	];
	const printed = sanitize(program.budget.text).trim();
	const compact = moneyCompact(program);
	parts.push(`予算 ${compact}${printed && printed !== compact ? ` (${printed})` : ''}`);
	parts.push(resultSummary(figures.result));
	const measures = measureSummaries(figures);
	if (measures.length > 0) parts.push(...measures);
	else {
		const plan = sanitize(program.plan.text).trim();
		const actual = sanitize(program.actual.text).trim();
		if (plan || actual) parts.push(`計画 ${plan || '—'} → 実績 ${actual || '—'}`);
	}
	return parts.join(' · ');
}

/** The OSC 52 "set clipboard" sequence for `text` (UTF-8, base64). */
export function osc52(text: string): string {
	return `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}
