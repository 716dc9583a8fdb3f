// fzf-style query syntax → terms. Tokens are separated by spaces (a full-width space
// too: the query is NFKC-folded first, which also turns ！＾＄｜＇ typed with the IME on
// into their ASCII operators). All groups must match; terms inside a group are
// alternatives (`a | b`).
import {type Filter, parseFilter} from './filters.js';
import {normalizeForSearch} from './normalize.js';
import {isReadingToken, isRomajiToken} from './romaji.js';

/**
 * fuzzy: fuse.js, any field · exact: substring, any field · prefix/suffix/equal: the name
 * only · filter: a field filter or report number (./filters.ts), no text matched.
 */
export type TermKind = 'fuzzy' | 'exact' | 'prefix' | 'suffix' | 'equal' | 'filter';

export type Term = {
	kind: TermKind;
	/** The term in search-normalised form (never empty). */
	text: string;
	/** An ASCII word of 3+ letters: also matches its kana and kanji readings. */
	romaji: boolean;
	/** Typed in hiragana (3+ characters): also matches the kanji words it reads as (じんざい → 人材). */
	reading?: true;
	/** kind 'filter': what the token asks for. */
	filter?: Filter;
};

export type ParsedQuery = {
	/** Every group must match; a group matches when any of its terms does. */
	groups: Term[][];
	/** Programs matching any of these are dropped (`!word`). */
	exclude: Term[];
};

export const QUERY_SYNTAX_HELP: ReadonlyArray<{syntax: string; meaning: string}> = [
	{syntax: 'word', meaning: 'あいまい検索（名称・概要・計画・実績…） / fuzzy match in any field'},
	{syntax: 'a b', meaning: 'すべて含む（全角スペース可・順不同） / all words, any order'},
	{
		syntax: 'kyaria',
		meaning: 'ローマ字3文字以上はかな・漢字にも一致 / romaji also matches kana, kanji',
	},
	{syntax: "'word", meaning: '完全一致（部分文字列） / exact substring'},
	{syntax: '^word', meaning: '事業名が…で始まる / name starts with'},
	{syntax: 'word$', meaning: '事業名が…で終わる / name ends with'},
	{syntax: '!word', meaning: '…を含むものを除く / exclude matches'},
	{syntax: 'a | b', meaning: 'いずれかを含む / either word'},
	{
		syntax: '障がい者 DX',
		meaning:
			'表記ゆれ・略語・英語も一致、類義語は下位に≈ / variants, abbreviations, English; synonyms ranked below (≈)',
	},
	{
		syntax: 'じんざい',
		meaning:
			'ひらがなは漢字の読みにも一致（下位） / hiragana also finds kanji read so (ranked below)',
	},
	{
		syntax: '23 No.23 #23',
		meaning:
			'事業番号（2022#20, R4-20, 令和4-20 で年度も） / report number (with year: 2022#20, R4-20)',
	},
	{
		syntax: '予算>1億',
		meaning: '予算で絞る（予算<5000万・億 千万 百万 万 円） / budget above / below (予算<5000万)',
	},
	{
		syntax: '年度:2022 R4',
		meaning: '年度で絞る（令和4・R4・年度:2022） / fiscal year (令和4, R4, 年度:2022)',
	},
	{syntax: '柱:2', meaning: '柱（施策の柱）の番号で絞る / pillar number'},
	{
		syntax: '達成率<80',
		meaning: "最も低い指標の達成率で絞る / lowest measure's achievement below 80 %",
	},
	{syntax: '未達', meaning: '計画を下回る指標がある事業 / some measure below plan'},
	{
		syntax: 'R4 未達',
		meaning: '絞り込みだけなら該当する全事業 / filters alone list every program passing',
	},
];

type Token = {term: Term; negated: boolean; bare?: Term};

function parseToken(raw: string): Token | null {
	let rest = raw;
	const negated = rest.startsWith('!');
	if (negated) rest = rest.slice(1);
	const quoted = rest.startsWith("'");
	if (quoted) rest = rest.slice(1);
	const prefix = rest.startsWith('^');
	if (prefix) rest = rest.slice(1);
	const suffix = rest.length > 1 && rest.endsWith('$');
	if (suffix) rest = rest.slice(0, -1);
	const text = normalizeForSearch(rest);
	if (!text) return null;
	const filter = quoted || prefix || suffix ? null : parseFilter(rest);
	const textTerm = (kind: TermKind): Term => ({
		kind,
		text,
		romaji: isRomajiToken(text),
		...(isReadingToken(rest) ? {reading: true as const} : {}),
	});
	if (filter && !(negated && filter.kind === 'number' && filter.bare)) {
		const term: Term = {kind: 'filter', text, romaji: false, filter};
		// A plain number is also looked for as text (23区), below the program numbered so.
		if (filter.kind === 'number' && filter.bare) return {term, negated, bare: textTerm('fuzzy')};
		return {term, negated};
	}
	let kind: TermKind = quoted || negated ? 'exact' : 'fuzzy';
	if (prefix) kind = suffix ? 'equal' : 'prefix';
	else if (suffix) kind = 'suffix';
	return {term: textTerm(kind), negated};
}

/** Parses a query; a blank query gives no groups and no exclusions. */
export function parseQuery(query: string): ParsedQuery {
	const words = query.normalize('NFKC').replace(/\|/g, ' | ').split(/\s+/u).filter(Boolean);
	const groups: Term[][] = [];
	const exclude: Term[] = [];
	let joinNext = false;
	for (const word of words) {
		if (word === '|') {
			joinNext = groups.length > 0;
			continue;
		}
		const token = parseToken(word);
		if (!token) continue;
		if (token.negated) {
			// fzf lets `!a | b` mean "not a, or b"; here an exclusion always applies.
			exclude.push(token.term);
			joinNext = false;
			continue;
		}
		const terms = token.bare ? [token.term, token.bare] : [token.term];
		const last = groups[groups.length - 1];
		if (joinNext && last) last.push(...terms);
		else groups.push(terms);
		joinNext = false;
	}
	return {groups, exclude};
}
