// Scores one probe on candidate field strings, reporting (string id, fuse-style score):
// fuzzy probes through fuse.js (./fuzzy.ts), exact and anchored ones directly (./exact.ts).
import type {SearchCorpus} from './corpus.js';
import {exactScores, type Visit} from './exact.js';
import {fuzzyScores, plainFuzzyScores} from './fuzzy.js';
import type {IdSet} from './id-set.js';
import {type Probe, probeErrors} from './probe.js';
import type {TextMemo} from './text-memo.js';

/**
 * Scores one probe on `strings` (null: every string). Without a memo this is the
 * reference path: every fuzzy probe, even a 1–3 character one that allows no errors,
 * goes through fuse.js for every whole string.
 */
export function probeScores(
	corpus: SearchCorpus,
	memo: TextMemo | null,
	probe: Probe,
	strings: IdSet,
	visit: Visit,
): void {
	const fuzzy = probe.fuzzy && probe.where === 'any';
	if (fuzzy && !memo) plainFuzzyScores(corpus, probe, strings, visit);
	else if (fuzzy && memo && probeErrors(probe) > 0)
		fuzzyScores(corpus, memo, probe, strings, visit);
	else exactScores(corpus, memo, probe, strings, visit);
}
