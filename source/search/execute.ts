// Runs a parsed query: prefilter every probe with the gram index, intersect the groups'
// programs, then score the groups from the most selective one, each only on strings of
// programs still alive, and finally drop the excluded programs. Scores are accumulated
// in typed arrays indexed by program: a broad query touches most of 25,000 programs and
// must not allocate per hit. Without an index every string is a candidate: the
// reference path that the fast one is tested against.
import {probeCandidates, type Scratch, stringsOfTexts} from './candidates.js';
import type {SearchCorpus} from './corpus.js';
import type {GramIndex} from './gram-index.js';
import {filterIds, forEachId, type IdSet, intersect, size, union} from './id-set.js';
import {probeScores} from './match.js';
import {type Probe, probeErrors, termProbes} from './probe.js';
import type {ParsedQuery, Term} from './query.js';
import type {TextMemo} from './text-memo.js';
import {hitQuality, programScore, termQuality} from './scoring.js';

/** The corpus and its search structures; index, scratch and memo are null on the reference path. */
export type Searchable = {
	corpus: SearchCorpus;
	index: GramIndex | null;
	scratch: Scratch | null;
	memo: TextMemo | null;
};

/** The matching programs (ascending index) and their scores (lower is better). */
export type Matched = {docs: Uint32Array; scores: Float64Array};

type PlannedProbe = {probe: Probe; strings: IdSet};
type Planned = {terms: PlannedProbe[][]; docs: IdSet};

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

function planProbe(target: Searchable, probe: Probe): PlannedProbe {
	const {corpus, index, scratch} = target;
	if (!index || !scratch) return {probe, strings: null};
	const texts = probeCandidates(index, scratch, probe.text, probeErrors(probe));
	let strings = stringsOfTexts(corpus, scratch, texts);
	if (strings && probe.where !== 'any') {
		strings = filterIds(strings, (id) => corpus.docStart[corpus.doc[id]!] === id);
	}
	return {probe, strings};
}

function plan(target: Searchable, terms: Term[]): Planned {
	const planned = terms.map((term) => termProbes(term).map((probe) => planProbe(target, probe)));
	const docs = union(
		planned.flat().map((p) => (p.strings ? docsOf(target.corpus, p.strings) : null)),
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

/** Per program: the group's quality (the best of its alternative terms), or -1. */
function groupQualities(target: Searchable, group: Planned, alive: IdSet): Float64Array {
	const {corpus} = target;
	const count = corpus.programs.length;
	// Nothing to filter when no other group has narrowed the programs yet.
	const mask = alive === group.docs ? null : aliveMask(count, alive);
	const quality = new Float64Array(count).fill(-1);
	const best = new Float64Array(count);
	const bits = new Uint8Array(count);
	const touched = new Uint32Array(count);
	for (const probes of group.terms) {
		let n = 0;
		const visit = (id: number, score: number) => {
			const d = corpus.doc[id]!;
			const f = corpus.field[id]!;
			if (bits[d] === 0) touched[n++] = d;
			best[d] = Math.max(best[d]!, hitQuality(f, score));
			bits[d]! |= 1 << f;
		};
		for (const {probe, strings} of probes) {
			const within = aliveStrings(corpus, strings, alive, mask);
			if (within === null || within.length > 0)
				probeScores(corpus, target.memo, probe, within, visit);
		}
		for (let i = 0; i < n; i += 1) {
			const d = touched[i]!;
			quality[d] = Math.max(quality[d]!, termQuality(best[d]!, bits[d]!));
			best[d] = 0;
			bits[d] = 0;
		}
	}
	return quality;
}

function excluded(target: Searchable, term: Term, alive: IdSet): Uint8Array {
	const {corpus} = target;
	const out = new Uint8Array(corpus.programs.length);
	const mask = aliveMask(corpus.programs.length, alive);
	for (const {probe, strings} of plan(target, [term]).terms.flat()) {
		const within = aliveStrings(corpus, strings, alive, mask);
		probeScores(corpus, target.memo, probe, within, (id) => {
			out[corpus.doc[id]!] = 1;
		});
	}
	return out;
}

export function execute(target: Searchable, query: ParsedQuery): Matched {
	const count = target.corpus.programs.length;
	const groups = query.groups.map((terms) => plan(target, terms));
	let alive: IdSet = null;
	for (const group of groups) alive = intersect(alive, group.docs);
	const order = groups
		.map((_, i) => i)
		.sort((a, b) => size(groups[a]!.docs, count) - size(groups[b]!.docs, count));
	const total = new Float64Array(count);
	for (const g of order) {
		const quality = groupQualities(target, groups[g]!, alive);
		alive = keepIds(alive, count, (d) => {
			if (quality[d]! < 0) return false;
			total[d]! += quality[d]!;
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
	return {docs, scores};
}
