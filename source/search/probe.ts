// A term expands into probes: its own text (fuzzy or exact) plus exact probes for its
// variants and synonyms (./synonyms.ts), for a romaji token its kana/kanji spellings,
// and for a hiragana word the kanji it reads as (./romaji.ts). Probes are what the
// index filters and what is matched against the field strings; each knows its form,
// which decides its rank (./scoring.ts) and its mark. A filter term has no probes.
import type {Term} from './query.js';
import {readingWords, romajiWords} from './romaji.js';
import {synonymsOf} from './synonyms.js';
import type {MatchForm} from './types.js';

export type Where = 'any' | 'prefix' | 'suffix' | 'equal';

export type Probe = {
	text: string;
	/** 'any': a substring of any field; the others apply to the name only. */
	where: Where;
	/** Scored by fuse.js (which allows maxErrors(text.length) edits); otherwise exact. */
	fuzzy: boolean;
	form: MatchForm;
};

/**
 * fuse.js threshold (errors ÷ pattern length, as `ignoreLocation` is on). 0.3 allows one
 * edit from four characters up (キャリヤ → キャリア, シルバ人材 → シルバー人材) and keeps
 * 宇宙開発 (two edits from 能力開発) and qwerty out; tokens of 1–3 characters match exactly.
 */
export const FUZZY_THRESHOLD = 0.3;

/** The number of errors fuse.js accepts for a pattern of this length. */
export function maxErrors(length: number): number {
	let errors = 0;
	while ((errors + 1) / length <= FUZZY_THRESHOLD) errors += 1;
	return errors;
}

/** Romaji words whose variants and synonyms are looked for too. */
const ROMAJI_EXPANDED = 8;
/**
 * Synonyms looked for per word: the forms of its first few synonym vocabularies (the
 * closest first, ./synonyms.ts), at most so many probes. キャリヤ has 17 synonyms, down to
 * 保菌者 (carrier), and each costs a probe (支援's ten took its search at 25,000 programs
 * from 7 to 10 ms).
 */
const MAX_SYNONYM_SETS = 5;
const MAX_SYNONYMS = 8;
/** A kana-only variant or synonym this short (さぽ for サポート) is found inside unrelated words. */
const SHORT_KANA = /^[ぁ-ゖー]{1,2}$/u;
const LATIN = /^[\x20-\x7e]+$/;

/**
 * A term's probes, strongest form first, each text once. A word holding the term's own
 * text adds nothing (every text holding it holds the term), so it is left out. For an
 * exclusion (`!word`), the full-strength forms only: a synonym excludes too much.
 */
export function termProbes(term: Term, exclusion = false): Probe[] {
	if (term.kind === 'filter') return [];
	const where: Where = term.kind === 'fuzzy' || term.kind === 'exact' ? 'any' : term.kind;
	const probes: Probe[] = [{text: term.text, where, fuzzy: term.kind === 'fuzzy', form: 'direct'}];
	// `'word` is the word exactly as typed (widths and kana still fold): no other forms.
	if (term.kind === 'exact' && !exclusion) return probes;
	const seen = new Set([term.text]);
	let synonymCount = 0;
	const add = (words: readonly string[], form: MatchForm) => {
		for (const word of words) {
			if (seen.has(word) || (where === 'any' && word.includes(term.text))) continue;
			if ((form === 'synonym' || form === 'variant') && SHORT_KANA.test(word)) continue;
			if (form === 'synonym' && synonymCount++ >= MAX_SYNONYMS) return;
			seen.add(word);
			probes.push({text: word, where, fuzzy: false, form});
		}
	};
	const {variants, synonymSets} = synonymsOf(term.text);
	add(variants, 'variant');
	const romaji = term.romaji ? romajiWords(term.text) : [];
	add(romaji, 'romaji');
	// The variants and synonyms of the first (shortest) romaji words too: ikuji finds what
	// 育児 finds. A few: a short token such as `kou` reads as dozens of words.
	const spelled = romaji.slice(0, ROMAJI_EXPANDED).map(synonymsOf);
	for (const expansion of spelled) add(expansion.variants, 'romaji');
	if (exclusion) return probes;
	if (term.reading) add(readingWords(term.text), 'reading');
	// Latin synonyms (remotework) only for a Latin word: the reports are Japanese.
	const latin = /^[a-z0-9-]+$/.test(term.text);
	const pick = (sets: string[][]) =>
		sets
			.slice(0, MAX_SYNONYM_SETS)
			.flatMap((set) => (latin ? set : set.filter((f) => !LATIN.test(f))));
	add(pick(synonymSets), 'synonym');
	for (const expansion of spelled) add(pick(expansion.synonymSets), 'synonym');
	return where === 'any' ? withoutRedundant(probes) : probes;
}

const STRENGTH: Readonly<Record<MatchForm, number>> = {
	direct: 0,
	variant: 1,
	romaji: 2,
	reading: 3,
	synonym: 4,
};

/**
 * Drops an exact probe holding another probe's text of the same or a stronger form
 * (きゃりあー beside きゃりあ): every text it finds, the other finds as well, as well ranked.
 */
function withoutRedundant(probes: Probe[]): Probe[] {
	return probes.filter(
		(probe, i) =>
			i === 0 ||
			!probes.some(
				(other, j) =>
					j !== i &&
					j !== 0 &&
					!other.fuzzy &&
					STRENGTH[other.form] <= STRENGTH[probe.form] &&
					other.text.length < probe.text.length &&
					probe.text.includes(other.text),
			),
	);
}

/** The forms a term was also looked for as (for the zero-result screen), strongest first. */
export function triedForms(term: Term): {form: MatchForm; text: string}[] {
	return termProbes(term)
		.slice(1)
		.map(({form, text}) => ({form, text}));
}

/** Edits a probe may make: fuse.js's allowance for fuzzy probes, none for exact ones. */
export function probeErrors(probe: Probe): number {
	return probe.fuzzy ? maxErrors(probe.text.length) : 0;
}
