// A term expands into probes: its own text (fuzzy or exact) plus, for a romaji token, one
// exact probe per kana/kanji spelling. Probes are what the index filters and what is
// matched against the field strings.
import type {Term} from './query.js';
import {romajiWords} from './romaji.js';

export type Where = 'any' | 'prefix' | 'suffix' | 'equal';

export type Probe = {
	text: string;
	/** 'any': a substring of any field; the others apply to the name only. */
	where: Where;
	/** Scored by fuse.js (which allows maxErrors(text.length) edits); otherwise exact. */
	fuzzy: boolean;
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

export function termProbes(term: Term): Probe[] {
	const where: Where = term.kind === 'fuzzy' || term.kind === 'exact' ? 'any' : term.kind;
	const probes: Probe[] = [{text: term.text, where, fuzzy: term.kind === 'fuzzy'}];
	if (term.romaji) {
		for (const word of romajiWords(term.text)) probes.push({text: word, where, fuzzy: false});
	}
	return probes;
}

/** Edits a probe may make: fuse.js's allowance for fuzzy probes, none for exact ones. */
export function probeErrors(probe: Probe): number {
	return probe.fuzzy ? maxErrors(probe.text.length) : 0;
}
