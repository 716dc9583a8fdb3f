// A program's money and sums of it. Where a program's budget cell is 各事業欄記載 or blank
// and its sub-items print amounts, the sub-items' amounts are the program's money. A sum
// names what it could not count, and is approximate (約) when any part of it is.
import type {Program} from '../report/model.js';

export type Money = {
	/** Yen, or null when neither the program nor its sub-items print an amount. */
	yen: number | null;
	/** Printed with 約, or summed from a figure that was. */
	approximate: boolean;
	/** Where the amount comes from: the program's own cell, or the sum of its sub-items'. */
	from: 'program' | 'items' | null;
};

export function programMoney(program: Program): Money {
	if (program.budget.yen !== null) {
		return {yen: program.budget.yen, approximate: program.budget.approximate, from: 'program'};
	}
	let yen = 0;
	let approximate = false;
	let found = false;
	for (const item of program.items) {
		if (item.budget.yen === null) continue;
		yen += item.budget.yen;
		approximate ||= item.budget.approximate;
		found = true;
	}
	return found ? {yen, approximate, from: 'items'} : {yen: null, approximate: false, from: null};
}

export type MoneySum = {
	yen: number;
	approximate: boolean;
	/** Programs whose money is in the sum. */
	counted: number;
	/** Programs with no amount anywhere: not in the sum, and said so. */
	unknown: number;
};

function add(sum: MoneySum, program: Program): void {
	// The common case, a program printing its own amount, without building a Money.
	const own = program.budget.yen;
	const money = own !== null ? null : programMoney(program);
	const yen = own ?? money?.yen ?? null;
	if (yen === null) {
		sum.unknown++;
		return;
	}
	sum.yen += yen;
	sum.approximate ||= own !== null ? program.budget.approximate : money?.approximate === true;
	sum.counted++;
}

const emptySum = (): MoneySum => ({yen: 0, approximate: false, counted: 0, unknown: 0});

export function sumMoney(programs: Iterable<Program>): MoneySum {
	const sum = emptySum();
	for (const p of programs) add(sum, p);
	return sum;
}

/** Sums per fiscal year, newest first, in one pass (the status line sums every result). */
export function sumByYear(programs: Iterable<Program>): Array<{fiscalYear: number} & MoneySum> {
	const list = Array.isArray(programs) ? programs : [...programs];
	return sumByYearOf(list.length, (i) => list[i]!);
}

/**
 * The same over `count` programs read by index (a result list's `programAt`): no array of
 * 25,000 programs is made per keystroke.
 */
export function sumByYearOf(
	count: number,
	at: (index: number) => Program,
): Array<{fiscalYear: number} & MoneySum> {
	return sumsByYear(count, at, (p) => p.fiscalYear, add);
}

/**
 * Sums per fiscal year, newest first, of `count` entries, each read once by `at`: its year,
 * and what it adds to its year's sum. The last year's sum is kept at hand, as results come
 * mostly year by year.
 */
function sumsByYear<T>(
	count: number,
	at: (index: number) => T,
	yearOf: (entry: T) => number,
	addTo: (sum: MoneySum, entry: T) => void,
): Array<{fiscalYear: number} & MoneySum> {
	const byYear = new Map<number, MoneySum>();
	let lastYear = Number.NaN;
	let last: MoneySum | undefined;
	for (let i = 0; i < count; i++) {
		const entry = at(i);
		const year = yearOf(entry);
		if (year !== lastYear) {
			lastYear = year;
			last = byYear.get(lastYear);
			if (!last) {
				last = emptySum();
				byYear.set(lastYear, last);
			}
		}
		addTo(last as MoneySum, entry);
	}
	return [...byYear].sort(([a], [b]) => b - a).map(([fiscalYear, sum]) => ({fiscalYear, ...sum}));
}

/**
 * Every program's money and year in typed arrays, by the program's index in a list of
 * programs. The status line sums every result on each keystroke: at 25,000 programs,
 * reading the programs themselves took ~1–3 ms, and these arrays ~0.1 ms (bench/RESULTS.md,
 * tenth session).
 */
export class MoneyTable {
	readonly #year: Int32Array;
	/** Yen; NaN when neither the program nor its sub-items print an amount. */
	readonly #yen: Float64Array;
	readonly #approximate: Uint8Array;

	constructor(programs: readonly Program[]) {
		const n = programs.length;
		this.#year = new Int32Array(n);
		this.#yen = new Float64Array(n);
		this.#approximate = new Uint8Array(n);
		for (let i = 0; i < n; i++) {
			const program = programs[i]!;
			const money = programMoney(program);
			this.#year[i] = program.fiscalYear;
			this.#yen[i] = money.yen ?? Number.NaN;
			this.#approximate[i] = money.approximate ? 1 : 0;
		}
	}

	/** sumByYearOf over the programs at indices `indexAt(0)` … `indexAt(count − 1)`. */
	sumByYear(
		count: number,
		indexAt: (index: number) => number,
	): Array<{fiscalYear: number} & MoneySum> {
		const year = this.#year;
		const yen = this.#yen;
		const approximate = this.#approximate;
		return sumsByYear(
			count,
			indexAt,
			(at) => year[at]!,
			(sum, at) => {
				const amount = yen[at]!;
				if (Number.isNaN(amount)) {
					sum.unknown++;
					return;
				}
				sum.yen += amount;
				sum.approximate ||= approximate[at] === 1;
				sum.counted++;
			},
		);
	}
}

const tables = new WeakMap<readonly Program[], MoneyTable>();

/** The MoneyTable of `programs`, made once per list. */
export function moneyTableOf(programs: readonly Program[]): MoneyTable {
	let table = tables.get(programs);
	if (!table) {
		table = new MoneyTable(programs);
		tables.set(programs, table);
	}
	return table;
}

export type MoneyChange = {yen: number; approximate: boolean; ratio: number | null};

/** newer − older, approximate when either is; null when either is unknown. */
export function moneyChange(
	older: Pick<Money, 'yen' | 'approximate'>,
	newer: Pick<Money, 'yen' | 'approximate'>,
): MoneyChange | null {
	if (older.yen === null || newer.yen === null) return null;
	const yen = newer.yen - older.yen;
	return {
		yen,
		approximate: older.approximate || newer.approximate,
		ratio: older.yen === 0 ? null : yen / older.yen,
	};
}
