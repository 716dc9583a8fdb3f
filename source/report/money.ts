// '約1.9億円' → yen. Amounts are written with 億/万 groups and 千/百/十 inside a
// group (`約2千6百万円` = 26,000,000, `143百万円` = 143,000,000, `約2,337百万円`).
import type {Budget} from './model.js';

const BIG: Record<string, number> = {兆: 1e12, 億: 1e8, 万: 1e4};
const SMALL: Record<string, number> = {千: 1000, 百: 100, 十: 10};

const AMOUNT =
	/^(約|おおよそ)?\s*([0-9０-９.,，．]+(?:[兆億万千百十][0-9０-９.,，．]*)*[兆億万千百十]?)\s*円$/u;

function toHalfWidth(text: string): string {
	return text.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Value of a group like `2千6百` or `143百` or `1.9` (no 万/億), or NaN. */
function groupValue(group: string): number {
	if (group === '') return 1;
	let total = 0;
	let digits = '';
	for (const c of group) {
		const small = SMALL[c];
		if (small === undefined) {
			digits += c;
			continue;
		}
		total += (digits === '' ? 1 : Number(digits)) * small;
		digits = '';
	}
	if (digits !== '') total += Number(digits);
	return total;
}

/** Parses an amount of money; null when the text is not one. */
export function parseYen(text: string): {yen: number; approximate: boolean} | null {
	const m = AMOUNT.exec(toHalfWidth(text.replace(/\s+/g, '')));
	if (!m) return null;
	const body = (m[2] ?? '').replace(/,/g, '');
	if (!/[0-9]/.test(body) || /\.\d*\./.test(body)) return null;
	let total = 0;
	let group = '';
	for (const c of body) {
		const big = BIG[c];
		if (big === undefined) {
			group += c;
			continue;
		}
		total += groupValue(group) * big;
		group = '';
	}
	if (group !== '') total += groupValue(group);
	if (!Number.isFinite(total)) return null;
	// Round away float noise from decimals such as 1.9 × 1e8.
	return {yen: Math.round(total), approximate: m[1] !== undefined};
}

/** A budget cell → Budget. Non-amounts (`各事業欄記載`, `—`, `_`) keep their text with yen null. */
export function parseBudget(text: string): Budget {
	const parsed = parseYen(text);
	return {text, yen: parsed?.yen ?? null, approximate: parsed?.approximate ?? false};
}

/**
 * A budget printed once for a program on its first sub-item row shows up as
 * `- 約3.6億円` (the merged cell's border became a dash). Returns the amount text.
 */
export function mergedBudgetText(text: string): string | null {
	const m = /^[-‐−ー–—]\s*(\S.*)$/u.exec(text.trim());
	if (!m?.[1]) return null;
	return parseYen(m[1]) ? m[1] : null;
}
