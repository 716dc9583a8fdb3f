// Numbers as a Japanese reader expects them on screen: 億/万 for budgets, thousands
// separators for counts, whole percents, and bars drawn to a width in cells.
import type {Achievement, Budget, Program} from '../report/model.js';
import {sanitize} from './sanitize.js';
import {displayWidth, type WidthOptions} from './text.js';

const OKU = 100_000_000;
const MAN = 10_000;

/** |value| to two decimals, rounding the shortest printed form half up (0.125 → 0.13). */
function twoDecimals(abs: number): {whole: string; fraction: string} {
	const printed = String(abs);
	if (printed.includes('e')) return {whole: '0', fraction: ''}; // < 1e-6 (≥ 1e21 never gets here)
	const [whole = '0', fraction = ''] = printed.split('.');
	if (fraction.length <= 2) return {whole, fraction};
	const up = fraction.charCodeAt(2) >= 53 ? 1n : 0n; // '5'
	const cents = (BigInt(whole + fraction.slice(0, 2)) + up).toString().padStart(3, '0');
	return {whole: cents.slice(0, -2), fraction: cents.slice(-2).replace(/0+$/, '')};
}

/**
 * 1234567.891 → '1,234,567.89': grouped in threes, at most two decimals, rounded as
 * Intl.NumberFormat('en-US') rounds (but never '-0'). Written out because the first
 * Intl.NumberFormat pulls ~8 MB of ICU locale data into memory for one comma.
 */
export function thousands(value: number): string {
	if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return String(value);
	const {whole, fraction} = twoDecimals(Math.abs(value));
	const sign = value < 0 && (whole !== '0' || fraction !== '') ? '-' : '';
	return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

/** 3,980,000,000 → '39.8億'; 58,000,000 → '5,800万'; 9,000 → '9,000円'. */
export function compactYen(yen: number): string {
	const sign = yen < 0 ? '-' : '';
	const abs = Math.abs(yen);
	if (abs >= OKU) {
		const oku = abs / OKU;
		const text = oku >= 1000 ? thousands(Math.round(oku)) : String(Math.round(oku * 10) / 10);
		return `${sign}${text}億`;
	}
	if (abs >= MAN) return `${sign}${thousands(Math.round(abs / MAN))}万`;
	return `${sign}${thousands(abs)}円`;
}

/** The list's budget column: compact yen, or the printed text when it is not an amount. */
export function budgetCompact(budget: Budget): string {
	if (budget.yen !== null) return compactYen(budget.yen);
	const text = sanitize(budget.text).trim();
	return text === '' ? '—' : text;
}

/** '約2.9億円 (290,000,000円)' */
export function budgetFull(budget: Budget): string {
	const printed = sanitize(budget.text).trim() || '—';
	if (budget.yen === null) return printed;
	return `${printed} (${thousands(budget.yen)}円)`;
}

/** '+0.3億 (+12%)' from an older to a newer budget; '' when either is unknown. */
export function budgetChange(older: number | null, newer: number | null): string {
	if (older === null || newer === null) return '';
	const diff = newer - older;
	const sign = diff > 0 ? '+' : diff < 0 ? '-' : '±';
	const pct = older === 0 ? '' : ` (${sign}${Math.abs(Math.round((diff / older) * 100))}%)`;
	return `${sign}${compactYen(Math.abs(diff))}${pct}`;
}

/**
 * The achievement a program is ranked and shown by: its first paired metric. Sub-items'
 * pairs are not promoted: one of four sub-items would misrepresent the whole program.
 */
export function primaryAchievement(program: Program): Achievement | null {
	return program.achievement[0] ?? null;
}

/** '101%', or '≈101%' when the plan figure was approximate. */
export function percentText(achievement: Achievement): string {
	return `${achievement.approximate ? '≈' : ''}${achievement.percent}%`;
}

/** '+5pt' between two achievements; '' when either is missing. */
export function pointChange(older: Achievement | null, newer: Achievement | null): string {
	if (!older || !newer) return '';
	const diff = newer.percent - older.percent;
	return `${diff > 0 ? '+' : diff < 0 ? '-' : '±'}${Math.abs(diff)}pt`;
}

/** '1,540人' / '500件/年' */
export function quantity(value: number, unit: string): string {
	return `${thousands(value)}${sanitize(unit)}`;
}

const FULL = '█';
const EMPTY = '░';

/**
 * A bar `cells` wide, filled to `percent` (capped at 100; over 100 ends in '+').
 * Block characters are East Asian ambiguous, so the bar is built by measured width.
 */
export function bar(percent: number, cells: number, options: WidthOptions = {}): string {
	if (cells <= 0) return '';
	const unit = Math.max(displayWidth(FULL, options), displayWidth(EMPTY, options), 1);
	const slots = Math.floor(cells / unit);
	const filled = Math.max(0, Math.min(slots, Math.floor((Math.min(percent, 100) / 100) * slots)));
	let text = FULL.repeat(filled) + EMPTY.repeat(slots - filled);
	if (percent > 100 && slots > 0) text = `${FULL.repeat(slots - 1)}+`;
	return text + ' '.repeat(Math.max(0, cells - displayWidth(text, options)));
}
