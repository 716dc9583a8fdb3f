// The short mark a result row carries (issue #15): which field decided its rank and in
// which form, e.g. `名` (the name, as typed), `概≈シニア` (a summary, through the
// synonym シニア), `名読:人材` (a hiragana reading), `柱` (the pillar title only), `No.`
// (its report number), `予算` (listed by the filter 予算>1億 alone).
import type {Filter} from './filters.js';
import type {MatchForm, ResultMark, SearchField} from './types.js';

export const FIELD_MARK: Readonly<Record<SearchField, string>> = {
	name: '名',
	summary: '概',
	plan: '計',
	actual: '実',
	items: '項',
	unit: '単',
	pillar: '柱',
};

/** Before the matched text, by form; the word as typed has none. */
export const FORM_MARK: Readonly<Record<MatchForm, string>> = {
	direct: '',
	variant: '=',
	romaji: '→',
	reading: '読:',
	synonym: '≈',
};

/** A row listed by a field filter alone: the filter's field. */
export const FILTER_MARK: Readonly<Record<Filter['kind'], string>> = {
	number: 'No.',
	budget: '予算',
	year: '年度',
	pillar: '柱番号',
	achievement: '達成率',
	belowPlan: '未達',
};

/** Matched text longer than this is cut with `…`: a mark is a hint, not a quotation. */
const MAX_TEXT = 6;

/** The mark's text ('' for none). */
export function markText(mark: ResultMark | undefined): string {
	if (!mark) return '';
	if (mark.kind === 'number') return 'No.';
	if (mark.kind === 'filter') return FILTER_MARK[mark.filter];
	const field = FIELD_MARK[mark.field];
	if (mark.form === 'direct' || mark.text === '') return field;
	const chars = [...mark.text];
	const text = chars.length > MAX_TEXT ? `${chars.slice(0, MAX_TEXT - 1).join('')}…` : mark.text;
	return `${field}${FORM_MARK[mark.form]}${text}`;
}

/** What the marks mean, from the tables above (the `?` help; README). Samples stay short. */
export const MARK_LEGEND: ReadonlyArray<readonly [string, string]> = [
	[
		Object.values(FIELD_MARK)
			.filter((m) => m !== FIELD_MARK.pillar)
			.join(' '),
		'一致した欄: 名称・概要・計画・実績・内訳・単位 / the field that matched: name, summary, plan, actual, sub-item, unit',
	],
	[FIELD_MARK.pillar, '柱の名前だけに一致 (下位) / the pillar title only (ranked below)'],
	[
		`${FORM_MARK.variant}障害者 ${FORM_MARK.synonym}シニア`,
		'表記ゆれ・類義語で一致 / through a variant; a synonym',
	],
	[
		`${FORM_MARK.reading}人材 ${FORM_MARK.romaji}テレワーク`,
		'読み・ローマ字で一致 / through a reading; romaji',
	],
	[
		`${FILTER_MARK.number} ${FILTER_MARK.budget} ${FILTER_MARK.year}`,
		`番号・絞り込みだけで一覧に (${FILTER_MARK.pillar}・${FILTER_MARK.achievement}・${FILTER_MARK.belowPlan}も) / listed by its report number or a filter alone`,
	],
];
