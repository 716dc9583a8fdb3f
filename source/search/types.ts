// The contract between the search engine and its callers (CLI and TUI).
import type {Program} from '../report/model.js';
import type {Filter} from './filters.js';
import type {ResultList} from './result-list.js';

/** Fields a query is matched against, highest weight first. */
export type SearchField = 'name' | 'summary' | 'plan' | 'actual' | 'items' | 'unit' | 'pillar';

/** A half-open range [start, end) of UTF-16 offsets into the *displayed* text of a field. */
export type Range = [start: number, end: number];

/**
 * How a field matched (issue #15): the word as typed (widths, case and kana folded),
 * a variant of it (表記ゆれ, abbreviation, English: 障がい者 → 障害者), a synonym (高齢者 →
 * シニア), the kanji of a hiragana reading (じんざい → 人材), or a reading of romaji.
 */
export type MatchForm = 'direct' | 'variant' | 'synonym' | 'reading' | 'romaji';

export type FieldMatch = {
	field: SearchField;
	/** The displayed text the ranges refer to (e.g. the program's display name, or one summary bullet). */
	text: string;
	ranges: Range[];
	/** The strongest form that matched in this field (absent: a stand-in engine's 'direct'). */
	form?: MatchForm;
};

/**
 * What put a result where it is, for the list's short mark (./mark.ts): the hit that
 * decided its weakest word (field, form and the text as printed), or a report number.
 * A result found by filters alone has none.
 */
export type ResultMark =
	| {kind: 'hit'; field: SearchField; form: MatchForm; text: string}
	| {kind: 'number'}
	/** Listed by a field filter alone (`予算>1億`): which one. */
	| {kind: 'filter'; filter: Filter['kind']};

export type SearchResult = {
	program: Program;
	/** Lower is better (fuse.js convention), 0 = perfect. */
	score: number;
	matches: FieldMatch[];
	/**
	 * The name's entry of `matches` alone (empty when the name does not match), for a
	 * caller that draws names only: working out every field's ranges for each visible
	 * row was most of what a keystroke allocated. Absent: use `matches`.
	 */
	readonly nameMatches?: FieldMatch[];
	/** What decided the rank (absent: no query, or a stand-in engine). */
	readonly mark?: ResultMark | undefined;
	/** The query's field filters and report numbers the program passes (absent: none, or a stand-in engine). */
	readonly passed?: readonly Filter[];
};

export type SearchEngine = {
	/**
	 * Ranked results, made when read (./result-list.ts); an empty or blank query lists
	 * every program in report order with no matches.
	 */
	search(query: string, options?: {limit?: number}): ResultList;
	readonly size: number;
};
