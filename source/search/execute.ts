// Runs a parsed query: prefilter every probe with the gram index, intersect the groups'
// programs, then score the groups from the most selective one, each only on strings of
// programs still alive (./text-scan.ts), and finally drop the excluded programs. Scores
// are accumulated in typed arrays indexed by program: a broad query touches most of
// 25,000 programs and must not allocate per hit. Without an index every string is a
// candidate: the reference path that the fast one is tested against.
//
// Filter terms (`予算>1億`, `R4`, `No.23`: ./filters.ts) have no probes: the programs
// passing them are found by testing each program once, and count as perfect hits.
// Beside the scores, each program remembers the hit that decided its weakest group
// (string and probe), which is what the list's mark explains (./mark.ts).
import {probeCandidates, type Scratch} from './candidates.js';
import type {SearchCorpus} from './corpus.js';
import type {FigureLens} from './figure-lens.js';
import {passes} from './filters.js';
import type {GramIndex} from './gram-index.js';
import {filterIds, forEachId, type IdSet, intersect, size} from './id-set.js';
import {probeScores} from './match.js';
import {type Probe, probeErrors, termProbes} from './probe.js';
import type {ParsedQuery, Term} from './query.js';
import {
	FILTER_QUALITY,
	hitQualityOf,
	isFullStrength,
	OWN_TEXT_FLOOR,
	programScore,
	termQuality,
} from './scoring.js';
import {candidatesHold, candidateStrings, scanProbe, type TextScratch} from './text-scan.js';

/** The corpus and its search structures; index, scratch and texts are null on the reference path. */
export type Searchable = {
	corpus: SearchCorpus;
	index: GramIndex | null;
	scratch: Scratch | null;
	texts: TextScratch | null;
	/** How filters read a program's figures (./figure-lens.ts). */
	figures: FigureLens;
	/** Per-program work arrays, reused by every search (createWork). */
	work: Work;
};

/**
 * Per-program arrays a search works in, made once per engine: a search over 25,000
 * programs used to allocate ~0.5 MB of them per word, which the young generation then
 * had to collect. Searches run one at a time (synchronously), so one set serves all.
 */
export type Work = {
	quality: Float64Array;
	hit: Float64Array;
	best: Float64Array;
	bestHit: Float64Array;
	bits: Uint8Array;
	/** 1: the program already has a full-strength hit in its own text for the term at hand. */
	settled: Uint8Array;
	touched: Uint32Array;
	/** Programs marked while a group's candidates are gathered (all 0 between uses). */
	marks: Uint8Array;
	total: Float64Array;
	weakest: Float64Array;
	finalHit: Float64Array;
};

export function createWork(count: number): Work {
	return {
		quality: new Float64Array(count),
		hit: new Float64Array(count),
		best: new Float64Array(count),
		bestHit: new Float64Array(count),
		bits: new Uint8Array(count),
		settled: new Uint8Array(count),
		touched: new Uint32Array(count),
		marks: new Uint8Array(count),
		total: new Float64Array(count),
		weakest: new Float64Array(count),
		finalHit: new Float64Array(count),
	};
}

/** A hit, packed in one number: the string id and the probe (an index into Matched.probes). */
const PROBE_SPACE = 2 ** 16;
/** No hit recorded: a filter decided, or nothing matched. */
export const NO_HIT = -1;
/** A report number decided. */
export const NUMBER_HIT = -2;

export function packHit(stringId: number, probe: number): number {
	return stringId * PROBE_SPACE + probe;
}

export function unpackHit(hit: number): {stringId: number; probe: number} {
	return {stringId: Math.floor(hit / PROBE_SPACE), probe: hit % PROBE_SPACE};
}

/**
 * The matching programs (ascending index) and their scores (lower is better); per
 * match (aligned with docs), the packed hit that decided its weakest group (string and
 * probe), NO_HIT or NUMBER_HIT.
 */
export type Matched = {
	docs: Uint32Array;
	scores: Float64Array;
	probes: Probe[];
	hits: Float64Array;
};

/** The hit recorded for program `doc` (NO_HIT when it did not match). */
export function hitOf(matched: Matched, doc: number): number {
	const {docs} = matched;
	let lo = 0;
	let hi = docs.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const d = docs[mid]!;
		if (d === doc) return matched.hits[mid]!;
		if (d < doc) lo = mid + 1;
		else hi = mid - 1;
	}
	return NO_HIT;
}

/**
 * A probe and its candidate strings, ascending (null: every string, and always on the
 * reference path), which are names only for an anchored probe.
 */
type PlannedProbe = {probe: Probe; strings: IdSet; held: boolean; index: number};
/** A term's probes, or for a filter term the programs passing it (ascending). */
type PlannedTerm = {probes: PlannedProbe[]; passing: Uint32Array | null; number: boolean};
type Planned = {terms: PlannedTerm[]; docs: IdSet};

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
	const {corpus, index, scratch, texts: textScratch} = target;
	if (!index || !scratch || !textScratch) return {probe, strings: null, held: false, index: at};
	const texts = probeCandidates(index, scratch, probe.text, probeErrors(probe));
	if (texts === null) return {probe, strings: null, held: false, index: at};
	const strings = candidateStrings(corpus, textScratch, texts, probe.where !== 'any');
	return {probe, strings, held: candidatesHold(index, probe), index: at};
}

/**
 * The programs a group's terms may match (ascending; null: any): those owning a probe's
 * candidate string, or passing a filter. Marked in one array by program and read back
 * in order, which keeps a common word (支援: most programs) linear.
 */
function groupDocs(target: Searchable, terms: PlannedTerm[]): IdSet {
	const {corpus, work} = target;
	if (terms.some((t) => !t.passing && t.probes.some((p) => p.strings === null))) return null;
	const {marks} = work;
	const {doc} = corpus;
	for (const {passing, probes} of terms) {
		if (passing) for (let k = 0; k < passing.length; k += 1) marks[passing[k]!] = 1;
		for (const {strings} of probes) {
			for (let k = 0; k < strings!.length; k += 1) marks[doc[strings![k]!]!] = 1;
		}
	}
	let total = 0;
	for (let d = 0; d < marks.length; d += 1) total += marks[d]!;
	const docs = new Uint32Array(total);
	let n = 0;
	for (let d = 0; d < marks.length; d += 1) {
		if (marks[d] === 1) {
			docs[n++] = d;
			marks[d] = 0;
		}
	}
	return docs;
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
	return {terms: planned, docs: groupDocs(target, planned)};
}

/** The strings of alive programs (null: every string), for the reference path. */
function aliveStrings(corpus: SearchCorpus, alive: IdSet, mask: Uint8Array | null): IdSet {
	if (alive === null || mask === null) return null;
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

/**
 * Per program: the group's quality (the best of its alternative terms), or -1, in
 * work.quality, and the hit that gave it in work.hit (valid where the quality is ≥ 0).
 */
function groupQualities(target: Searchable, group: Planned, alive: IdSet): void {
	const {corpus, work} = target;
	const count = corpus.programs.length;
	// Nothing to filter when no other group has narrowed the programs yet.
	const mask = alive === group.docs ? null : aliveMask(count, alive);
	const {quality, hit, best, bestHit, bits, settled, touched} = work;
	quality.fill(-1);
	for (const {probes, passing, number} of group.terms) {
		if (passing) {
			for (const d of passing) {
				if ((mask === null || mask[d] === 1) && quality[d]! < FILTER_QUALITY) {
					quality[d] = FILTER_QUALITY;
					hit[d] = number ? NUMBER_HIT : NO_HIT;
				}
			}
			continue;
		}
		let n = 0;
		let full = true;
		let settling = false;
		let probeIndex = 0;
		const visit = (id: number, score: number) => {
			const d = corpus.doc[id]!;
			// A synonym or reading cannot beat a full-strength hit in the program's own text.
			if (settling && settled[d] === 1) return;
			const f = corpus.field[id]!;
			const q = hitQualityOf(f, score, full);
			if (bits[d] === 0) {
				touched[n++] = d;
				best[d] = q;
				bestHit[d] = packHit(id, probeIndex);
			} else if (q > best[d]!) {
				best[d] = q;
				bestHit[d] = packHit(id, probeIndex);
			}
			bits[d]! |= 1 << f;
		};
		for (const {probe, strings, held, index} of probes) {
			full = isFullStrength(probe.form);
			if (!full && !settling) {
				// Probes come strongest first: from here on, skip the programs already settled
				// (支援 has ten synonyms, and 21,000 of 25,000 programs say 支援 itself).
				settling = true;
				for (let i = 0; i < n; i += 1) {
					const d = touched[i]!;
					if (best[d]! >= OWN_TEXT_FLOOR) settled[d] = 1;
				}
			}
			probeIndex = index;
			if (target.texts) {
				const unsettled = settling ? settled : null;
				scanProbe(corpus, target.texts, probe, strings, held, mask, unsettled, visit);
				continue;
			}
			let within = aliveStrings(corpus, alive, mask);
			if (settling && within !== null)
				within = filterIds(within, (id) => settled[corpus.doc[id]!] !== 1);
			if (within === null || within.length > 0) probeScores(corpus, probe, within, visit);
		}
		for (let i = 0; i < n; i += 1) {
			const d = touched[i]!;
			settled[d] = 0;
			const q = termQuality(best[d]!, bits[d]!);
			if (q > quality[d]!) {
				quality[d] = q;
				hit[d] = bestHit[d]!;
			}
			best[d] = 0;
			bits[d] = 0;
		}
	}
}

function excluded(target: Searchable, term: Term, alive: IdSet): Uint8Array {
	const {corpus} = target;
	const out = new Uint8Array(corpus.programs.length);
	const mask = aliveMask(corpus.programs.length, alive);
	for (const {probes, passing} of plan(target, [term], [], true).terms) {
		if (passing) for (const d of passing) out[d] = 1;
		const drop = (id: number) => {
			out[corpus.doc[id]!] = 1;
		};
		for (const {probe, strings, held} of probes) {
			if (target.texts) scanProbe(corpus, target.texts, probe, strings, held, mask, null, drop);
			else probeScores(corpus, probe, aliveStrings(corpus, alive, mask), drop);
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
	const {total, weakest, finalHit, quality, hit} = target.work;
	total.fill(0);
	weakest.fill(2);
	finalHit.fill(NO_HIT);
	for (const g of order) {
		groupQualities(target, groups[g]!, alive);
		alive = keepIds(alive, count, (d) => {
			const q = quality[d]!;
			if (q < 0) return false;
			total[d]! += q;
			// The weakest group explains the rank; a filter's pass explains nothing.
			const h = hit[d]!;
			if (h === NUMBER_HIT) {
				if (finalHit[d] === NO_HIT) finalHit[d] = NUMBER_HIT;
			} else if (h !== NO_HIT && q < weakest[d]!) {
				weakest[d] = q;
				finalHit[d] = h;
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
	const hits = new Float64Array(docs.length);
	docs.forEach((d, i) => {
		scores[i] = programScore(total[d]!, groups.length);
		hits[i] = finalHit[d]!;
	});
	return {docs, scores, probes, hits};
}
