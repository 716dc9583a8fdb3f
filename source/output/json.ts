// The `--json` shape. Stable: scripts depend on it, and `schemaVersion` says which shape
// this is (README, "JSON"). Version 2 replaced `achievement` with `measures` (every plan
// and actual figure, paired like with like, with the reason where there is no ratio) and
// `result` (the summary over all of a program's measures), and added `money`. Version 3
// gave `links` the lineage of each program (report/lineage.ts): `kind` same, renamed,
// merged, successor or related, a calibrated `score`, and a `reason`.
import type {FigureBook} from '../figures/book.js';
import type {Figure} from '../figures/figure.js';
import type {Measure} from '../figures/measure.js';
import {programMoney} from '../figures/money.js';
import {type ProgramResult, reached} from '../figures/program.js';
import type {LineageBook} from '../report/lineage.js';
import type {Budget, Item, Program, Scale} from '../report/model.js';
import {describeFilter, FILTER_FIELD, type Filter} from '../search/filters.js';
import type {FieldMatch} from '../search/types.js';
import type {Write} from '../stdio.js';
import {percentText} from '../figures/format.js';

export const SCHEMA_VERSION = 4;

const budgetJson = (b: Budget) => ({
	text: b.text,
	yen: b.yen,
	approximate: b.approximate,
	...(b.mergedFromLine ? {mergedFromLine: b.mergedFromLine} : {}),
});
const scaleJson = (s: Scale) => ({text: s.text, metrics: s.metrics});

const figureJson = (f: Figure | null) =>
	f && {
		value: f.value,
		unit: f.unit,
		...(f.per ? {per: f.per} : {}),
		approximate: f.approximate,
		atLeast: f.atLeast,
		raw: f.raw,
	};

export function measureJson(m: Measure) {
	return {
		part: m.part,
		label: m.label,
		plan: figureJson(m.plan),
		actual: figureJson(m.actual),
		ratio: m.ratio,
		percent: m.ratio === null ? null : percentText(m),
		reached: m.ratio === null ? null : reached(m),
		approximate: m.approximate,
		pairedBy: m.pairedBy,
		reason: m.reason,
	};
}

const measureRef = (m: Measure | null) =>
	m && {part: m.part, label: m.label, ratio: m.ratio, percent: percentText(m)};

const resultJson = (r: ProgramResult) => ({
	measures: r.measures,
	compared: r.compared,
	reached: r.reached,
	notComparable: r.notComparable,
	lowest: measureRef(r.lowest),
	highest: measureRef(r.highest),
});

function itemJson(item: Item, measures: Measure[]) {
	return {
		...(item.marker ? {marker: item.marker} : {}),
		name: item.name,
		budget: budgetJson(item.budget),
		plan: scaleJson(item.plan),
		actual: scaleJson(item.actual),
		measures: measures.map(measureJson),
		unit: item.unit,
		source: {line: item.line},
	};
}

/** What became of the program in each other year: its counterpart first, then related ones. */
function linksJson(program: Program, lineage: LineageBook) {
	return lineage.of(program).flatMap((year) =>
		[...(year.counterpart ? [year.counterpart] : []), ...year.related].map((l) => ({
			fiscalYear: l.other.fiscalYear,
			no: l.other.no,
			kind: l.kind,
			score: l.score,
			reason: l.reason,
		})),
	);
}

export function programJson(
	program: Program,
	figures: FigureBook,
	lineage: LineageBook,
	matches?: {text: readonly FieldMatch[]; passed: readonly Filter[]},
) {
	const {groups, result} = figures.of(program);
	const own = groups.find((g) => g.item === null)?.measures ?? [];
	return {
		schemaVersion: SCHEMA_VERSION,
		id: program.id,
		fiscalYear: program.fiscalYear,
		era: program.era,
		...(program.body ? {body: program.body} : {}),
		no: program.no,
		noInferred: program.noInferred,
		name: program.name,
		...(program.nameHint ? {nameHint: program.nameHint} : {}),
		pillar: program.pillar,
		summary: program.summary.join('\n'),
		budget: budgetJson(program.budget),
		money: programMoney(program),
		plan: scaleJson(program.plan),
		actual: scaleJson(program.actual),
		unit: program.unit,
		measures: own.map(measureJson),
		result: resultJson(result),
		items: program.items.map((item) =>
			itemJson(item, groups.find((g) => g.item === item)?.measures ?? []),
		),
		links: linksJson(program, lineage),
		source: {file: program.file, line: program.lines[0] ?? 0, lines: program.lines},
		// form: direct | variant | synonym | reading | romaji, and matched: the text as printed;
		// or number | filter, and matched: the condition passed (issue #15).
		...(matches
			? {
					matches: [
						...matches.text.map(({field, form, text, ranges}) => ({
							field,
							form: form ?? 'direct',
							ranges,
							matched: ranges.map(([start, end]) => text.slice(start, end)),
						})),
						...matches.passed.map((filter) => ({
							field: FILTER_FIELD[filter.kind],
							form: filter.kind === 'number' ? 'number' : 'filter',
							ranges: [],
							matched: [describeFilter(filter)],
						})),
					],
				}
			: {}),
	};
}

// JSON.stringify escapes C0 controls but leaves DEL, C1 controls (U+009B is a one-byte
// CSI), BiDi overrides, invisible characters and U+2028/2029 raw: `shuro --json | cat`
// on a terminal must be inert, so those are written as \u escapes too. They occur only
// inside strings, so escaping the serialised text is exact.
const UNSAFE_IN_JSON =
	/[\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/gu;

/**
 * `JSON.stringify(value, null, indent)`, with terminal-unsafe characters \u-escaped. With
 * indent 0 it is one line (`--ndjson`): raw U+2028/2029 and newlines are escaped too.
 */
export function toJsonText(value: unknown, indent = 2): string {
	return JSON.stringify(value, null, indent).replace(
		UNSAFE_IN_JSON,
		(c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
	);
}

/** Pieces of output are gathered up to this many characters before they are written. */
const CHUNK = 1 << 16;

/**
 * `toJsonText(items)` followed by a newline, written a piece at a time as the items are
 * made, each piece once `write` is done with the last (a pipe's reader sets the pace): at 25,000 programs one text of the whole array (and its escaped copy) took
 * hundreds of MB. The bytes are the same: JSON.stringify indents an element of an array
 * as it indents the element alone, one level deeper.
 */
export async function writeJsonArray(items: Iterable<unknown>, write: Write): Promise<void> {
	let pending = '';
	let first = true;
	for (const item of items) {
		pending += `${first ? '[\n  ' : ',\n  '}${toJsonText(item).replaceAll('\n', '\n  ')}`;
		first = false;
		if (pending.length >= CHUNK) {
			await write(pending);
			pending = '';
		}
	}
	await write(`${pending}${first ? '[]' : '\n]'}\n`);
}
