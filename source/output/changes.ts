// `--changes`: what changed between two years, as a table, JSON or CSV (the explorer's
// changes view shows the same lines: ui/changes-pane.ts).
import type {ChangedPair, Changes} from '../figures/changes.js';
import {type Money, type MoneySum, moneyChange, programMoney} from '../figures/money.js';
import {kindLabel} from '../report/lineage.js';
import {displayName, type Program} from '../report/model.js';
import {changeText, sumText} from '../figures/format.js';
import {compactYen} from '../text/numbers.js';
import {sanitize} from '../text/sanitize.js';
import {csvField} from './csv.js';

const moneyText = (m: Money) => (m.yen === null ? '—' : compactYen(m.yen, m.approximate));
const name = (p: Program) => `No.${p.no} ${sanitize(displayName(p))}`;

export function changedPairText(c: ChangedPair): string {
	return `${kindLabel(c.kind)} ${c.score.toFixed(2)}: ${name(c.older)} ${moneyText(c.olderMoney)} → ${name(c.newer)} ${moneyText(c.newerMoney)}${c.change ? ` (${changeText(c.change)})` : ''}`;
}

const total = (label: string, sum: MoneySum) =>
	`  ${label} 計 ${sum.counted + sum.unknown}件 ${sumText(sum)}`;

/** The changes as lines of text: a heading per group, one line per program or pair, totals. */
export function changesText(changes: Changes): string[] {
	const {olderYear: a, newerYear: b} = changes;
	const body = changes.body ? `${sanitize(changes.body)} ` : '';
	const out = [`${body}FY${a} → FY${b} の変化 (継続 ${changes.continued}件は省略)`];
	out.push(`終了 (FY${b}に対応する事業なし) ${changes.ended.length}件`);
	for (const p of changes.ended) out.push(`  FY${a} ${name(p)} ${moneyText(moneyOf(p))}`);
	out.push(total('終了', changes.totals.ended));
	out.push(`新規 (FY${a}に対応する事業なし) ${changes.started.length}件`);
	for (const p of changes.started) out.push(`  FY${b} ${name(p)} ${moneyText(moneyOf(p))}`);
	out.push(total('新規', changes.totals.started));
	out.push(`名称変更・統合・後継 ${changes.changed.length}件`);
	for (const c of changes.changed) out.push(`  ${changedPairText(c)}`);
	const {changedOlder, changedNewer} = changes.totals;
	out.push(
		`  計 FY${a} ${sumText(changedOlder)} → FY${b} ${sumText(changedNewer)}${
			changedOlder.counted > 0 && changedNewer.counted > 0
				? ` (${changeText(moneyChange(changedOlder, changedNewer))})`
				: ''
		}`,
	);
	return out;
}

const moneyOf = programMoney;

const programRef = (p: Program) => ({fiscalYear: p.fiscalYear, no: p.no, name: p.name, id: p.id});

export function changesJson(changes: Changes) {
	return {
		body: changes.body,
		olderYear: changes.olderYear,
		newerYear: changes.newerYear,
		continued: changes.continued,
		ended: changes.ended.map((p) => ({...programRef(p), money: moneyOf(p)})),
		started: changes.started.map((p) => ({...programRef(p), money: moneyOf(p)})),
		changed: changes.changed.map((c) => ({
			kind: c.kind,
			score: c.score,
			reason: c.reason,
			older: {...programRef(c.older), money: c.olderMoney},
			newer: {...programRef(c.newer), money: c.newerMoney},
			change: c.change,
		})),
		totals: changes.totals,
	};
}

export const CHANGES_CSV_HEADER = [
	'body',
	'older_year',
	'newer_year',
	'group',
	'kind',
	'score',
	'older_no',
	'older_name',
	'older_yen',
	'newer_no',
	'newer_name',
	'newer_yen',
	'change_yen',
	'approximate',
	'reason',
];

type Cell = string | number | boolean | null;

/** A program's number, name and yen, or three empty cells. */
const side = (p: Program | null, m: Money | null): Cell[] =>
	p && m ? [p.no, displayName(p), m.yen] : [null, null, null];

export function changesCsv(list: readonly Changes[]): string {
	const rows: Cell[][] = [CHANGES_CSV_HEADER];
	for (const c of list) {
		const head = [c.body, c.olderYear, c.newerYear];
		for (const p of c.ended) {
			const m = moneyOf(p);
			rows.push([
				...head,
				'ended',
				null,
				null,
				...side(p, m),
				...side(null, null),
				null,
				m.approximate,
				null,
			]);
		}
		for (const p of c.started) {
			const m = moneyOf(p);
			rows.push([
				...head,
				'new',
				null,
				null,
				...side(null, null),
				...side(p, m),
				null,
				m.approximate,
				null,
			]);
		}
		for (const x of c.changed) {
			rows.push([
				...head,
				'changed',
				x.kind,
				x.score,
				...side(x.older, x.olderMoney),
				...side(x.newer, x.newerMoney),
				x.change?.yen ?? null,
				x.change?.approximate ?? (x.olderMoney.approximate || x.newerMoney.approximate),
				x.reason,
			]);
		}
	}
	return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
