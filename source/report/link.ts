// The same program across reports. Links join reports of one issuing body only.
// 'same': the names are equal once spacing, width and a trailing parenthetical
// are ignored (`特別支援学校の規模と配置の適性化(就業技術科・…)` ↔ `特別支援学校の規模と配置の適性化`);
// no fuzzy matching is allowed there, so a 'same' link is never a false positive.
// 'related': names that share a distinctive run of characters, with a score.
// Candidates come from a bigram index per body, so the work grows with the
// number of similar names, not with the square of the number of reports.
import type {Program, ProgramLink} from './model.js';

/** What linking reads and writes of a program. */
export type Linkable = Pick<Program, 'id' | 'no' | 'name' | 'fiscalYear' | 'links'>;
/** What linking reads of a report. */
export type LinkableReport = {body: string; programs: Linkable[]};

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

function link(to: Linkable, kind: ProgramLink['kind'], score: number): ProgramLink {
	return {fiscalYear: to.fiscalYear, no: to.no, id: to.id, kind, score};
}

type Name = {
	/** The core name's characters, as ids numbered per body from 0 (equal ids, equal characters). */
	core: number[];
	/** Ids of its distinct bigrams, in order of first occurrence. */
	grams: number[];
	programs: Linkable[];
};

/** The distinct names of one body, each with its programs, and the bigram index over them. */
function indexNames(reports: LinkableReport[]): {
	names: Name[];
	byBigram: number[][];
	characters: number;
} {
	const names: Name[] = [];
	const byKey = new Map<string, Name>();
	// Raw names repeat year after year: normalise each spelling once.
	const byRaw = new Map<string, Name>();
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
	for (const name of names)
		name.programs.sort((x, y) => y.fiscalYear - x.fiscalYear || x.no - y.no);
	return {names, byBigram, characters: charIds.size};
}

/** Buffers reused for every name of a body (shared and masks are all zero between names). */
type Scratch = {
	/** Per name: how many bigrams it shares with the current name. */
	shared: Int32Array;
	/** The names sharing any, in order of first shared bigram. */
	touched: Int32Array;
	/** Per character id: its bit positions in the current name (see maskedRun). */
	masks: Int32Array;
};

/**
 * The names most like `names[self]`, best first, with their scores. Candidates share
 * bigrams with it; a shared run of r characters means r - 1 shared bigrams, so names
 * sharing fewer than that for the threshold cannot score high enough. Only the names
 * sharing the most bigrams are compared character by character.
 */
function similarNames(
	names: Name[],
	byBigram: number[][],
	self: number,
	{shared, touched, masks}: Scratch,
): Array<{other: Name; score: number}> {
	const name = names[self] as Name;
	let count = 0; // touched[0, count): in order of first shared bigram, which breaks ties below
	for (const g of name.grams) {
		const list = byBigram[g] as number[];
		if (list.length > COMMON_BIGRAM) continue; // too common to tell programs apart
		for (const other of list) {
			if (other === self) continue;
			if (shared[other] === 0) touched[count++] = other;
			shared[other] = (shared[other] as number) + 1;
		}
	}
	const candidates: Array<{other: number; n: number}> = [];
	for (let k = 0; k < count; k++) {
		const other = touched[k] as number;
		const n = shared[other] as number;
		shared[other] = 0;
		const grams = (names[other] as Name).grams.length;
		if (n >= Math.max(2, RELATED_THRESHOLD * Math.min(name.grams.length, grams) - 1))
			candidates.push({other, n});
	}
	candidates.sort((x, y) => y.n - x.n); // stable: ties keep their order
	const similar: Array<{other: Name; score: number}> = [];
	if (candidates.length === 0) return similar;
	// The bit positions of this name's characters, for maskedRun (up to 32 characters).
	const bitParallel = name.core.length <= 32;
	if (bitParallel)
		for (const [j, c] of name.core.entries()) masks[c] = (masks[c] as number) | (1 << j);
	for (const {other} of candidates.slice(0, MAX_COMPARED)) {
		const o = names[other] as Name;
		const score = coreSimilarity(o.core, name.core, bitParallel ? masks : undefined);
		if (score >= RELATED_THRESHOLD) similar.push({other: o, score});
	}
	if (bitParallel) for (const c of name.core) masks[c] = 0;
	return similar.sort((x, y) => y.score - x.score);
}

function linkBody(reports: LinkableReport[]): void {
	// Work on distinct names: a body's reports repeat most names year after year.
	const {names, byBigram, characters} = indexNames(reports);
	const scratch: Scratch = {
		shared: new Int32Array(names.length),
		touched: new Int32Array(names.length),
		masks: new Int32Array(characters),
	};
	for (let self = 0; self < names.length; self++) {
		const name = names[self] as Name;
		const similar = similarNames(names, byBigram, self, scratch);
		// Most names are one program: no 'same' links, no need to count years.
		const years = new Map<number, number>();
		if (name.programs.length > 1)
			for (const q of name.programs) years.set(q.fiscalYear, (years.get(q.fiscalYear) ?? 0) + 1);
		for (const p of name.programs) {
			const links: ProgramLink[] = [];
			// Newest year first, as name.programs is sorted.
			for (const q of name.programs) {
				// Two programs of one year with the same name: ambiguous, so neither is 'same'.
				if (q.fiscalYear !== p.fiscalYear && years.get(q.fiscalYear) === 1)
					links.push(link(q, 'same', 1));
			}
			let related = 0;
			for (const {other, score} of similar) {
				for (const q of other.programs) {
					if (related === MAX_RELATED) break;
					if (q.fiscalYear === p.fiscalYear) continue;
					links.push(link(q, 'related', Math.min(score, 0.99)));
					related++;
				}
			}
			p.links = links;
		}
	}
}

/** Fills `links` of every program; reports of different issuing bodies never link. */
export function linkReports(reports: LinkableReport[]): void {
	const byBody = new Map<string, LinkableReport[]>();
	for (const r of reports) {
		const group = byBody.get(r.body);
		if (group) group.push(r);
		else byBody.set(r.body, [r]);
	}
	for (const group of byBody.values()) linkBody(group);
}
