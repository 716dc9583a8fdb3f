// Plan vs actual. A percentage is computed only for pairs that are surely the
// same measure: equal labels and units; then whatever is left, when both sides
// have the same number of metrics with the same units in the same order.
// Anything else gets no figure: never a guess.
import type {Achievement, Metric, Scale} from './model.js';

const normalizeLabel = (label: string) => label.replace(/[\s・:：]/g, '').replace(/数$/u, '');
/** `各回20社` counts per session, not in total: only comparable with another 各 figure. */
const isEach = (m: Metric) => m.label?.startsWith('各') === true;

function comparable(plan: Metric, actual: Metric): boolean {
	const samePeriod = plan.per === undefined || actual.per === undefined || plan.per === actual.per;
	return (
		plan.unit === actual.unit && samePeriod && plan.value > 0 && isEach(plan) === isEach(actual)
	);
}

function make(plan: Metric, actual: Metric, pairedBy: Achievement['pairedBy']): Achievement {
	const achievement: Achievement = {
		unit: plan.unit,
		plan: plan.value,
		actual: actual.value,
		percent: Math.round((actual.value / plan.value) * 100),
		pairedBy,
		approximate: plan.approximate === true,
	};
	const label = plan.label ?? actual.label;
	return label ? {label, ...achievement} : achievement;
}

/** One figure on each side (most pairs): what the general case below gives, without its bookkeeping. */
function single(pm: Metric, am: Metric): Achievement[] {
	if (!comparable(pm, am)) return [];
	const sameLabel =
		pm.label && am.label !== undefined && normalizeLabel(am.label) === normalizeLabel(pm.label);
	return [make(pm, am, sameLabel ? 'label' : 'order')];
}

export function computeAchievement(plan: Scale, actual: Scale): Achievement[] {
	const p = plan.metrics;
	const a = actual.metrics;
	if (p.length === 0 || a.length === 0) return []; // nothing to pair (most cells)
	if (p.length === 1 && a.length === 1) return single(p[0] as Metric, a[0] as Metric);
	return pairMetrics(p, a);
}

/**
 * The general pairing: by equal label first, then the rest in order when both sides
 * have as many left and each pair is comparable. (Exported for the test that holds the
 * one-pair shortcut above to it.)
 */
export function pairMetrics(p: readonly Metric[], a: readonly Metric[]): Achievement[] {
	const pairs = new Map<number, Achievement>();
	const usedActual = new Set<number>();
	p.forEach((pm, pi) => {
		if (!pm.label) return;
		const ai = a.findIndex(
			(am, i) =>
				!usedActual.has(i) &&
				am.label !== undefined &&
				normalizeLabel(am.label) === normalizeLabel(pm.label ?? '') &&
				comparable(pm, am),
		);
		if (ai < 0) return;
		usedActual.add(ai);
		pairs.set(pi, make(pm, a[ai] as Metric, 'label'));
	});
	const restPlan = p.map((m, i) => [m, i] as const).filter(([, i]) => !pairs.has(i));
	const restActual = a.filter((_, i) => !usedActual.has(i));
	if (restPlan.length > 0 && restPlan.length === restActual.length) {
		const ok = restPlan.every(([pm], k) => comparable(pm, restActual[k] as Metric));
		if (ok) {
			for (const [k, [pm, pi]] of restPlan.entries()) {
				pairs.set(pi, make(pm, restActual[k] as Metric, 'order'));
			}
		}
	}
	return [...pairs.entries()].sort(([x], [y]) => x - y).map(([, achievement]) => achievement);
}
