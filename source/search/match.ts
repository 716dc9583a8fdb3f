// Verifies probes on the field strings of candidate programs. Fuzzy probes are scored by
// fuse.js on a sub-index holding only the candidates' strings; exact probes by indexOf,
// which yields what fuse.js yields for a zero-error pattern (score 0 for the whole
// string, 0.001 for a substring, every occurrence highlighted) at a fraction of the cost.
import Fuse, {type FuseIndexStringRecord, type IFuseOptions} from 'fuse.js';
import type {SearchCorpus} from './corpus.js';
import {type DocSet, forEachDoc} from './doc-set.js';
import {FUZZY_THRESHOLD, type Probe, probeErrors} from './probe.js';
import type {Range} from './types.js';

/** A probe found in one field string: fuse-style score and ranges on the normalised copy. */
export type StringHit = {id: number; score: number; ranges: Range[]};

/** Program index → its hits for one term. */
export type DocHits = Map<number, StringHit[]>;

export const FUSE_OPTIONS: IFuseOptions<string> = {
	isCaseSensitive: true,
	ignoreLocation: true,
	ignoreFieldNorm: true,
	threshold: FUZZY_THRESHOLD,
	includeScore: true,
	includeMatches: true,
	minMatchCharLength: 1,
	shouldSort: false,
};

/** fuse.js's score for a zero-error match. */
const SUBSTRING_SCORE = 0.001;

export type FuseRecords = FuseIndexStringRecord[];

export function buildFuseRecords(corpus: SearchCorpus): FuseRecords {
	return corpus.normalized.map((v, i) => ({v, i, n: 1}));
}

function add(into: DocHits, doc: number, hit: StringHit): void {
	const list = into.get(doc);
	if (list) list.push(hit);
	else into.set(doc, [hit]);
}

function occurrences(text: string, needle: string): Range[] {
	const ranges: Range[] = [];
	let at = text.indexOf(needle);
	while (at >= 0) {
		ranges.push([at, at + needle.length]);
		at = text.indexOf(needle, at + needle.length);
	}
	return ranges;
}

function nameHit(text: string, probe: Probe): Range | null {
	const {text: needle, where} = probe;
	if (where === 'prefix' && text.startsWith(needle)) return [0, needle.length];
	if (where === 'suffix' && text.endsWith(needle))
		return [text.length - needle.length, text.length];
	if (where === 'equal' && text === needle) return [0, text.length];
	return null;
}

/** Exact probes (no errors), and the name-anchored ones. */
export function exactHits(corpus: SearchCorpus, probe: Probe, docs: DocSet, into: DocHits): void {
	const {normalized, docStart} = corpus;
	forEachDoc(docs, corpus.programs.length, (d) => {
		const first = docStart[d]!;
		if (probe.where !== 'any') {
			const range = nameHit(normalized[first]!, probe);
			if (range)
				add(into, d, {
					id: first,
					score: range[1] - range[0] === normalized[first]!.length ? 0 : SUBSTRING_SCORE,
					ranges: [range],
				});
			return;
		}
		for (let id = first; id < docStart[d + 1]!; id += 1) {
			const text = normalized[id]!;
			const ranges = occurrences(text, probe.text);
			if (ranges.length > 0)
				add(into, d, {id, score: text === probe.text ? 0 : SUBSTRING_SCORE, ranges});
		}
	});
}

/** Fuzzy probes through fuse.js, restricted to the strings of `docs`. */
export function fuzzyHits(
	corpus: SearchCorpus,
	records: FuseRecords,
	probe: Probe,
	docs: DocSet,
	into: DocHits,
): void {
	let subset = records;
	if (docs !== null) {
		subset = [];
		for (const d of docs) {
			for (let id = corpus.docStart[d]!; id < corpus.docStart[d + 1]!; id += 1)
				subset.push(records[id]!);
		}
	}
	const index = Fuse.parseIndex<string>({keys: [], records: subset});
	const fuse = new Fuse(corpus.normalized, FUSE_OPTIONS, index);
	for (const result of fuse.search(probe.text)) {
		const id = result.refIndex;
		const ranges: Range[] = (result.matches?.[0]?.indices ?? []).map(([s, e]) => [s, e + 1]);
		add(into, corpus.doc[id]!, {id, score: result.score ?? 1, ranges});
	}
}

/**
 * All hits of one probe among `docs`. `useFuse` sends zero-error fuzzy probes (1–3
 * characters) through fuse.js too: the reference path that the shortcut is tested against.
 */
export function probeHits(
	corpus: SearchCorpus,
	records: FuseRecords,
	probe: Probe,
	docs: DocSet,
	into: DocHits,
	useFuse = false,
): void {
	if (probe.fuzzy && probe.where === 'any' && (useFuse || probeErrors(probe) > 0))
		fuzzyHits(corpus, records, probe, docs, into);
	else exactHits(corpus, probe, docs, into);
}
