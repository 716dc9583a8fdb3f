// Ranking. A term's quality in a program is its best field hit, weighted by field
// (name > summary > plan/actual > sub-items > unit > pillar) and discounted by the fuse.js
// score, plus a little for each further field it appears in. A program's score is one
// minus the mean quality of the query's groups, so lower is better as in fuse.js.
import type {Program} from '../report/model.js';
import type {SearchCorpus} from './corpus.js';
import type {StringHit} from './match.js';
import type {SearchField} from './types.js';

export const FIELD_WEIGHT: Readonly<Record<SearchField, number>> = {
	name: 0.97,
	summary: 0.7,
	plan: 0.55,
	actual: 0.55,
	items: 0.5,
	unit: 0.4,
	pillar: 0.35,
};

const EXTRA_FIELD_BONUS = 0.01;
const MAX_EXTRA_FIELDS = 3;

export function termQuality(corpus: SearchCorpus, hits: readonly StringHit[]): number {
	let best = 0;
	const fields = new Set<SearchField>();
	for (const hit of hits) {
		const field = corpus.field[hit.id]!;
		fields.add(field);
		best = Math.max(best, FIELD_WEIGHT[field] * (1 - hit.score));
	}
	return best + EXTRA_FIELD_BONUS * Math.min(MAX_EXTRA_FIELDS, fields.size - 1);
}

/** Lower is better; rounded so that equal matches tie exactly and fall to the tie-breakers. */
export function programScore(groupQualities: readonly number[]): number {
	if (groupQualities.length === 0) return 0;
	const mean = groupQualities.reduce((sum, q) => sum + q, 0) / groupQualities.length;
	return Math.round(Math.max(0, 1 - mean) * 1e6) / 1e6;
}

/** Score, then newest fiscal year, then program number, then input order. */
export function compareRanked(
	a: {score: number; program: Program; order: number},
	b: {score: number; program: Program; order: number},
): number {
	return (
		a.score - b.score ||
		b.program.fiscalYear - a.program.fiscalYear ||
		a.program.no - b.program.no ||
		a.order - b.order
	);
}
