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
		...(matches ? {matches: matches.map(({field, ranges}) => ({field, ranges}))} : {}),
	};
}
