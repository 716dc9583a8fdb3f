// The same program across reports. Links join reports of one issuing body only.
// 'same': the names are equal once spacing, width and a trailing parenthetical
// are ignored (`特別支援学校の規模と配置の適性化(就業技術科・…)` ↔ `特別支援学校の規模と配置の適性化`);
// no fuzzy matching is allowed there, so a 'same' link is never a false positive.
// 'related': names that share a distinctive run of characters, with a score.
// Candidates come from a bigram index per body, so the work grows with the
// number of similar names, not with the square of the number of reports.
import type {Program, ProgramLink} from './model.js';

/** What linking reads of a program. */
export type LinkName = Pick<Program, 'id' | 'no' | 'name' | 'fiscalYear'>;
/** A program that linking sets the links of (the default sink). */
export type Linkable = LinkName & Pick<Program, 'links'>;
/** What linking reads of a report. */
export type LinkableReport<P extends LinkName = Linkable> = {body: string; programs: P[]};

/** Only what linking reads of a report (a copy: to keep, or to post to the link worker). */
export function linkNames(report: LinkableReport<LinkName>): LinkableReport<LinkName> {
	return {
		body: report.body,
		programs: report.programs.map(({id, no, name, fiscalYear}) => ({id, no, name, fiscalYear})),
	};
}
/**
 * Where linking puts a program's links (`links` is reused after the call: copy it).
 * The default sets them on the program; the explorer packs them (./packed-links.ts).
 */
export type LinkSink<P extends LinkName> = (program: P, links: readonly ProgramLink[]) => void;

const setLinks: LinkSink<Linkable> = (program, links) => {
	// An exact copy: a pushed-to array keeps spare slots in the model.
	program.links = links.slice();
};

/** Distinct names linked per step of `linkSteps` (a few milliseconds). */
const NAMES_PER_STEP = 512;

const GENERIC_SUFFIX = /(?:の)?(?:支援|推進|促進|応援|強化|対策|緊急対策)*(?:事業|プロジェクト)?$/u;

/** The name used for 'same' links. */
export function sameKey(name: string): string {
	return name
		.normalize('NFKC')
		.toLowerCase()
		.replace(/\s+/g, '')
		.replace(/\([^()]*\)$/u, '')
		.replace(/[・･「」『』"'’]/gu, '');
}

/** The distinctive part of a name for 'related' links (generic endings like 支援事業 removed). */
export function coreName(name: string): string {
	return coreOfKey(sameKey(name));
}

/** `coreName` of a name whose `sameKey` is already known. */
function coreOfKey(key: string): string {
	const core = key.replace(GENERIC_SUFFIX, '');
	return core.length >= 2 ? core : key;
}

/** Code points of a text (names are compared by character, not UTF-16 unit). */
function codePoints(text: string): number[] {
	const out: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const code = text.codePointAt(i) ?? 0;
		out.push(code);
		if (code > 0xffff) i++;
	}
	return out;
}

/** Reused by `longestCommonRun`: one row of the run table, grown as needed. */
let runRow = new Int32Array(64);

/** Longest run of characters shared by `x` and `y` (one-row dynamic programming, no allocation). */
function longestCommonRun(x: number[], y: number[]): number {
	if (runRow.length <= y.length) runRow = new Int32Array(y.length * 2 + 1);
	const row = runRow;
	row.fill(0, 0, y.length + 1);
	let best = 0;
	for (let i = 0; i < x.length; i++) {
		const c = x[i];
		// Right to left, so row[j - 1] still holds the previous row's value.
		for (let j = y.length; j >= 1; j--) {
			if (y[j - 1] === c) {
				const run = (row[j - 1] as number) + 1;
				row[j] = run;
				if (run > best) best = run;
			} else row[j] = 0;
		}
	}
	return best;
}

/** Reused by `maskedRun`: per character of `x`, its match bits and the current run bits. */
let matchBits = new Int32Array(64);
let runBits = new Int32Array(64);

/**
 * `longestCommonRun(x, y)` for a `y` of at most 32 characters, given `masks`: for each
 * character id, the bits of its positions in `y`. Bit-parallel: after step k, bit j of
 * runBits[i] says a run of k characters ends at x[i] and y[j]; a name pair costs about
 * |x| × (run + 1) word operations instead of |x| × |y| table cells.
 */
function maskedRun(masks: Int32Array, x: number[]): number {
	const n = x.length;
	if (matchBits.length < n) {
		matchBits = new Int32Array(n * 2);
		runBits = new Int32Array(n * 2);
	}
	const match = matchBits;
	const run = runBits;
	let any = 0;
	for (let i = 0; i < n; i++) {
		const bits = masks[x[i] as number] as number;
		match[i] = bits;
		run[i] = bits;
		any |= bits;
	}
	let best = 0;
	while (any !== 0) {
		best++;
		any = 0;
		// Right to left, so run[i - 1] still holds the previous step's value.
		for (let i = n - 1; i >= 1; i--) {
			const bits = (match[i] as number) & ((run[i - 1] as number) << 1);
			run[i] = bits;
			any |= bits;
		}
		run[0] = 0;
	}
	return best;
}

/** Similarity of two names in [0, 1]: the longest shared run over the shorter core name. */
export function nameSimilarity(a: string, b: string): number {
	return coreSimilarity(codePoints(coreName(a)), codePoints(coreName(b)));
}

function coreSimilarity(ca: number[], cb: number[], masksOfB?: Int32Array): number {
	const shorter = Math.min(ca.length, cb.length);
	if (shorter === 0) return 0;
	const run = masksOfB ? maskedRun(masksOfB, ca) : longestCommonRun(ca, cb);
	return run < 3 ? 0 : Math.round((run / shorter) * 100) / 100;
}

export const RELATED_THRESHOLD = 0.4;
const MAX_RELATED = 5;
/** Candidate names compared per name (those sharing the most bigrams). */
const MAX_COMPARED = 24;
/** A bigram in more names than this (人材, 支援) says nothing about which are related. */
const COMMON_BIGRAM = 60;

function link(to: LinkName, kind: ProgramLink['kind'], score: number): ProgramLink {
	return {fiscalYear: to.fiscalYear, no: to.no, id: to.id, kind, score};
}

type Name<P extends LinkName> = {
	/** The core name's characters, as ids numbered per body from 0 (equal ids, equal characters). */
	core: number[];
	/** Ids of its distinct bigrams, in order of first occurrence. */
	grams: number[];
	programs: P[];
};

/** The distinct names of one body, each with its programs, and the bigram index over them. */
function indexNames<P extends LinkName>(
	reports: LinkableReport<P>[],
): {
	names: Name<P>[];
	byBigram: number[][];
	characters: number;
} {
	const names: Name<P>[] = [];
	const byKey = new Map<string, Name<P>>();
	// Raw names repeat year after year: normalise each spelling once.
	const byRaw = new Map<string, Name<P>>();
	// Small dense ids for characters keep bigram keys small integers, which a Map hashes
	// much faster than the large numbers a pair of code points makes.
	const charIds = new Map<number, number>();
	const gramIds = new Map<number, number>();
	const byBigram: number[][] = [];
	for (const report of reports) {
		for (const p of report.programs) {
			if (p.name === '') continue;
			let name = byRaw.get(p.name);
			if (!name) {
				const key = sameKey(p.name);
				name = byKey.get(key);
				if (!name) {
					const core = codePoints(coreOfKey(key));
					for (let i = 0; i < core.length; i++) {
						const code = core[i] as number;
						let id = charIds.get(code);
						if (id === undefined) {
							id = charIds.size;
							charIds.set(code, id);
						}
						core[i] = id;
					}
					name = {core, grams: [], programs: []};
					const index = names.length;
					for (let i = 0; i + 1 < core.length; i++) {
						const a = core[i] as number;
						const b = core[i + 1] as number;
						// A pair of ids as one number: below 2^30 (a small integer) while the ids
						// are below 2^15, above it otherwise (exact: ids are below 0x110000).
						const pair = a < 0x8000 && b < 0x8000 ? a * 0x8000 + b : 2 ** 30 + a * 0x110000 + b;
						let id = gramIds.get(pair);
						if (id === undefined) {
							id = byBigram.length;
							gramIds.set(pair, id);
							byBigram.push([]);
						}
						if (name.grams.includes(id)) continue;
						name.grams.push(id);
						(byBigram[id] as number[]).push(index);
					}
					names.push(name);
					byKey.set(key, name);
				}
				byRaw.set(p.name, name);
			}
			name.programs.push(p);
		}
	}
	for (const {programs} of names) sortPrograms(programs);
	return {names, byBigram, characters: charIds.size};
}

const programOrder = (x: LinkName, y: LinkName) => y.fiscalYear - x.fiscalYear || x.no - y.no;

/** Newest year first, then by number; stable. */
function sortPrograms(programs: LinkName[]): void {
	// Most names have a few programs: an insertion sort, as stable as `sort` but without
	// the copy `sort` makes of every array (even one already in order).
	if (programs.length > 16) {
		programs.sort(programOrder);
		return;
	}
	for (let i = 1; i < programs.length; i++) {
		const p = programs[i] as LinkName;
		let at = i;
		while (at > 0 && programOrder(programs[at - 1] as LinkName, p) > 0) {
			programs[at] = programs[at - 1] as LinkName;
			at--;
		}
		programs[at] = p;
	}
}

/** Buffers reused for every name of a body (shared, masks and byShare are all zero between names). */
type Scratch = {
	/** Per name: how many bigrams it shares with the current name. */
	shared: Int32Array;
	/** The names sharing any, in order of first shared bigram. */
	touched: Int32Array;
	/** Per character id: its bit positions in the current name (see maskedRun). */
	masks: Int32Array;
	/** The candidates (names sharing enough bigrams) in touched order, and their counts. */
	candidates: Int32Array;
	counts: Int32Array;
	/** Per shared count: how many candidates have it, then where the next one goes. */
	byShare: Int32Array;
	/** The best candidates, most shared bigrams first (ties in touched order). */
	compared: Int32Array;
	/** similarNames' answer: names and scores, best first. */
	similar: Int32Array;
	scores: Float64Array;
};

function scratchFor(names: Name<LinkName>[], characters: number): Scratch {
	let grams = 0;
	for (const name of names) grams = Math.max(grams, name.grams.length);
	return {
		shared: new Int32Array(names.length),
		touched: new Int32Array(names.length),
		masks: new Int32Array(characters),
		candidates: new Int32Array(names.length),
		counts: new Int32Array(names.length),
		byShare: new Int32Array(grams + 1),
		compared: new Int32Array(MAX_COMPARED),
		similar: new Int32Array(MAX_COMPARED),
		scores: new Float64Array(MAX_COMPARED),
	};
}

/**
 * The names most like `names[self]`, best first, with their scores, written to
 * `scratch.similar` and `scratch.scores`; returns how many. Candidates share bigrams
 * with it; a shared run of r characters means r - 1 shared bigrams, so names sharing
 * fewer than that for the threshold cannot score high enough. Only the names sharing
 * the most bigrams are compared character by character.
 */
function similarNames(
	names: Name<LinkName>[],
	byBigram: number[][],
	self: number,
	scratch: Scratch,
): number {
	const {shared, touched, masks, candidates, counts, byShare, compared, similar, scores} = scratch;
	const name = names[self] as Name<LinkName>;
	let count = 0; // touched[0, count): in order of first shared bigram, which breaks ties below
	// Indexed loops here: an iterator's result objects were most of this function's garbage
	// before it was optimised.
	for (let i = 0; i < name.grams.length; i++) {
		const list = byBigram[name.grams[i] as number] as number[];
		if (list.length > COMMON_BIGRAM) continue; // too common to tell programs apart
		for (let j = 0; j < list.length; j++) {
			const other = list[j] as number;
			if (other === self) continue;
			if (shared[other] === 0) touched[count++] = other;
			shared[other] = (shared[other] as number) + 1;
		}
	}
	// A name shares at most its own bigrams: counts are in [1, name.grams.length].
	const most = name.grams.length;
	let found = 0;
	for (let k = 0; k < count; k++) {
		const other = touched[k] as number;
		const n = shared[other] as number;
		shared[other] = 0;
		const grams = (names[other] as Name<LinkName>).grams.length;
		if (n >= Math.max(2, RELATED_THRESHOLD * Math.min(most, grams) - 1)) {
			candidates[found] = other;
			counts[found++] = n;
			byShare[n] = (byShare[n] as number) + 1;
		}
	}
	if (found === 0) return 0;
	// The best MAX_COMPARED by shared count, ties in touched order: a counting sort (a
	// stable sort of {other, n} objects allocated more than the rest of linking).
	let next = 0;
	for (let n = most; n >= 1; n--) {
		const size = byShare[n] as number;
		byShare[n] = next;
		next += size;
	}
	const best = Math.min(found, MAX_COMPARED);
	for (let k = 0; k < found; k++) {
		const n = counts[k] as number;
		const at = byShare[n] as number;
		byShare[n] = at + 1;
		if (at < best) compared[at] = candidates[k] as number;
	}
	byShare.fill(0, 0, most + 1);
	// The bit positions of this name's characters, for maskedRun (up to 32 characters).
	const core = name.core;
	const bitParallel = core.length <= 32;
	if (bitParallel)
		for (let j = 0; j < core.length; j++) {
			const c = core[j] as number;
			masks[c] = (masks[c] as number) | (1 << j);
		}
	// Kept best score first by insertion (stable: after the equal scores already in).
	let size = 0;
	for (let k = 0; k < best; k++) {
		const other = compared[k] as number;
		const score = coreSimilarity(
			(names[other] as Name<LinkName>).core,
			core,
			bitParallel ? masks : undefined,
		);
		if (score < RELATED_THRESHOLD) continue;
		let at = size++;
		while (at > 0 && (scores[at - 1] as number) < score) {
			scores[at] = scores[at - 1] as number;
			similar[at] = similar[at - 1] as number;
			at--;
		}
		scores[at] = score;
		similar[at] = other;
	}
	if (bitParallel) for (let j = 0; j < core.length; j++) masks[core[j] as number] = 0;
	return size;
}

function* linkBody<P extends LinkName>(
	reports: LinkableReport<P>[],
	sink: LinkSink<P>,
): Generator<void> {
	// Work on distinct names: a body's reports repeat most names year after year.
	const {names, byBigram, characters} = indexNames(reports);
	const scratch = scratchFor(names, characters);
	const {similar, scores} = scratch;
	const years = new Map<number, number>();
	const links: ProgramLink[] = [];
	for (let self = 0; self < names.length; self++) {
		if (self % NAMES_PER_STEP === NAMES_PER_STEP - 1) yield;
		const name = names[self] as Name<P>;
		const size = similarNames(names, byBigram, self, scratch);
		// Most names are one program: no 'same' links, no need to count years.
		const programs = name.programs;
		if (programs.length > 1) {
			years.clear();
			for (const q of programs) years.set(q.fiscalYear, (years.get(q.fiscalYear) ?? 0) + 1);
		}
		for (const p of programs) {
			links.length = 0;
			// Newest year first, as name.programs is sorted.
			if (programs.length > 1)
				for (const q of programs) {
					// Two programs of one year with the same name: ambiguous, so neither is 'same'.
					if (q.fiscalYear !== p.fiscalYear && years.get(q.fiscalYear) === 1)
						links.push(link(q, 'same', 1));
				}
			let related = 0;
			for (let k = 0; k < size; k++) {
				const score = Math.min(scores[k] as number, 0.99);
				for (const q of (names[similar[k] as number] as Name<P>).programs) {
					if (related === MAX_RELATED) break;
					if (q.fiscalYear === p.fiscalYear) continue;
					links.push(link(q, 'related', score));
					related++;
				}
			}
			sink(p, links);
		}
	}
}

/**
 * Links every program, giving each one's links to `sink`, in steps of a few
 * milliseconds (yielding between them); reports of different issuing bodies never link.
 */
export function* linkSteps<P extends LinkName>(
	reports: LinkableReport<P>[],
	sink: LinkSink<P>,
): Generator<void> {
	const byBody = new Map<string, LinkableReport<P>[]>();
	for (const r of reports) {
		const group = byBody.get(r.body);
		if (group) group.push(r);
		else byBody.set(r.body, [r]);
	}
	for (const group of byBody.values()) {
		yield* linkBody(group, sink);
		yield;
	}
}

/** Sets `links` of every program, all at once. */
export function linkReports(reports: LinkableReport[]): void {
	const steps = linkSteps(reports, setLinks);
	while (!steps.next().done);
}
