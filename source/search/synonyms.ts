// Orthographic variants, abbreviations, English spellings and synonyms of a query word,
// from the table compiled out of SudachiDict's synonyms at build time (dist/synonyms.txt,
// ./synonym-compile.ts; licence in dist/synonyms.LICENSE and dist/synonyms.NOTICE).
//
//   variants: the same vocabulary (同一語彙: 表記ゆれ, 略語・略称, アルファベット表記):
//             障害者 / 障がい者 / 障碍者, DX / デジタルトランスフォーメーション,
//             テレワーク / telework. Matched at full strength.
//   synonyms: the group's other vocabularies: 高齢者 ↔ シニア, テレワーク ↔ リモートワーク.
//             Ranked below direct hits and marked (≈ シニア).
//
// The table (~1 MB) is read lazily like the romaji dictionary (./romaji.ts): in the
// background with prepareSynonyms() as soon as the explorer starts building its index,
// or synchronously on the first search that needs it. It stays one string: a form is
// found by binary search in its sorted index, so opening it is finding line starts.
import {existsSync, readFile, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {RENAMINGS} from '../report/renamings.js';
import {BoundedCache} from '../text/bounded-cache.js';
import {normalizeForSearch} from './normalize.js';

/**
 * Project renamings the dictionary does not know, each set one vocabulary (variants at
 * full strength, both ways): the one table in report/renamings.ts (育休, 育児休業 → 育業),
 * grouped by the newer word.
 */
export const PROJECT_RENAMINGS: readonly (readonly string[])[] = (() => {
	const groups = new Map<string, string[]>();
	for (const [older, newer] of RENAMINGS) {
		const group = groups.get(newer) ?? [newer];
		group.push(older);
		groups.set(newer, group);
	}
	return [...groups.values()];
})();

export type Expansion = {
	variants: string[];
	/** Every synonym, closest first (flattened synonymSets). */
	synonyms: string[];
	/**
	 * The synonyms by vocabulary, closest first: group by group, an ambiguous word's own
	 * vocabulary, then the group's others; within each set Japanese forms before Latin ones.
	 */
	synonymSets: string[][];
};

/** The table as read: its text, and where each group line and each index line starts. */
type Table = {
	text: string;
	/** Group g is text[groupStart[g], groupStart[g + 1] - 1) (the -1 drops the newline). */
	groupStart: Uint32Array;
	/** Index line i (`form<TAB>groups`) is text[indexStart[i], indexStart[i + 1] - 1). */
	indexStart: Uint32Array;
	/** PROJECT_RENAMINGS, normalised: form → the other forms of its renaming. */
	renamed: Map<string, string[]>;
};

export type SynonymTableStats = {bytes: number; groups: number; forms: number; loadMs: number};

const LATIN_ONLY = /^[\x20-\x7e]+$/;
const NONE: Expansion = Object.freeze({variants: [], synonyms: [], synonymSets: []}) as Expansion;

let table: Table | undefined;
const CACHE_LIMIT = 500;
const cache = new BoundedCache<string, Expansion>(CACHE_LIMIT);
let stats: SynonymTableStats | undefined;
/** Set by useSynonymTable: a path, or null for no table; undefined: look beside the code. */
let explicitPath: string | null | undefined;

/**
 * Where the table is: beside the bundled CLI (dist/cli.js), or, when the sources run
 * directly (tests, tsx), in the dist/ that `npm run build` wrote.
 */
export function synonymTablePath(): string | undefined {
	if (explicitPath !== undefined) return explicitPath ?? undefined;
	for (const relative of ['./synonyms.txt', '../../dist/synonyms.txt']) {
		const path = fileURLToPath(new URL(relative, import.meta.url));
		if (existsSync(path)) return path;
	}
	return undefined;
}

/** Uses the table at `path` (null: none, so no variants or synonyms) from the next load on. */
export function useSynonymTable(path: string | null): void {
	explicitPath = path;
	table = undefined;
	stats = undefined;
	cache.clear();
}

/** Lines found per step of opening the table in the background (~0.5 ms). */
const LINES_PER_STEP = 4096;

/**
 * Line starts of text[from, to), plus `to` + 1 at the end (so line i ends at next - 1),
 * yielding every LINES_PER_STEP lines.
 */
function* lineStarts(text: string, from: number, to: number): Generator<void, Uint32Array> {
	let starts = new Uint32Array(4096);
	let n = 0;
	let line = from;
	for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) {
		if (n + 1 === starts.length) {
			const bigger = new Uint32Array(starts.length * 2);
			bigger.set(starts);
			starts = bigger;
		}
		starts[n++] = line;
		line = at + 1;
		if (n % LINES_PER_STEP === 0) yield;
	}
	starts[n] = line;
	return starts.slice(0, n + 1);
}

/**
 * Opening the table, as steps: finding ~51,000 line starts in 1.1 MB took 6–15 ms in one
 * piece, on the UI thread, while the explorer loads.
 */
function* openSteps(text: string, bytes: number, startedAt: number): Generator<void, Table> {
	// Groups, an empty line, the index (./synonym-compile.ts).
	const split = text.indexOf('\n\n');
	const groupEnd = split < 0 ? 0 : split + 1;
	const groupStart = yield* lineStarts(text, 0, groupEnd);
	const indexStart =
		split < 0 ? new Uint32Array(1) : yield* lineStarts(text, split + 2, text.length);
	const renamed = new Map<string, string[]>();
	for (const renaming of PROJECT_RENAMINGS) {
		const forms = renaming.map(normalizeForSearch);
		for (const form of forms) {
			const others = forms.filter((f) => f !== form);
			renamed.set(form, [...(renamed.get(form) ?? []), ...others]);
		}
	}
	stats = {
		bytes,
		groups: groupStart.length - 1,
		forms: indexStart.length - 1,
		loadMs: performance.now() - startedAt,
	};
	return {text, groupStart, indexStart, renamed};
}

/** Bytes decoded per step (~0.3 ms): the table's 1.1 MB in one piece took 5–10 ms. */
const BYTES_PER_STEP = 64 * 1024;

/**
 * The table's text, decoded in steps. Each piece ends after a newline, and a UTF-8
 * sequence never holds that byte, so the pieces join into what one decode gives.
 */
function* decodeSteps(bytes: Buffer): Generator<void, string> {
	const pieces: string[] = [];
	for (let at = 0; at < bytes.length; ) {
		let end = Math.min(bytes.length, at + BYTES_PER_STEP);
		if (end < bytes.length) {
			const newline = bytes.indexOf(10, end);
			end = newline < 0 ? bytes.length : newline + 1;
		}
		pieces.push(bytes.toString('utf8', at, end));
		at = end;
		yield;
	}
	return pieces.join('');
}

/** Decoding and opening the table read as `bytes` (null: none could be read), in steps. */
function* tableSteps(bytes: Buffer | null, startedAt: number): Generator<void, Table> {
	const text = bytes ? yield* decodeSteps(bytes) : '';
	// The size read, not Buffer.byteLength(text): that counted the 1.1 MB again (~2–4 ms).
	return yield* openSteps(text, bytes?.length ?? 0, startedAt);
}

/** The table's bytes, read at once; null when there is none or it cannot be read. */
function readBytesSync(): Buffer | null {
	const path = synonymTablePath();
	try {
		return path ? readFileSync(path) : null;
	} catch {
		return null; // unreadable: no variants or synonyms (as in prepareSynonyms)
	}
}

function readSync(): Table {
	if (!table) {
		const started = performance.now();
		table = finish(tableSteps(readBytesSync(), started));
	}
	return table;
}

/**
 * Reads the table (at once: ~1 ms) and decodes and opens it in steps of ~1 ms, for a
 * caller that runs the steps between frames: the explorer's index build ends with them,
 * so an index that is ready never makes a search open the table inside a keystroke's
 * frame (./engine.ts).
 */
export function* synonymSteps(): Generator<void, void> {
	if (table) return;
	const steps = tableSteps(readBytesSync(), performance.now());
	for (;;) {
		if (table) return; // opened meanwhile (prepareSynonyms, or a search)
		const next = steps.next();
		if (next.done) {
			table = next.value;
			return;
		}
		yield;
	}
}

/** Runs steps to the end. */
function finish<T>(steps: Generator<void, T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

let pending: Promise<void> | undefined;

/**
 * Reads the table in the background and opens it in steps between turns of the event
 * loop; a search then pays nothing. A search that needs it meanwhile reads it at once.
 */
export function prepareSynonyms(): Promise<void> {
	if (table) return Promise.resolve();
	pending ??= (async () => {
		const started = performance.now();
		const path = synonymTablePath();
		// An unreadable table means no variants or synonyms, never a failed search.
		const bytes = path ? await promisify(readFile)(path).catch(() => null) : null;
		const steps = tableSteps(bytes, started);
		for (;;) {
			if (table) return; // read at once by a search meanwhile
			const next = steps.next();
			if (next.done) {
				table = next.value;
				return;
			}
			await new Promise<void>((resolve) => setImmediate(resolve));
		}
	})().finally(() => {
		pending = undefined;
	});
	return pending;
}

export function isSynonymsReady(): boolean {
	return table !== undefined;
}

/** The loaded table's size and how long reading it took (undefined before it is loaded). */
export function synonymTableStats(): SynonymTableStats | undefined {
	return stats;
}

/** Compares `form` with text[start, end): negative when the form sorts first. */
function compareAt(text: string, start: number, end: number, form: string): number {
	const length = Math.min(end - start, form.length);
	for (let i = 0; i < length; i += 1) {
		const d = form.charCodeAt(i) - text.charCodeAt(start + i);
		if (d !== 0) return d;
	}
	return form.length - (end - start);
}

/** The groups holding `form` (binary search in the index), or none. */
function groupsOf({text, indexStart}: Table, form: string): number[] {
	let lo = 0;
	let hi = indexStart.length - 2;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const start = indexStart[mid]!;
		const tab = text.indexOf('\t', start);
		const order = compareAt(text, start, tab, form);
		if (order === 0) {
			const ids = text.slice(tab + 1, indexStart[mid + 1]! - 1);
			return ids.split(',').map((id) => Number.parseInt(id, 36));
		}
		if (order < 0) hi = mid - 1;
		else lo = mid + 1;
	}
	return [];
}

function expand(found: Table, form: string): Expansion {
	const groups = groupsOf(found, form);
	const renamed = found.renamed.get(form);
	if (groups.length === 0 && !renamed) return NONE;
	const variants = new Set<string>(renamed);
	/**
	 * Group by group (the dictionary's order): an ambiguous trigger's own vocabulary (no
	 * full strength), then the group's others. `ai` is weak in five groups; group by group,
	 * 人工知能 comes second, where all five own vocabularies first (アーティフィシャル…,
	 * 人工授精, アムネスティ…) left it past the probes' limit (./probe.ts).
	 */
	const ordered: string[][] = [];
	for (const g of groups) {
		const line = found.text.slice(found.groupStart[g]!, found.groupStart[g + 1]! - 1);
		const others: string[][] = [];
		for (const vocabulary of line.split('\t').map((v) => v.split(','))) {
			const own = vocabulary.find((f) => f === form || f === `*${form}`);
			const plain = vocabulary
				.map((f) => (f[0] === '*' ? f.slice(1) : f))
				.filter((f) => f !== form);
			// A `*` form is an ambiguous trigger (./synonym-compile.ts): no full strength.
			if (own === undefined) others.push(plain);
			else if (own[0] === '*') ordered.push(plain);
			else for (const f of plain) variants.add(f);
		}
		ordered.push(...others);
	}
	// Japanese forms before Latin ones (artificialintelligence): the reports are Japanese.
	const seen = new Set(variants);
	const synonymSets: string[][] = [];
	for (const set of ordered) {
		const fresh = set.filter((f) => !seen.has(f));
		for (const f of fresh) seen.add(f);
		const ordered = [
			...fresh.filter((f) => !LATIN_ONLY.test(f)),
			...fresh.filter((f) => LATIN_ONLY.test(f)),
		];
		if (ordered.length > 0) synonymSets.push(ordered);
	}
	return {variants: [...variants], synonyms: synonymSets.flat(), synonymSets};
}

/** Variants and synonyms of a search-normalised word (empty when the table does not know it). */
export function synonymsOf(form: string): Expansion {
	let found = cache.get(form);
	if (!found) {
		found = expand(readSync(), form);
		cache.set(form, found);
	}
	return found;
}
