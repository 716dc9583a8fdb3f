// Copying a program as one line through the terminal (OSC 52), which works over SSH and in
// tmux (with set-clipboard on) without a clipboard helper program.
import type {Program} from '../report/model.js';
import {displayName} from '../report/model.js';
import {budgetCompact, percentText, primaryAchievement, quantity} from './format.js';
import {sanitize} from './sanitize.js';

/** '女性再就職支援事業 · FY2024 No.14 · 予算 2.5億 (247百万円) · 計画 275名 → 実績 250名 · 達成率 91%' */
export function copyLine(program: Program): string {
	const parts = [
		sanitize(displayName(program)),
		`${program.body ? `${sanitize(program.body)} ` : ''}FY${program.fiscalYear} No.${program.no}`,
	];
	const printed = sanitize(program.budget.text).trim();
	const compact = budgetCompact(program.budget);
	parts.push(`予算 ${compact}${printed && printed !== compact ? ` (${printed})` : ''}`);
	const a = primaryAchievement(program);
	if (a) {
		parts.push(`計画 ${quantity(a.plan, a.unit)} → 実績 ${quantity(a.actual, a.unit)}`);
		parts.push(`達成率 ${percentText(a)}`);
	} else {
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
