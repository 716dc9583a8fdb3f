// Exact and name-anchored probes, and the fuse.js-equivalent score of an exact hit:
// 0 when the string is the probe, 0.001 (fuse.js's floor) when it holds it.
import type {SearchCorpus} from './corpus.js';
import type {IdSet} from './id-set.js';
import type {TextBatch} from './match.js';
import type {Probe} from './probe.js';

export type Visit = (id: number, score: number) => void;

/** fuse.js's score for a zero-error match inside a longer string. */
const SUBSTRING_SCORE = 0.001;

export function holds(text: string, probe: Probe): boolean {
	const {text: needle, where} = probe;
	if (where === 'any') return text.includes(needle);
	if (where === 'prefix') return text.startsWith(needle);
	if (where === 'suffix') return text.endsWith(needle);
	return text === needle;
}

export function exactScore(text: string, probe: Probe): number {
	return text === probe.text ? 0 : SUBSTRING_SCORE;
}

export function isName(corpus: SearchCorpus, id: number): boolean {
	return corpus.docStart[corpus.doc[id]!] === id;
}

/** Exact and anchored probes on the reference path, string by string. */
export function exactScores(
	corpus: SearchCorpus,
	probe: Probe,
	strings: IdSet,
	visit: Visit,
): void {
	const {texts, textId} = corpus;
	const count = strings === null ? corpus.stringCount : strings.length;
	for (let k = 0; k < count; k += 1) {
		const id = strings === null ? k : strings[k]!;
		if (probe.where !== 'any' && !isName(corpus, id)) continue;
		const text = texts[textId[id]!]!;
		if (holds(text, probe)) visit(id, exactScore(text, probe));
	}
}

/**
 * Exact and anchored probes on the indexed path: the first `count` texts of the batch
 * scored. An anchored probe's texts are checked as names; the caller visits only name
 * strings for it.
 */
export function exactTextScores(
	corpus: SearchCorpus,
	probe: Probe,
	{live: texts, score}: TextBatch,
	count: number,
): void {
	for (let k = 0; k < count; k += 1) {
		const t = texts[k]!;
		const text = corpus.texts[t]!;
		score[t] = holds(text, probe) ? exactScore(text, probe) : -1;
	}
}
