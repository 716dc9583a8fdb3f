// Plan and actual figures paired into measures, like with like. A plan figure is paired
// with an actual figure only when both count the same thing: the same unit (名 and 人 are
// one), the same part, the same period, per-session with per-session, and not two
// different actions (認定 and 支給; 制作 and 配布). Pairs are made by part, then by label,
// then by order when what is left lines up one to one. Anything else is shown unpaired with
// the reason, and never gets a percentage.
import type {Scale} from '../report/model.js';
import {core, type Figure, readFigures} from './figure.js';

export type ReasonCode =
	| 'unit'
	| 'measure'
	| 'each'
	| 'period'
	| 'part'
	| 'breakdown'
	| 'no-plan'
	| 'no-actual'
	| 'zero-plan';

export type Reason = {code: ReasonCode; message: string};

export type Measure = {
	/** The part of the program counted (`飯田橋`, `65歳以上コース`); '' for the whole. */
	part: string;
	/** What is counted, in words (`受講人数`, `セミナーの実施`, `交付決定件数`). */
	label: string;
	plan: Figure | null;
	actual: Figure | null;
	/** actual ÷ plan, unrounded; null when the two are not the same measure. */
	ratio: number | null;
	/** How the pair was made. */
	pairedBy: 'part' | 'label' | 'order' | null;
	/** Either figure was approximate (約, 程度): so is the ratio. */
	approximate: boolean;
	/** Why there is no ratio; null when there is one. */
	reason: Reason | null;
};

// 人 and 名 both count people; reports use them interchangeably from year to year.
const unitClass = (unit: string) => (unit === '名' ? '人' : unit);

const normalize = (label: string) => label.replace(/[\s・･:：、，,「」『』（）()]/gu, '');

/** Both name the same thing: equal, or one contains the other. */
function sameName(a: Figure, b: Figure): boolean {
	const x = normalize(a.label);
	const y = normalize(b.label);
	return x !== '' && y !== '' && (x === y || x.includes(y) || y.includes(x));
}

function sharesWord(a: string, b: string): boolean {
	for (let i = 0; i + 2 <= a.length; i++) if (b.includes(a.slice(i, i + 2))) return true;
	return false;
}

/** Why `plan` and `actual` are not the same measure; null when they are. */
export function mismatch(plan: Figure, actual: Figure): Reason | null {
	if (unitClass(plan.unit) !== unitClass(actual.unit)) {
		return {
			code: 'unit',
			message: `単位が違います (計画は${plan.unit}、実績は${actual.unit}): 比較できません`,
		};
	}
	if (plan.years !== actual.years) {
		const years = (n: number) => (n === 1 ? '1年分' : `${n}年間の規模`);
		return {
			code: 'period',
			message: `計画は${years(plan.years)}、実績は${years(actual.years)}: 比較できません`,
		};
	}
	if (plan.per !== undefined && actual.per !== undefined && plan.per !== actual.per) {
		return {
			code: 'period',
			message: `計画は/${plan.per}、実績は/${actual.per}: 期間が違うため比較できません`,
		};
	}
	if (plan.each !== actual.each) {
		return {
			code: 'each',
			message: plan.each
				? '計画は各回あたり、実績は合計の数: 比較できません'
				: '計画は合計、実績は各回あたりの数: 比較できません',
		};
	}
	if (plan.part !== '' && actual.part !== '' && normalize(plan.part) !== normalize(actual.part)) {
		return {
			code: 'part',
			message: `計画は${plan.part}、実績は${actual.part}の数: 比較できません`,
		};
	}
	if (!sameName(plan, actual) && plan.head && actual.head && !sharesWord(plan.head, actual.head)) {
		return {
			code: 'measure',
			message: `計画は「${plan.head}」、実績は「${actual.head}」の数: 比較できません`,
		};
	}
	return null;
}

type Pairing = {
	plan: readonly Figure[];
	actual: readonly Figure[];
	/** plan index → actual index. */
	pairs: Map<number, {actual: number; by: 'part' | 'label' | 'order'}>;
	usedActual: Set<number>;
};

function pairedActualOf(pairing: Pairing, planIndex: number | null): number | null {
	if (planIndex === null) return null;
	return pairing.pairs.get(planIndex)?.actual ?? null;
}

/** How strongly the words say two figures are the same measure: 3 part, 2 label, 1 a shared word. */
function affinity(pairing: Pairing, pi: number, ai: number): number {
	const p = pairing.plan[pi]!;
	const a = pairing.actual[ai]!;
	if (p.part !== '' && normalize(p.part) === normalize(a.part)) return 3;
	if (sameName(p, a)) return 2;
	// `4回（800人）` and `4回（1358人）`: notes on figures already paired with each other.
	if (p.parent !== null && a.parent !== null && pairedActualOf(pairing, p.parent) === a.parent)
		return 2;
	const x = core(p.label);
	const y = core(a.label);
	return x !== '' && y !== '' && sharesWord(x, y) ? 1 : 0;
}

function open(pairing: Pairing): {plans: number[]; actuals: number[]} {
	const plans = pairing.plan.map((_, i) => i).filter((i) => !pairing.pairs.has(i));
	const actuals = pairing.actual.map((_, i) => i).filter((i) => !pairing.usedActual.has(i));
	return {plans, actuals};
}

function pair(pairing: Pairing, pi: number, ai: number, by: 'part' | 'label' | 'order'): void {
	pairing.pairs.set(pi, {actual: ai, by});
	pairing.usedActual.add(ai);
}

/** By part, then by label: each plan figure takes the first open actual figure that fits best. */
function pairByWords(pairing: Pairing): void {
	let changed = true;
	while (changed) {
		changed = false;
		for (const level of [3, 2] as const) {
			for (const pi of open(pairing).plans) {
				const ai = open(pairing).actuals.find(
					(i) =>
						affinity(pairing, pi, i) === level &&
						mismatch(pairing.plan[pi]!, pairing.actual[i]!) === null,
				);
				if (ai === undefined) continue;
				pair(pairing, pi, ai, level === 3 ? 'part' : 'label');
				changed = true;
			}
		}
	}
	// A shared word (奨励金支給 ~ 支給決定数) pairs only when each is the other's one candidate.
	const fits = (pi: number, ai: number) =>
		affinity(pairing, pi, ai) === 1 && mismatch(pairing.plan[pi]!, pairing.actual[ai]!) === null;
	const {plans, actuals} = open(pairing);
	for (const pi of plans) {
		const candidates = actuals.filter((ai) => fits(pi, ai));
		const ai = candidates[0];
		if (candidates.length !== 1 || ai === undefined) continue;
		if (plans.filter((other) => fits(other, ai)).length === 1) pair(pairing, pi, ai, 'label');
	}
}

/** What is left pairs in order only when it lines up one to one and every pair fits. */
function pairByOrder(pairing: Pairing): void {
	const {plans, actuals} = open(pairing);
	if (plans.length === 0 || plans.length !== actuals.length) return;
	const fit = plans.every(
		(pi, k) => mismatch(pairing.plan[pi]!, pairing.actual[actuals[k]!]!) === null,
	);
	if (!fit) return;
	plans.forEach((pi, k) => {
		pair(pairing, pi, actuals[k]!, 'order');
	});
}

function ratioOf(plan: Figure, actual: Figure): {ratio: number | null; reason: Reason | null} {
	if (plan.value <= 0) {
		return {ratio: null, reason: {code: 'zero-plan', message: '計画が0のため達成率は出せません'}};
	}
	return {ratio: actual.value / plan.value, reason: null};
}

function measureOf(
	plan: Figure | null,
	actual: Figure | null,
	pairedBy: Measure['pairedBy'],
	reason: Reason | null,
): Measure {
	const computed = plan && actual && !reason ? ratioOf(plan, actual) : {ratio: null, reason};
	return {
		part: (actual?.part || plan?.part) ?? '',
		label: '',
		plan,
		actual,
		ratio: computed.ratio,
		pairedBy: computed.ratio === null ? null : pairedBy,
		approximate: plan?.approximate === true || actual?.approximate === true,
		reason: computed.reason,
	};
}

/** A plan restated in the actual cell (`2年間で5,000人計画規模の うち…`) tells the plan's period. */
function applyRestatements(plan: Figure[], actual: Figure[]): {plan: Figure[]; actual: Figure[]} {
	const restated = actual.filter((f) => f.restatesPlan);
	if (restated.length === 0) return {plan, actual};
	return {
		plan: plan.map((p) => {
			const same = restated.find(
				(r) => r.value === p.value && unitClass(r.unit) === unitClass(p.unit),
			);
			return same && same.years > p.years ? {...p, years: same.years} : p;
		}),
		actual: actual.filter((f) => !f.restatesPlan),
	};
}

function leftovers(pairing: Pairing): Array<{measure: Measure; key: number}> {
	const {plans, actuals} = open(pairing);
	const out: Array<{measure: Measure; key: number}> = [];
	const planOf = (i: number) => pairing.plan[i]!;
	const actualOf = (i: number) => pairing.actual[i]!;
	if (plans.length > 0 && plans.length === actuals.length) {
		// One to one, but not the same measure: side by side, with the reason.
		plans.forEach((pi, k) => {
			const ai = actuals[k]!;
			const reason = mismatch(planOf(pi), actualOf(ai));
			if (reason && reason.code !== 'part') {
				out.push({measure: measureOf(planOf(pi), actualOf(ai), null, reason), key: pi});
			} else {
				out.push({measure: measureOf(planOf(pi), null, null, noActual), key: pi});
				out.push({measure: measureOf(null, actualOf(ai), null, noPlan), key: 1000 + ai});
			}
		});
		return out;
	}
	const sameUnit = (list: Figure[]) => new Set(list.map((f) => unitClass(f.unit))).size === 1;
	const plansLeft = plans.map(planOf);
	const actualsLeft = actuals.map(actualOf);
	const breakdown =
		sameUnit([...plansLeft, ...actualsLeft]) &&
		((plans.length === 1 && actuals.length > 1) || (actuals.length === 1 && plans.length > 1));
	const total = (side: string, list: Figure[], other: string, count: number) => ({
		code: 'breakdown' as const,
		message: `${side}は合計 ${list.map((f) => f.raw).join('')}、${other}は内訳 ${count}件: 比較できません`,
	});
	const planReason = breakdown
		? plans.length === 1
			? total('計画', plansLeft, '実績', actuals.length)
			: total('実績', actualsLeft, '計画', plans.length)
		: noActual;
	const actualReason = breakdown ? planReason : noPlan;
	for (const pi of plans)
		out.push({measure: measureOf(planOf(pi), null, null, planReason), key: pi});
	for (const ai of actuals) {
		const parent = actualOf(ai).parent;
		const parentPlan = [...pairing.pairs].find(([, v]) => v.actual === parent)?.[0];
		const key = parentPlan !== undefined ? parentPlan + 0.5 + ai / 1000 : 1000 + ai;
		out.push({measure: measureOf(null, actualOf(ai), null, actualReason), key});
	}
	return out;
}

const noPlan: Reason = {code: 'no-plan', message: '計画に数値がありません'};
const noActual: Reason = {code: 'no-actual', message: '実績に数値がありません'};

/** The measures of one plan cell and one actual cell, in the plan's order, unlabelled. */
export function pairFigures(planFigures: Figure[], actualFigures: Figure[]): Measure[] {
	const {plan, actual} = applyRestatements(planFigures, actualFigures);
	const pairing: Pairing = {plan, actual, pairs: new Map(), usedActual: new Set()};
	pairByWords(pairing);
	pairByOrder(pairing);
	const keyed: Array<{measure: Measure; key: number}> = [...pairing.pairs].map(([pi, v]) => ({
		measure: measureOf(plan[pi]!, actual[v.actual]!, v.by, null),
		key: pi,
	}));
	keyed.push(...leftovers(pairing));
	return keyed.sort((a, b) => a.key - b.key).map((k) => k.measure);
}

const UNIT_NOUN: Record<string, string> = {
	人: '人数',
	名: '人数',
	社: '社数',
	件: '件数',
	回: '回数',
};
const unitNoun = (unit: string) => UNIT_NOUN[unit] ?? `${unit}数`;

/** A 単位の説明 that names one measure (not 各事業欄記載, a list, a bare counter word or a sentence). */
function usableUnit(description: string): string {
	const text = description.replace(/\s+/gu, ' ').trim();
	if ([...text].length < 2 || [...text].length > 24 || text.includes('各事業欄')) return '';
	// A description (`区部と市部の2拠点で実施`) names no measure.
	return /(?:^|\s)[・･]|[、○〇①-⑳,，0-9０-９]/u.test(text) ? '' : text;
}

/**
 * A long phrase cut to what it counts, after its last を or に that leaves at least four
 * characters (`…企業等を「…設置企業」として認定` → `「…設置企業」として認定`, `…等に奨励金を支給`
 * → `奨励金を支給`); `により` and `による` are not cut at.
 */
function shortLabel(label: string): string {
	const chars = [...label];
	if (chars.length <= 20) return label;
	for (let i = chars.length - 5; i > 0; i--) {
		if ((chars[i] === 'を' || chars[i] === 'に') && chars[i + 1] !== 'よ') {
			return chars.slice(i + 1).join('');
		}
	}
	return label;
}

/** What one figure counts, with the figure it qualifies (`普及啓発セミナー 人数`). */
function figureName(figure: Figure, list: readonly Figure[]): string {
	const parent = figure.parent === null ? undefined : list[figure.parent];
	const own = shortLabel(figure.label);
	if (!parent) return own;
	const what = own || unitNoun(figure.unit);
	const of = shortLabel(parent.label);
	if (!of) return what;
	// What is counted first when the qualified phrase is long, so a narrow column still
	// tells the figure from its parent's: `受講者数（…短期間のプログラムの提供）`.
	return [...of].length > 10 ? `${what}（${of}）` : `${of} ${what}`;
}

/**
 * The measures of a plan and an actual cell, each labelled with what it counts. `unit` is the
 * row's 単位の説明, which names the measure when the row has only one.
 */
export function readMeasures(plan: Scale, actual: Scale, unit: string): Measure[] {
	const planFigures = readFigures(plan);
	const actualFigures = readFigures(actual);
	const measures = pairFigures(planFigures, actualFigures);
	const described = measures.length === 1 ? usableUnit(unit) : '';
	return measures.map((m) => {
		const planName = m.plan ? figureName(m.plan, planFigures) : '';
		const actualName = m.actual ? figureName(m.actual, actualFigures) : '';
		const specific = [actualName, planName].find((n) => core(n) !== '');
		let label = described || specific || actualName || planName;
		// Side by side but not the same measure: name both.
		const each = (f: Figure | null, name: string) => (f?.each ? `${name}（各回）` : name);
		if (m.plan && m.actual && m.ratio === null && !described) {
			const planSays = planName || unitNoun(m.plan.unit);
			const actualSays = actualName || unitNoun(m.actual.unit);
			if (planSays !== actualSays) {
				// Notes on one phrase on both sides: the phrase once, then what each counts
				// (`交流イベント・マッチング面談の開催: 社数（各回） / 参加企業`).
				const parentOf = (f: Figure, list: Figure[]) =>
					f.parent === null ? '' : shortLabel(list[f.parent]?.label ?? '');
				const shared = parentOf(m.plan, planFigures);
				if (shared && shared === parentOf(m.actual, actualFigures)) {
					const own = (f: Figure) => shortLabel(f.label) || unitNoun(f.unit);
					return {
						...m,
						label: `${shared}: ${each(m.plan, own(m.plan))} / ${each(m.actual, own(m.actual))}`,
					};
				}
				return {...m, label: `${each(m.plan, planSays)} / ${each(m.actual, actualSays)}`};
			}
		}
		const figure = (m.actual ?? m.plan) as Figure;
		label = each(m.plan?.each ? m.plan : figure, label || unitNoun(figure.unit));
		// The whole a breakdown is set against: `人数（合計）`.
		if (m.reason?.code === 'breakdown' && !m.part) label = `${label}（合計）`;
		return {...m, label};
	});
}
