// Runs a parsed query: prefilter every probe with the gram index, intersect the groups'
// programs, then score the groups from the most selective one, each only on strings of
// programs still alive, and finally drop the excluded programs. Scores are accumulated
// in typed arrays indexed by program: a broad query touches most of 25,000 programs and
// must not allocate per hit. Without an index every string is a candidate: the
// reference path that the fast one is tested against.
//
// Filter terms (`予算>1億`, `R4`, `No.23`: ./filters.ts) have no probes: the programs
// passing them are found by testing each program once, and count as perfect hits.
// Beside the scores, each program remembers the hit that decided its weakest group
// (string and probe), which is what the list's mark explains (./mark.ts).
import {probeCandidates, type Scratch, stringsOfTexts} from './candidates.js';
import type {SearchCorpus} from './corpus.js';
import type {FigureLens} from './figure-lens.js';
import {passes} from './filters.js';
import type {GramIndex} from './gram-index.js';
import {filterIds, forEachId, type IdSet, intersect, size, union} from './id-set.js';
import {probeScores} from './match.js';
import {type Probe, probeErrors, termProbes} from './probe.js';
import type {ParsedQuery, Term} from './query.js';
import {FILTER_QUALITY, hitQuality, isFullStrength, programScore, termQuality} from './scoring.js';
import type {TextMemo} from './text-memo.js';

/** The corpus and its search structures; index, scratch and memo are null on the reference path. */
export type Searchable = {
	corpus: SearchCorpus;
	index: GramIndex | null;
	scratch: Scratch | null;
	memo: TextMemo | null;
	/** How filters read a program's figures (./figure-lens.ts). */
	figures: FigureLens;
};

/** No hit recorded (a filter decided, or nothing matched). */
export const NO_HIT = -1;

/**
 * The matching programs (ascending index) and their scores (lower is better); per
 * program index, the string and the probe (an index into `probes`) of the hit that
 * decided its weakest group, or NO_HIT; per program, whether a report number decided it.
 */
export type Matched = {
	docs: Uint32Array;
	scores: Float64Array;
	probes: Probe[];
	hitString: Int32Array;
	hitProbe: Int32Array;
	byNumber: Uint8Array;
};

type PlannedProbe = {probe: Probe; strings: IdSet; index: number};
/** A term's probes, or for a filter term the programs passing it (ascending). */
type PlannedTerm = {probes: PlannedProbe[]; passing: Uint32Array | null; number: boolean};
type Planned = {terms: PlannedTerm[]; docs: IdSet};

/** The programs owning a sorted list of string ids (sorted too: strings are laid out by program). */
function docsOf(corpus: SearchCorpus, strings: Uint32Array): Uint32Array {
	const docs = new Uint32Array(strings.length);
	let n = 0;
	for (let i = 0; i < strings.length; i += 1) {
		const d = corpus.doc[strings[i]!]!;
		if (n === 0 || docs[n - 1] !== d) docs[n++] = d;
	}
	return docs.subarray(0, n);
}

/** The programs of `alive` (null: all `count`) for which `keep` holds, as a new set. */
function keepIds(alive: IdSet, count: number, keep: (d: number) => boolean): Uint32Array {
	const out = new Uint32Array(size(alive, count));
	let n = 0;
	forEachId(alive, count, (d) => {
		if (keep(d)) out[n++] = d;
	});
	return out.subarray(0, n);
}

function planProbe(target: Searchable, probe: Probe, at: number): PlannedProbe {
	const {corpus, index, scratch} = target;
	if (!index || !scratch) return {probe, strings: null, index: at};
	const texts = probeCandidates(index, scratch, probe.text, probeErrors(probe));
	let strings = stringsOfTexts(corpus, scratch, texts);
	if (strings && probe.where !== 'any') {
		strings = filterIds(strings, (id) => corpus.docStart[corpus.doc[id]!] === id);
	}
	return {probe, strings, index: at};
}

/** Plans a group's terms; their probes are appended to `all` (a probe's index is its place there). */
function plan(target: Searchable, terms: Term[], all: Probe[], exclusion = false): Planned {
	const {corpus, figures} = target;
	const planned = terms.map((term): PlannedTerm => {
		const {filter} = term;
		if (filter) {
			const passing = keepIds(null, corpus.programs.length, (d) =>
				passes(filter, corpus.programs[d]!, figures),
			);
			return {probes: [], passing, number: filter.kind === 'number'};
		}
		const probes = termProbes(term, exclusion).map((probe) =>
			planProbe(target, probe, all.push(probe) - 1),
		);
		return {probes, passing: null, number: false};
	});
	const docs = union(
		planned.flatMap((t) =>
			t.passing ? [t.passing] : t.probes.map((p) => (p.strings ? docsOf(corpus, p.strings) : null)),
		),
	);
	return {terms: planned, docs};
}

/** The candidate strings of a probe that belong to alive programs. */
function aliveStrings(
	corpus: SearchCorpus,
	strings: IdSet,
	alive: IdSet,
	mask: Uint8Array | null,
): IdSet {
	if (alive === null || mask === null) return strings;
	if (strings !== null) return filterIds(strings, (id) => mask[corpus.doc[id]!] === 1);
	let total = 0;
	for (const d of alive) total += corpus.docStart[d + 1]! - corpus.docStart[d]!;
	const ids = new Uint32Array(total);
	let n = 0;
	for (const d of alive)
		for (let id = corpus.docStart[d]!; id < corpus.docStart[d + 1]!; id += 1) ids[n++] = id;
	return ids;
}

function aliveMask(count: number, alive: IdSet): Uint8Array | null {
	if (alive === null) return null;
	const mask = new Uint8Array(count);
	for (const d of alive) mask[d] = 1;
	return mask;
}

/** A group's result per program: its quality (-1: no match) and the hit that gave it. */
type GroupResult = {quality: Float64Array; hitString: Int32Array; hitProbe: Int32Array};

/** Per program: the group's quality (the best of its alternative terms), or -1. */
function groupQualities(target: Searchable, group: Planned, alive: IdSet): GroupResult {
	const {corpus} = target;
	const count = corpus.programs.length;
	// Nothing to filter when no other group has narrowed the programs yet.
	const mask = alive === group.docs ? null : aliveMask(count, alive);
	const quality = new Float64Array(count).fill(-1);
	const hitString = new Int32Array(count).fill(NO_HIT);
	const hitProbe = new Int32Array(count).fill(NO_HIT);
	const best = new Float64Array(count);
	const bestString = new Int32Array(count);
	const bestProbe = new Int32Array(count);
	const bits = new Uint8Array(count);
	const touched = new Uint32Array(count);
	for (const {probes, passing} of group.terms) {
		if (passing) {
			for (const d of passing) {
				if ((mask === null || mask[d] === 1) && quality[d]! < FILTER_QUALITY) {
					quality[d] = FILTER_QUALITY;
					hitString[d] = NO_HIT;
					hitProbe[d] = NO_HIT;
				}
			}
			continue;
		}
		let n = 0;
		let full = true;
		let probeIndex = 0;
		const visit = (id: number, score: number) => {
			const d = corpus.doc[id]!;
			const f = corpus.field[id]!;
			if (bits[d] === 0) touched[n++] = d;
			const q = hitQuality(f, score, full);
			if (q > best[d]!) {
				best[d] = q;
				bestString[d] = id;
				bestProbe[d] = probeIndex;
			}
			bits[d]! |= 1 << f;
		};
		for (const {probe, strings, index} of probes) {
			const within = aliveStrings(corpus, strings, alive, mask);
			full = isFullStrength(probe.form);
			probeIndex = index;
			if (within === null || within.length > 0)
				probeScores(corpus, target.memo, probe, within, visit);
		}
		for (let i = 0; i < n; i += 1) {
			const d = touched[i]!;
			const q = termQuality(best[d]!, bits[d]!);
			if (q > quality[d]!) {
				quality[d] = q;
				hitString[d] = bestString[d]!;
				hitProbe[d] = bestProbe[d]!;
			}
			best[d] = 0;
			bits[d] = 0;
		}
	}
	return {quality, hitString, hitProbe};
}

function excluded(target: Searchable, term: Term, alive: IdSet): Uint8Array {
	const {corpus} = target;
	const out = new Uint8Array(corpus.programs.length);
	const mask = aliveMask(corpus.programs.length, alive);
	for (const {probes, passing} of plan(target, [term], [], true).terms) {
		if (passing) for (const d of passing) out[d] = 1;
		for (const {probe, strings} of probes) {
			const within = aliveStrings(corpus, strings, alive, mask);
			probeScores(corpus, target.memo, probe, within, (id) => {
				out[corpus.doc[id]!] = 1;
			});
		}
	}
	return out;
}

export function execute(target: Searchable, query: ParsedQuery): Matched {
	const count = target.corpus.programs.length;
	const probes: Probe[] = [];
	const groups = query.groups.map((terms) => plan(target, terms, probes));
	let alive: IdSet = null;
	for (const group of groups) alive = intersect(alive, group.docs);
	const order = groups
		.map((_, i) => i)
		.sort((a, b) => size(groups[a]!.docs, count) - size(groups[b]!.docs, count));
	const total = new Float64Array(count);
	const weakest = new Float64Array(count).fill(2);
	const hitString = new Int32Array(count).fill(NO_HIT);
	const hitProbe = new Int32Array(count).fill(NO_HIT);
	const byNumber = new Uint8Array(count);
	for (const g of order) {
		const group = groupQualities(target, groups[g]!, alive);
		const numbers = groups[g]!.terms.some((t) => t.number);
		alive = keepIds(alive, count, (d) => {
			const q = group.quality[d]!;
			if (q < 0) return false;
			total[d]! += q;
			if (numbers && q >= FILTER_QUALITY && group.hitString[d] === NO_HIT) byNumber[d] = 1;
			// The weakest group explains the rank; a filter's pass explains nothing.
			if (q < weakest[d]! && group.hitString[d] !== NO_HIT) {
				weakest[d] = q;
				hitString[d] = group.hitString[d]!;
				hitProbe[d] = group.hitProbe[d]!;
			}
			return true;
		});
	}
	for (const term of query.exclude) {
		const out = excluded(target, term, alive);
		alive = keepIds(alive, count, (d) => !out[d]);
	}
	const docs = alive ?? Uint32Array.from({length: count}, (_, d) => d);
	const scores = new Float64Array(docs.length);
	docs.forEach((d, i) => {
		scores[i] = programScore(total[d]!, groups.length);
	});
	return {docs, scores, probes, hitString, hitProbe, byNumber};
}
