// The lineages of one issuing body: every pair of its programs of different years that
// shares something worth a link, scored (lineage-score.ts), then made one to one for
// counterparts within each pair of years. A body's reports repeat most names and
// summaries year after year, so the words are weighed once per distinct text, and only
// candidate pairs are scored: a pair whose names agree to less than NAME_MIN and whose
// summaries agree to less than SUMMARY_MIN scores nothing, unless the names are the same
// or one is named in the other's text. The result equals scoring every pair with a
// vector per program (`plain`: test/report/lineage-body.test.ts).
import {IntList} from './int-list.js';
import {
	cosine,
	type Evidence,
	round2,
	evidenceMaker,
	type LineageFacts,
	type Vectors,
	weigh,
} from './lineage-evidence.js';
import {
	type Agreement,
	demoted,
	KINDS,
	kindOf,
	MENTION_MIN,
	NAME_MIN,
	NO_LINK,
	SUMMARY_MIN,
	scorePair,
	strength,
} from './lineage-score.js';

/**
 * Links grouped by program, kept in typed arrays (25,000 programs have ~300,000 links;
 * as objects they would take tens of MB, while a view looks at one program's): program
 * i's links are at starts[i] … starts[i + 1] − 1, best first (counterparts, then by score).
 */
export type PackedLinks = {
	starts: Int32Array<ArrayBuffer>;
	/** The other program's index (in the body, or among all programs once joined). */
	others: Int32Array<ArrayBuffer>;
	/** The link's figures (lineage-score.ts, encodeLink). */
	codes: Int32Array<ArrayBuffer>;
};

/**
 * Several groups' links as one: `at` gives each group's programs' indices among all
 * `programs` (a group's own index i is all programs' `at[i]`).
 */
export function joinPacked(
	groups: ReadonlyArray<{packed: PackedLinks; at: ArrayLike<number>}>,
	programs: number,
): PackedLinks {
	const counts = new Int32Array(programs + 1);
	for (const {packed, at} of groups)
		for (let i = 0; i + 1 < packed.starts.length; i++)
			counts[at[i]! + 1] = packed.starts[i + 1]! - packed.starts[i]!;
	for (let p = 0; p < programs; p++) counts[p + 1] = counts[p + 1]! + counts[p]!;
	const starts = counts;
	const others = new Int32Array(starts[programs]!);
	const codes = new Int32Array(others.length);
	for (const {packed, at} of groups)
		for (let i = 0; i + 1 < packed.starts.length; i++) {
			let to = starts[at[i]!]!;
			for (let k = packed.starts[i]!; k < packed.starts[i + 1]!; k++) {
				others[to] = at[packed.others[k]!]!;
				codes[to++] = packed.codes[k]!;
			}
		}
	return {starts, others, codes};
}

/** The most bytes a body's agreements of one kind are kept in as a dense table (4 MB). */
const DENSE_PAIRS = 4 * 2 ** 20;

/** Thresholds just below the two-place ones, so that float rounding never loses a pair. */
const SUMMARY_BOUND = SUMMARY_MIN - 0.006;
const NAME_BOUND = NAME_MIN - 0.006;

/** How linkBody works a body out. */
export type LinkBodyOptions = {
	/** Score every pair of programs of different years, each with its own vectors (the slow twin). */
	plain?: boolean;
	/** The most bytes of agreements kept as a table (tests make it 0: a Map). */
	densePairs?: number;
};

/** Every program's links within one body (facts in the body's order). */
export function linkBody(
	facts: readonly LineageFacts[],
	{plain = false, densePairs = DENSE_PAIRS}: LinkBodyOptions = {},
): PackedLinks {
	const evidence = facts.map(evidenceMaker());
	const names = new Texts(
		evidence.map((e) => e.nameWords),
		!plain,
		densePairs,
	);
	const summaries = new Texts(
		evidence.map((e) => e.summaryWords),
		!plain,
		densePairs,
	);
	const agreement: Agreement = {
		name: (i, j) => names.agreement(i, j),
		summary: (i, j) => summaries.agreement(i, j),
	};
	const years = facts.map((f) => f.fiscalYear);
	const later = plain ? everyLater(years) : candidates(evidence, names, summaries, years);
	const scored = scoreAll(evidence, agreement, later, years);
	const {pairs, starts} = scored.byYears();
	const kept = new Links(2 * scored.count);
	const taken = new Int32Array(facts.length).fill(-1);
	for (let turn = 0; turn + 1 < starts.length; turn++)
		oneToOne(pairs.subarray(starts[turn]! * 3, starts[turn + 1]! * 3), kept, taken, turn);
	return kept.grouped(facts.length);
}

/** Every candidate pair scored (a function of its own: V8 compiles its hot loop alone). */
function scoreAll(
	evidence: readonly Evidence[],
	agreement: Agreement,
	later: (older: number) => ArrayLike<number>,
	years: readonly number[],
): Scored {
	const scored = new Scored(evidence.length);
	for (let older = 0; older < evidence.length; older++) {
		const newer = later(older);
		for (let k = 0; k < newer.length; k++) {
			const code = scorePair(evidence, agreement, older, newer[k]!);
			if (code !== NO_LINK)
				scored.add(older, newer[k]!, years[older]! * 100_000 + years[newer[k]!]!, code);
		}
	}
	return scored;
}

/**
 * Pairs as they are scored (older, newer, code), in typed arrays that grow: a body scores
 * thousands, kept until its links are made (as lists of numbers they were most of what a
 * body allocated).
 */
class Scored {
	readonly #pairs: IntList;
	/** Each pair's pair of years, as its group (numbered in the order first scored). */
	readonly #groups: IntList;
	readonly #groupOf = new Map<number, number>();

	constructor(programs: number) {
		this.#groups = new IntList(programs * 4);
		this.#pairs = new IntList(programs * 12);
	}

	/** How many pairs were scored. */
	get count(): number {
		return this.#groups.length;
	}

	/** `years`: the pair of years, as one number. */
	add(older: number, newer: number, years: number, code: number): void {
		let group = this.#groupOf.get(years);
		if (group === undefined) {
			group = this.#groupOf.size;
			this.#groupOf.set(years, group);
		}
		this.#pairs.push2(older, newer);
		this.#pairs.push(code);
		this.#groups.push(group);
	}

	/**
	 * The pairs grouped by pair of years (the groups in the order first scored, each one's
	 * pairs in the order scored): group g's pairs are `pairs` from starts[g] × 3 to
	 * starts[g + 1] × 3.
	 */
	byYears(): {pairs: Int32Array; starts: Int32Array} {
		const groups = this.#groups.view();
		const from = this.#pairs.view();
		const starts = new Int32Array(this.#groupOf.size + 1);
		for (let k = 0; k < groups.length; k++) {
			const g = groups[k]! + 1;
			starts[g] = starts[g]! + 1;
		}
		for (let g = 1; g < starts.length; g++) starts[g] = starts[g]! + starts[g - 1]!;
		const fill = starts.slice(0, starts.length - 1);
		const pairs = new Int32Array(from.length);
		for (let k = 0; k < groups.length; k++) {
			const g = groups[k]!;
			const to = fill[g]! * 3;
			fill[g] = fill[g]! + 1;
			pairs[to] = from[k * 3]!;
			pairs[to + 1] = from[k * 3 + 1]!;
			pairs[to + 2] = from[k * 3 + 2]!;
		}
		return {pairs, starts};
	}
}

/** Links as they are kept, two per pair (one each way), in arrays of a known capacity. */
class Links {
	readonly from: Int32Array;
	readonly to: Int32Array;
	readonly codes: Int32Array;
	count = 0;

	constructor(capacity: number) {
		this.from = new Int32Array(capacity);
		this.to = new Int32Array(capacity);
		this.codes = new Int32Array(capacity);
	}

	add(a: number, b: number, code: number): void {
		const k = this.count;
		this.from[k] = a;
		this.to[k] = b;
		this.codes[k] = code;
		this.from[k + 1] = b;
		this.to[k + 1] = a;
		this.codes[k + 1] = code;
		this.count = k + 2;
	}

	/** Grouped by program, best first (ties in the order they were kept). */
	grouped(programs: number): PackedLinks {
		const n = this.count;
		const starts = new Int32Array(programs + 1);
		for (let k = 0; k < n; k++) {
			const p = this.from[k]! + 1;
			starts[p] = starts[p]! + 1;
		}
		for (let p = 0; p < programs; p++) starts[p + 1] = starts[p + 1]! + starts[p]!;
		const fill = starts.slice(0, programs);
		const order = new Int32Array(n);
		for (let k = 0; k < n; k++) {
			const p = this.from[k]!;
			order[fill[p]!] = k;
			fill[p] = fill[p]! + 1;
		}
		// Each program's few links sorted in place (insertion: no allocation).
		const key = (k: number) => strength(this.codes[k]!);
		for (let p = 0; p < programs; p++) {
			const first = starts[p]!;
			for (let i = first + 1; i < starts[p + 1]!; i++) {
				const link = order[i]!;
				let j = i - 1;
				while (j >= first && key(order[j]!) > key(link)) {
					order[j + 1] = order[j]!;
					j--;
				}
				order[j + 1] = link;
			}
		}
		const others = new Int32Array(n);
		const codes = new Int32Array(n);
		for (let i = 0; i < n; i++) {
			const link = order[i]!;
			others[i] = this.to[link]!;
			codes[i] = this.codes[link]!;
		}
		return {starts, others, codes};
	}
}

/**
 * One counterpart per program and year: the strongest first (a merged program may join
 * one that has its own). `pairs`: older, newer, code, … in the order they were scored.
 * `taken`: per program, the `turn` it was taken in (a table shared by a body's calls).
 */
function oneToOne(pairs: Int32Array, kept: Links, taken: Int32Array, turn: number): void {
	// Related links first, so that among equal scores they come before counterparts kept
	// as related; then the strongest counterparts; ties in the order scored. Each pair's
	// place as one number (order, then its index), so the sort needs no comparator.
	const order = new Float64Array(pairs.length / 3);
	for (let n = 0; n < order.length; n++) {
		const code = pairs[n * 3 + 2]!;
		const rank = strength(code) - (kindOf(code) === 'related' ? KINDS.length * 128 : 0);
		order[n] = (rank + RANK_OFFSET) * 2 ** 32 + n;
	}
	order.sort();
	for (let n = 0; n < order.length; n++) {
		const place = order[n]!;
		const k = (place % 2 ** 32) * 3;
		const older = pairs[k]!;
		const newer = pairs[k + 1]!;
		let link = pairs[k + 2]!;
		const kind = kindOf(link);
		if (kind !== 'related') {
			const free =
				kind === 'merged' ? taken[older] !== turn : taken[older] !== turn && taken[newer] !== turn;
			if (!free) {
				if (kind === 'same') continue; // two 'same' for one program: ambiguous, and the first wins
				link = demoted(link);
			} else {
				taken[older] = turn;
				if (kind !== 'merged') taken[newer] = turn;
			}
		}
		kept.add(older, newer, link);
	}
}

/** Makes every rank of oneToOne's order positive (ranks are above −KINDS.length × 128). */
const RANK_OFFSET = KINDS.length * 128;

/** Every later program, for each program (the plain twin). */
function everyLater(years: readonly number[]): (older: number) => number[] {
	return (older) => {
		const out: number[] = [];
		for (let j = 0; j < years.length; j++) if (years[j]! > years[older]!) out.push(j);
		return out;
	};
}

/**
 * A body's distinct texts of one kind (names or summaries), their words weighted by
 * rarity over the body's programs, and how well two programs' texts agree.
 */
class Texts {
	/** Per program: its text's index among the distinct texts. */
	readonly of: Int32Array;
	/** Per distinct text t: the programs that have it, ascending, at holders[holderStarts[t] …]. */
	readonly holders: Int32Array;
	readonly holderStarts: Int32Array;
	readonly vectors: Vectors;
	/** How many distinct texts. */
	readonly count: number;
	readonly words: number;
	/**
	 * Agreements worked out, in hundredths (−1: not yet), for each pair of distinct texts:
	 * dense while that takes at most DENSE_PAIRS bytes, else in a Map.
	 */
	readonly #dense: Int8Array | null;
	readonly #sparse = new Map<number, number>();

	/** `shared`: one vector per distinct text (false: one per program, the plain twin's). */
	constructor(texts: readonly string[], shared: boolean, densePairs: number) {
		const index = new Map<string, number>();
		this.of = new Int32Array(texts.length);
		const distinct: string[] = [];
		const copies: number[] = [];
		for (let program = 0; program < texts.length; program++) {
			const text = texts[program]!;
			let at = shared ? index.get(text) : undefined;
			if (at === undefined) {
				at = distinct.length;
				index.set(text, at);
				distinct.push(text);
				copies.push(0);
			}
			this.of[program] = at;
			copies[at] = copies[at]! + 1;
		}
		this.holderStarts = new Int32Array(distinct.length + 1);
		for (let t = 0; t < distinct.length; t++)
			this.holderStarts[t + 1] = this.holderStarts[t]! + copies[t]!;
		const fill = this.holderStarts.slice(0, distinct.length);
		this.holders = new Int32Array(texts.length);
		for (let program = 0; program < texts.length; program++) {
			const at = this.of[program]!;
			this.holders[fill[at]!] = program;
			fill[at] = fill[at]! + 1;
		}
		const {vectors, words} = weigh(distinct, copies);
		this.vectors = vectors;
		this.count = distinct.length;
		this.words = words;
		const n = distinct.length;
		this.#dense = n * n <= densePairs ? new Int8Array(n * n).fill(-1) : null;
	}

	/** The cosine of two programs' texts in hundredths (the same number for the same texts). */
	agreement(i: number, j: number): number {
		const a = this.of[i]!;
		const b = this.of[j]!;
		const key = a < b ? a * this.count + b : b * this.count + a;
		const dense = this.#dense;
		let hundredths = dense ? dense[key]! : (this.#sparse.get(key) ?? -1);
		if (hundredths < 0) {
			hundredths = Math.round(cosine(this.vectors, a, b) * 100);
			if (dense) dense[key] = hundredths;
			else this.#sparse.set(key, hundredths);
		}
		return hundredths;
	}

	/**
	 * For each distinct text, the distinct texts that may agree with it to `bound` or more
	 * (itself included): dot products accumulated over the words' postings.
	 */
	near(bound: number): Near {
		const n = this.count;
		const {starts: from, ids, weights: vectorWeights} = this.vectors;
		const frequency = new Int32Array(this.words);
		for (let k = 0; k < from[n]!; k++) frequency[ids[k]!] = frequency[ids[k]!]! + 1;
		const starts = new Int32Array(this.words + 1);
		for (let w = 0; w < this.words; w++) starts[w + 1] = starts[w]! + frequency[w]!;
		const fill = starts.slice(0, this.words);
		const docs = new Int32Array(starts[this.words]!);
		const weights = new Float64Array(docs.length);
		for (let doc = 0; doc < n; doc++)
			for (let k = from[doc]!; k < from[doc + 1]!; k++) {
				const id = ids[k]!;
				const at = fill[id]!;
				fill[id] = at + 1;
				docs[at] = doc;
				weights[at] = vectorWeights[k]!;
			}
		const postings: Postings = {starts, docs, weights};
		const sums = new Float64Array(n);
		const touched = new Int32Array(n);
		const dense = this.#dense;
		if (dense) {
			dense.fill(0);
			for (let doc = 0; doc < n; doc++) dense[doc * n + doc] = -1; // a text with itself: worked out when asked
		}
		// Pairs of near texts, each way: (text, near text), ….
		const pairs = new IntList(n * 8);
		for (let doc = 0; doc < n; doc++) {
			// Each text is near itself (unless it has no words).
			if (from[doc + 1]! > from[doc]!) pairs.push2(doc, doc);
			const count = accumulate(doc, this.vectors, postings, sums, touched);
			// The sums are the cosines, added in the same order (ascending word ids): every
			// pair's agreement is known now, and a pair not touched shares no word.
			const row = doc * n;
			for (let t = 0; t < count; t++) {
				const other = touched[t]!;
				if (dense) dense[row + other] = Math.round(round2(sums[other]!) * 100);
				if (sums[other]! >= bound) {
					pairs.push2(doc, other);
					pairs.push2(other, doc);
				}
				sums[other] = 0;
			}
		}
		return nearOf(pairs.view(), n);
	}
}

/** Per word w: the texts that have it, ascending, and its weight in each, at starts[w] …. */
type Postings = {starts: Int32Array; docs: Int32Array; weights: Float64Array};

/**
 * Adds text `doc`'s products with each later text that shares a word into `sums`, in
 * ascending word ids; returns how many texts it touched, listed in `touched`. (A function
 * of its own: V8 compiles this loop alone, not Texts.near half-run.)
 */
function accumulate(
	doc: number,
	vectors: Vectors,
	postings: Postings,
	sums: Float64Array,
	touched: Int32Array,
): number {
	const {starts, docs, weights} = postings;
	let count = 0;
	for (let k = vectors.starts[doc]!; k < vectors.starts[doc + 1]!; k++) {
		const id = vectors.ids[k]!;
		const weight = vectors.weights[k]!;
		// Postings ascend by text: only the later texts, each pair once.
		for (let p = starts[id + 1]! - 1; p >= starts[id]!; p--) {
			const other = docs[p]!;
			if (other <= doc) break;
			if (sums[other] === 0) touched[count++] = other;
			sums[other] = sums[other]! + weight * weights[p]!;
		}
	}
	return count;
}

/** Per distinct text t: the texts near it, at texts[starts[t] …] (in no particular order). */
type Near = {starts: Int32Array; texts: Int32Array};

/** Near texts from their pairs (text, near text, …). */
function nearOf(pairs: Int32Array, n: number): Near {
	const starts = new Int32Array(n + 1);
	for (let k = 0; k < pairs.length; k += 2) starts[pairs[k]! + 1] = starts[pairs[k]! + 1]! + 1;
	for (let t = 0; t < n; t++) starts[t + 1] = starts[t + 1]! + starts[t]!;
	const fill = starts.slice(0, n);
	const texts = new Int32Array(pairs.length / 2);
	for (let k = 0; k < pairs.length; k += 2) {
		const t = pairs[k]!;
		texts[fill[t]!] = pairs[k + 1]!;
		fill[t] = fill[t]! + 1;
	}
	return {starts, texts};
}

/** Adds every program that has a text near the program's. */
function addNear(texts: Texts, near: Near, program: number, add: (other: number) => void): void {
	const text = texts.of[program]!;
	for (let t = near.starts[text]!; t < near.starts[text + 1]!; t++) {
		const other = near.texts[t]!;
		for (let h = texts.holderStarts[other]!; h < texts.holderStarts[other + 1]!; h++)
			add(texts.holders[h]!);
	}
}

/** The later programs each program may link with, ascending. */
function candidates(
	evidence: readonly Evidence[],
	names: Texts,
	summaries: Texts,
	years: readonly number[],
): (older: number) => ArrayLike<number> & Iterable<number> {
	const nearNames = names.near(NAME_BOUND);
	const nearSummaries = summaries.near(SUMMARY_BOUND);
	const sameName = new Map<string, number[]>();
	for (let i = 0; i < evidence.length; i++) {
		const e = evidence[i]!;
		if (e.key === '') continue;
		const list = sameName.get(e.key);
		if (list) list.push(i);
		else sameName.set(e.key, [i]);
	}
	const named = new Mentions(evidence);
	const seen = new Int32Array(evidence.length).fill(-1);
	// One buffer for every program's list (a list is read before the next is asked for).
	const out = new Int32Array(evidence.length);
	let count = 0;
	let older = 0;
	const add = (j: number) => {
		if (seen[j] === older || years[j]! <= years[older]!) return;
		seen[j] = older;
		out[count++] = j;
	};
	return (program) => {
		older = program;
		count = 0;
		addNear(names, nearNames, older, add);
		addNear(summaries, nearSummaries, older, add);
		const same = sameName.get(evidence[older]!.key);
		if (same) for (let k = 0; k < same.length; k++) add(same[k]!);
		named.of(older, add);
		return out.subarray(0, count).sort();
	};
}

/**
 * The programs whose text may name a program (scorePair checks it): those whose text has
 * the first and the last two characters of its name.
 */
class Mentions {
	readonly #evidence: readonly Evidence[];
	readonly #postings = new Map<number, number[]>();

	constructor(evidence: readonly Evidence[]) {
		this.#evidence = evidence;
		const wanted = new Set<number>();
		const first = new Uint8Array(0x4000);
		for (const e of evidence) {
			if (e.mentionKey.length < MENTION_MIN) continue;
			for (const pair of ends(e.mentionKey)) {
				wanted.add(pair);
				first[text0(pair)] = 1;
			}
		}
		if (wanted.size === 0) return;
		// Texts repeat: each distinct one is read once.
		const read = new Map<string, number[]>();
		for (let doc = 0; doc < evidence.length; doc++) {
			const e = evidence[doc]!;
			const known = read.get(e.text);
			if (known) {
				for (let k = 0; k < known.length; k++) this.#postings.get(known[k]!)?.push(doc);
				continue;
			}
			const pairs: number[] = [];
			const text = e.text;
			for (let i = 0; i + 1 < text.length; i++) {
				const c = text.charCodeAt(i);
				if (first[c & 0x3fff] === 0) continue;
				const pair = pairKey(c, text.charCodeAt(i + 1));
				if (!wanted.has(pair)) continue;
				const list = this.#postings.get(pair);
				if (!list) this.#postings.set(pair, [doc]);
				else if (list[list.length - 1] !== doc) list.push(doc);
				else continue;
				pairs.push(pair);
			}
			read.set(text, pairs);
		}
	}

	of(doc: number, add: (other: number) => void): void {
		const key = this.#evidence[doc]!.mentionKey;
		if (key.length < MENTION_MIN) return;
		const [head, tail] = ends(key);
		// Both lists ascend: a merge finds the texts with both.
		const a = this.#postings.get(head) ?? [];
		const b = this.#postings.get(tail) ?? [];
		for (let i = 0, j = 0; i < a.length && j < b.length; ) {
			const x = a[i]!;
			const y = b[j]!;
			if (x === y) {
				add(x);
				i++;
				j++;
			} else if (x < y) i++;
			else j++;
		}
	}
}

/**
 * Two UTF-16 units as one small integer (30 bits, so V8 keeps it unboxed): the first
 * unit's top two bits are dropped, so a few pairs share a key, which only makes an extra
 * candidate (the text itself is checked).
 */
const pairKey = (first: number, second: number) => ((first & 0x3fff) << 16) | second;
/** The first unit (its low 14 bits) of a pair's key. */
const text0 = (key: number) => key >>> 16;

/** A text's first and last two UTF-16 units, each as one number. */
function ends(text: string): [number, number] {
	const pair = (i: number) => pairKey(text.charCodeAt(i), text.charCodeAt(i + 1));
	return [pair(0), pair(text.length - 2)];
}
