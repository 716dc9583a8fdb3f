// Runs a parsed query: prefilter every group with the gram index, intersect, then verify
// the groups from the most selective one, each only on the programs still alive, and
// finally drop the excluded programs. Without an index every program is a candidate
// (the reference path the fast one is tested against).
import {type Scratch, probeCandidates} from './candidates.js';
import type {SearchCorpus} from './corpus.js';
import {type DocSet, forEachDoc, intersect, size, union} from './doc-set.js';
import type {GramIndex} from './gram-index.js';
import {type DocHits, type FuseRecords, type StringHit, probeHits} from './match.js';
import {type Probe, probeErrors, termProbes} from './probe.js';
import type {ParsedQuery} from './query.js';
import {termQuality} from './scoring.js';

export type Searchable = {
	corpus: SearchCorpus;
	records: FuseRecords;
	index: GramIndex | null;
	scratch: Scratch | null;
};

/** Per matching program: the quality of each group, and every hit for highlighting. */
export type Matched = Map<number, {qualities: number[]; hits: StringHit[]}>;

type Planned = {probes: {probe: Probe; docs: DocSet}[]; docs: DocSet};

function plan(target: Searchable, probes: Probe[]): Planned {
	const {index, scratch} = target;
	const planned = probes.map((probe) => ({
		probe,
		docs: index && scratch ? probeCandidates(index, scratch, probe.text, probeErrors(probe)) : null,
	}));
	return {probes: planned, docs: union(planned.map((p) => p.docs))};
}

function hitsOf(target: Searchable, planned: Planned, alive: DocSet, useFuse: boolean): DocHits {
	const hits: DocHits = new Map();
	for (const {probe, docs} of planned.probes) {
		const within = intersect(docs, alive);
		if (within === null || within.length > 0)
			probeHits(target.corpus, target.records, probe, within, hits, useFuse);
	}
	return hits;
}

export function execute(target: Searchable, query: ParsedQuery, useFuse = false): Matched {
	const all = target.corpus.programs.length;
	const groups = query.groups.map((terms) => plan(target, terms.flatMap(termProbes)));
	let alive: DocSet = null;
	for (const group of groups) alive = intersect(alive, group.docs);
	const order = groups
		.map((_, i) => i)
		.sort((a, b) => size(groups[a]!.docs, all) - size(groups[b]!.docs, all));
	const matched: Matched = new Map();
	for (const g of order) {
		const hits = hitsOf(target, groups[g]!, alive, useFuse);
		const survivors: number[] = [];
		forEachDoc(alive, all, (d) => {
			const docHits = hits.get(d);
			if (!docHits) return;
			survivors.push(d);
			const entry = matched.get(d) ?? {qualities: [], hits: []};
			entry.qualities.push(termQuality(target.corpus, docHits));
			entry.hits.push(...docHits);
			matched.set(d, entry);
		});
		for (const d of [...matched.keys()]) if (!hits.has(d)) matched.delete(d);
		alive = Uint32Array.from(survivors);
	}
	if (groups.length === 0) forEachDoc(null, all, (d) => matched.set(d, {qualities: [], hits: []}));
	for (const term of query.exclude) {
		const excluded = hitsOf(target, plan(target, termProbes(term)), alive, false);
		for (const d of excluded.keys()) matched.delete(d);
	}
	return matched;
}
