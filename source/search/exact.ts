// Exact and name-anchored probes, and the fuse.js-equivalent score of an exact hit:
// 0 when the string is the probe, 0.001 (fuse.js's floor) when it holds it.
import type {SearchCorpus} from './corpus.js';
import type {IdSet} from './id-set.js';
import type {Probe} from './probe.js';
import {nextGeneration, type TextMemo} from './text-memo.js';

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

/** Exact and anchored probes, each distinct text checked once. */
export function exactScores(
	corpus: SearchCorpus,
	memo: TextMemo | null,
	probe: Probe,
	strings: IdSet,
	visit: Visit,
): void {
	const generation = memo ? nextGeneration(memo) : 0;
	const {texts, textId} = corpus;
	const count = strings === null ? corpus.stringCount : strings.length;
	// A plain loop: this runs over every string holding a common word like 支援.
	for (let k = 0; k < count; k += 1) {
		const id = strings === null ? k : strings[k]!;
		if (probe.where !== 'any' && !isName(corpus, id)) continue;
		if (!memo) {
			const text = texts[textId[id]!]!;
			if (holds(text, probe)) visit(id, exactScore(text, probe));
			continue;
		}
		const t = textId[id]!;
		if (memo.stamp[t] !== generation) {
			const text = texts[t]!;
			memo.stamp[t] = generation;
			memo.value[t] = holds(text, probe) ? exactScore(text, probe) : -1;
		}
		const score = memo.value[t]!;
		if (score >= 0) visit(id, score);
	}
}
