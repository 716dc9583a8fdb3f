// The `--json` shape. Stable: scripts depend on it.
import type {Achievement, Budget, Item, Program, Scale} from '../report/model.js';
import type {FieldMatch} from '../search/types.js';

const budgetJson = (b: Budget) => ({
	text: b.text,
	yen: b.yen,
	approximate: b.approximate,
	...(b.mergedFromLine ? {mergedFromLine: b.mergedFromLine} : {}),
});
const scaleJson = (s: Scale) => ({text: s.text, metrics: s.metrics});
const achievementJson = (a: Achievement[]) => a;

function itemJson(item: Item) {
	return {
		...(item.marker ? {marker: item.marker} : {}),
		name: item.name,
		budget: budgetJson(item.budget),
		plan: scaleJson(item.plan),
		actual: scaleJson(item.actual),
		achievement: achievementJson(item.achievement),
		unit: item.unit,
		source: {line: item.line},
	};
}

export function programJson(program: Program, matches?: FieldMatch[]) {
	return {
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
		plan: scaleJson(program.plan),
		actual: scaleJson(program.actual),
		achievement: achievementJson(program.achievement),
		unit: program.unit,
		items: program.items.map(itemJson),
		links: program.links.map(({fiscalYear, no, kind, score}) => ({fiscalYear, no, kind, score})),
		source: {file: program.file, line: program.lines[0] ?? 0, lines: program.lines},
		// form: direct | variant | synonym | reading | romaji (issue #15); matched: the text as printed.
		...(matches
			? {
					matches: matches.map(({field, form, text, ranges}) => ({
						field,
						form: form ?? 'direct',
						ranges,
						matched: ranges.map(([start, end]) => text.slice(start, end)),
					})),
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

/** `JSON.stringify(value, null, 2)`, with terminal-unsafe characters \u-escaped. */
export function toJsonText(value: unknown): string {
	return JSON.stringify(value, null, 2).replace(
		UNSAFE_IN_JSON,
		(c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
	);
}
