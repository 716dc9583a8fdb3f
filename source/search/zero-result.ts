// What the explorer says when a query finds nothing (issue #15): the words searched, the
// other forms each was also looked for as (variants, synonyms, readings, romaji), the
// filters applied, and a hint when a word names something these reports never hold.
import {describeFilter} from './filters.js';
import {FORM_MARK} from './mark.js';
import {normalizeForSearch} from './normalize.js';
import {triedForms} from './probe.js';
import type {ParsedQuery} from './query.js';
import type {MatchForm} from './types.js';

export type ZeroResultHelp = {
	/** The query as typed. */
	query: string;
	/** Each word as searched, with the forms also tried (strongest first, a few). */
	words: {text: string; tried: {form: MatchForm; text: string}[]}[];
	/** The filters, in words (`予算 > 1億円`). */
	filters: string[];
	/** Set when a word is something these reports do not record. */
	hint?: string;
};

/**
 * Words for figures the reports do not carry: they print a budget and planned/actual
 * scale (件, 人, 社 …), never outcomes such as placement rates or settled accounts.
 */
export const ABSENT_TERMS: readonly string[] = [
	'就職率',
	'決算',
	'執行率',
	'執行額',
	'離職率',
	'費用対効果',
	'満足度',
	'単価',
];

export const ABSENT_HINT =
	'報告書にあるのは予算と計画・実績の規模（件数・人数など）だけです / these reports have budgets and planned/actual scale only';

const MAX_TRIED = 6;

/**
 * The table keeps forms search-normalised (katakana folded to hiragana); a hiragana form
 * with a long-vowel mark is shown in katakana (てれわーく → テレワーク), as it is printed.
 */
function shown(form: string): string {
	if (!/^[ぁ-ゖー]+$/u.test(form) || !form.includes('ー')) return form;
	return form.replace(/[ぁ-ゖ]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

/** Each query word as typed, by its normalised text (しにあ → シニア). */
function typedWords(typed: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const raw of typed.normalize('NFKC').split(/[\s|]+/u)) {
		const word = raw.replace(/^!?'?\^?/u, '').replace(/(.)\$$/u, '$1');
		if (word) out.set(normalizeForSearch(word), word);
	}
	return out;
}

export function explainQuery(typed: string, query: ParsedQuery): ZeroResultHelp {
	const words: ZeroResultHelp['words'] = [];
	const asTyped = typedWords(typed);
	const filters: string[] = [];
	const absent = ABSENT_TERMS.map(normalizeForSearch);
	let hint: string | undefined;
	for (const term of query.groups.flat()) {
		if (term.filter) {
			if (!(term.filter.kind === 'number' && term.filter.bare))
				filters.push(describeFilter(term.filter));
			else words.push({text: `No.${term.filter.no}`, tried: []});
			continue;
		}
		const tried = triedForms(term)
			.slice(0, MAX_TRIED)
			.map((t) => ({form: t.form, text: shown(t.text)}));
		words.push({text: asTyped.get(term.text) ?? term.text, tried});
		if (
			absent.some((a) => term.text.includes(a) || (term.text.length >= 2 && a.includes(term.text)))
		)
			hint = ABSENT_HINT;
	}
	return {query: typed, words, filters, ...(hint ? {hint} : {})};
}

/** The zero-result screen's lines (plain text; the list pane draws them). */
export function zeroResultLines(help: ZeroResultHelp): string[] {
	const lines = [`該当する事業はありません / no programs match: ${help.query}`];
	for (const word of help.words) {
		const tried = word.tried.map((t) => `${FORM_MARK[t.form]}${t.text}`);
		lines.push(
			tried.length > 0
				? `  ${word.text}: ほかに試した形 / also tried ${tried.join(' ')}`
				: `  ${word.text}: 表記ゆれ・類義語なし / no variants or synonyms known`,
		);
	}
	if (help.filters.length > 0)
		lines.push(
			`  絞り込み / filters: ${help.filters.join(' · ')}（外すと増えます / drop one to widen）`,
		);
	if (help.hint) lines.push(`  ヒント: ${help.hint}`);
	return lines;
}
