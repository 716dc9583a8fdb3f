// Scores one probe: fuzzy probes through fuse.js (./fuzzy.ts), exact and anchored ones
// directly (./exact.ts). The reference path reports (string id, fuse-style score) string
// by string; the indexed path scores distinct texts (./text-scan.ts visits their strings).
import type {SearchCorpus} from './corpus.js';
import {exactScores, exactTextScores, type Visit} from './exact.js';
import {fuzzyTextScores, plainFuzzyScores} from './fuzzy.js';
import type {IdSet} from './id-set.js';
import {type Probe, probeErrors} from './probe.js';

/**
 * The reference path: every fuzzy probe, even a 1–3 character one that allows no errors,
 * goes through fuse.js for every whole string of `strings` (null: every string).
 */
export function probeScores(
	corpus: SearchCorpus,
	probe: Probe,
	strings: IdSet,
	visit: Visit,
): void {
	if (probe.fuzzy && probe.where === 'any') plainFuzzyScores(corpus, probe, strings, visit);
	else exactScores(corpus, probe, strings, visit);
}

/** Whether a probe is matched exactly: a fuzzy probe that allows no errors is an exact one. */
export function isExact(probe: Probe): boolean {
	return !(probe.fuzzy && probe.where === 'any' && probeErrors(probe) > 0);
}

/** The indexed path's work: distinct texts to score, and their scores (./text-scan.ts). */
export type TextBatch = {
	/** The texts to score: live[0 .. count - 1]. */
	live: Uint32Array;
	/** Per text id: the probe's score, or -1 when it does not match. */
	score: Float64Array;
	/** Per UTF-16 unit: a fuzzy pattern's alphabet (./bitap.ts), zero between probes. */
	alphabet: Int32Array;
};

/** The indexed path: the first `count` texts of the batch scored. */
export function textScores(
	corpus: SearchCorpus,
	probe: Probe,
	batch: TextBatch,
	count: number,
): void {
	if (isExact(probe)) exactTextScores(corpus, probe, batch, count);
	else fuzzyTextScores(corpus, probe, batch, count);
}
