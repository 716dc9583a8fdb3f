// What changed between two years of one issuing body: the programs that ended (with their
// last budget), the new ones (with their budget), and the ones renamed, merged into another
// or succeeded (both names, both budgets and the change), each group with its totals.
import type {LineageBook, LineageKind} from '../report/lineage.js';
import type {Program, Report} from '../report/model.js';
import {
	type Money,
	type MoneyChange,
	type MoneySum,
	moneyChange,
	programMoney,
	sumMoney,
} from './money.js';

export type ChangedPair = {
	older: Program;
	newer: Program;
	kind: Exclude<LineageKind, 'same' | 'related'>;
	score: number;
	reason: string;
	olderMoney: Money;
	newerMoney: Money;
	change: MoneyChange | null;
};

export type Changes = {
	body: string;
	olderYear: number;
	newerYear: number;
	ended: Program[];
	started: Program[];
	changed: ChangedPair[];
	/** Programs continued under the same name: counted, not listed. */
	continued: number;
	totals: {ended: MoneySum; started: MoneySum; changedOlder: MoneySum; changedNewer: MoneySum};
};

/** The changes between two loaded years of one body (years in either order). */
export function changesBetween(
	lineage: LineageBook,
	reports: readonly Report[],
	body: string,
	yearA: number,
	yearB: number,
): Changes {
	const [olderYear, newerYear] = yearA < yearB ? [yearA, yearB] : [yearB, yearA];
	const programsOf = (year: number) =>
		reports.filter((r) => r.body === body && r.fiscalYear === year).flatMap((r) => r.programs);
	const ended: Program[] = [];
	const changed: ChangedPair[] = [];
	const reached = new Set<Program>();
	let continued = 0;
	for (const older of programsOf(olderYear)) {
		const c = lineage.inYear(older, newerYear).counterpart;
		if (!c) {
			ended.push(older);
			continue;
		}
		reached.add(c.other);
		if (c.kind === 'same') {
			continued++;
			continue;
		}
		if (c.kind === 'related') continue;
		const olderMoney = programMoney(older);
		const newerMoney = programMoney(c.other);
		changed.push({
			older,
			newer: c.other,
			kind: c.kind,
			score: c.score,
			reason: c.reason,
			olderMoney,
			newerMoney,
			change: moneyChange(olderMoney, newerMoney),
		});
	}
	const started = programsOf(newerYear).filter(
		(p) => !reached.has(p) && lineage.inYear(p, olderYear).counterpart === null,
	);
	return {
		body,
		olderYear,
		newerYear,
		ended,
		started,
		changed,
		continued,
		totals: {
			ended: sumMoney(ended),
			started: sumMoney(started),
			changedOlder: sumMoney(changed.map((c) => c.older)),
			changedNewer: sumMoney(changed.map((c) => c.newer)),
		},
	};
}

/** The two years compared by default: the newest loaded year and the one before it. */
export function defaultChangeYears(years: readonly number[]): [number, number] | null {
	const sorted = [...new Set(years)].sort((a, b) => b - a);
	return sorted.length >= 2 ? [sorted[1]!, sorted[0]!] : null;
}
