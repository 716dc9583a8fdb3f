// fzf-style query syntax → terms. Tokens are separated by spaces (a full-width space
// too: the query is NFKC-folded first, which also turns ！＾＄｜＇ typed with the IME on
// into their ASCII operators). All groups must match; terms inside a group are
// alternatives (`a | b`).
import {normalizeForSearch} from './normalize.js';
import {isRomajiToken} from './romaji.js';

/** fuzzy: fuse.js, any field · exact: substring, any field · prefix/suffix/equal: the name only. */
export type TermKind = 'fuzzy' | 'exact' | 'prefix' | 'suffix' | 'equal';

export type Term = {
	kind: TermKind;
	/** The term in search-normalised form (never empty). */
	text: string;
	/** An ASCII word of 3+ letters: also matches its kana and kanji readings. */
	romaji: boolean;
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
];

type Token = {term: Term; negated: boolean};

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
	let kind: TermKind = quoted || negated ? 'exact' : 'fuzzy';
	if (prefix) kind = suffix ? 'equal' : 'prefix';
	else if (suffix) kind = 'suffix';
	return {term: {kind, text, romaji: isRomajiToken(text)}, negated};
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
		const last = groups[groups.length - 1];
		if (joinNext && last) last.push(token.term);
		else groups.push([token.term]);
		joinNext = false;
	}
	return {groups, exclude};
}
