// '約1.9億円' → yen. Amounts are written with 億/万 groups and 千/百/十 inside a
// group (`約2千6百万円` = 26,000,000, `143百万円` = 143,000,000, `約2,337百万円`).
import type {Budget} from './model.js';

const AMOUNT =
	/^(約|おおよそ)?\s*([0-9０-９.,，．]+(?:[兆億万千百十][0-9０-９.,，．]*)*[兆億万千百十]?)\s*円$/u;

function toHalfWidth(text: string): string {
	return text.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** 兆/億/万 → its value; 0 for any other character code. */
const big = (code: number) =>
	code === 0x5146 ? 1e12 : code === 0x5104 ? 1e8 : code === 0x4e07 ? 1e4 : 0;
/** 千/百/十 → its value; 0 for any other character code. */
const small = (code: number) =>
	code === 0x5343 ? 1000 : code === 0x767e ? 100 : code === 0x5341 ? 10 : 0;

// The loops below walk character codes and cut digit runs with `slice`: iterating the
// string and looking each character up in an object made a string per character.

/** Value of body[from, to), a group like `2千6百` or `143百` or `1.9` (no 万/億), or NaN. */
function groupValue(body: string, from: number, to: number): number {
	if (from === to) return 1;
	let total = 0;
	let digits = from; // where the current run of digits began
	for (let i = from; i < to; i++) {
		const unit = small(body.charCodeAt(i));
		if (unit === 0) continue;
		total += (digits === i ? 1 : Number(body.slice(digits, i))) * unit;
		digits = i + 1;
	}
	if (digits < to) total += Number(body.slice(digits, to));
	return total;
}

type Yen = {yen: number; approximate: boolean};

/** An amount's total, or null when the text is not one (before the exactness check). */
function readTotal(text: string): Yen | null {
	const m = AMOUNT.exec(toHalfWidth(text.replace(/\s+/g, '')));
	if (!m) return null;
	const body = (m[2] ?? '').replace(/,/g, '');
	if (!/[0-9]/.test(body) || /\.\d*\./.test(body)) return null;
	let total = 0;
	let group = 0; // where the current group began
	for (let i = 0; i < body.length; i++) {
		const unit = big(body.charCodeAt(i));
		if (unit === 0) continue;
		total += groupValue(body, group, i) * unit;
		group = i + 1;
	}
	if (group < body.length) total += groupValue(body, group, body.length);
	if (Number.isNaN(total)) return null; // Infinity is an overflow (readAmount)
	// Round away float noise from decimals such as 1.9 × 1e8.
	return {yen: Math.round(total), approximate: m[1] !== undefined};
}

/**
 * What a budget cell says, read once: its yen (null when it is no amount, or one too
 * large to hold exactly), whether it was printed with 約, and whether it overflowed.
 * Whitespace does not count (cleaning a cell changes only its spaces: clean.ts), so the
 * reading of a raw cell is the reading of its cleaned text.
 */
export type Amount = {
	readonly yen: number | null;
	readonly approximate: boolean;
	/** An amount too large to hold exactly (the parser warns; its yen is null: issue 19). */
	readonly overflows: boolean;
};

/** The reading of every text that is no amount (`各事業欄記載`, `—`, ``). */
export const NO_AMOUNT: Amount = Object.freeze({yen: null, approximate: false, overflows: false});
const OVERFLOW: Amount = Object.freeze({yen: null, approximate: false, overflows: true});

/** Reads an amount of money (see Amount). */
export function readAmount(text: string): Amount {
	const read = readTotal(text);
	if (!read) return NO_AMOUNT;
	// Past 2^53 a yen figure is no longer exact (`99999999999999999999999円` would read
	// 1e+23): no figure then.
	if (!Number.isSafeInteger(read.yen)) return OVERFLOW;
	return {yen: read.yen, approximate: read.approximate, overflows: false};
}

/** Parses an amount of money; null when the text is not one. */
export function parseYen(text: string): Yen | null {
	const {yen, approximate} = readAmount(text);
	return yen === null ? null : {yen, approximate};
}

/** A budget cell → Budget. Non-amounts (`各事業欄記載`, `—`, `_`) keep their text with yen null. */
export function parseBudget(text: string, amount: Amount = readAmount(text)): Budget {
	return {text, yen: amount.yen, approximate: amount.approximate};
}

/**
 * A budget printed once for a program on its first sub-item row shows up as
 * `- 約3.6億円` (the merged cell's border became a dash): the amount's text and its
 * reading (by `amountOf`: readAmount, or an interner's), or null.
 */
export function mergedBudget(
	text: string,
	amountOf: (text: string) => Amount = readAmount,
): {text: string; amount: Amount} | null {
	const m = /^[-‐−ー–—]\s*(\S.*)$/u.exec(text.trim());
	if (!m?.[1]) return null;
	const amount = amountOf(m[1]);
	return amount.yen === null ? null : {text: m[1], amount};
}
