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
// or synchronously on the first search that needs it.
import {existsSync, readFileSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {RENAMINGS} from '../report/renamings.js';
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

export type Expansion = {variants: string[]; synonyms: string[]};

type Table = {
	lines: string[];
	/** Normalised form → the lines (groups) holding it: one number, or several. */
	groups: Map<string, number | number[]>;
};

export type SynonymTableStats = {bytes: number; groups: number; forms: number; loadMs: number};

const NONE: Expansion = Object.freeze({variants: [], synonyms: []}) as Expansion;

let table: Table | undefined;
const cache = new Map<string, Expansion>();
const CACHE_LIMIT = 500;
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
	pending = undefined;
	stats = undefined;
	cache.clear();
}

/** Lines per step of the background read (~2 ms each). */
const LINES_PER_STEP = 2000;

/** Builds the table, yielding every LINES_PER_STEP lines (the background read runs between frames). */
function* parseSteps(text: string, startedAt: number): Generator<void, Table> {
	const lines = text.split('\n');
	if (lines[lines.length - 1] === '') lines.pop();
	for (const renaming of PROJECT_RENAMINGS) lines.push(renaming.map(normalizeForSearch).join(','));
	const groups = new Map<string, number | number[]>();
	let forms = 0;
	for (let g = 0; g < lines.length; g += 1) {
		if (g % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
		const line = lines[g]!;
		let at = 0;
		while (at <= line.length) {
			let end = at;
			while (end < line.length) {
				const c = line.charCodeAt(end);
				if (c === 0x2c || c === 0x09) break;
				end += 1;
			}
			let form = line.slice(at, end);
			if (form.charCodeAt(0) === 0x2a) form = form.slice(1); // `*`
			at = end + 1;
			if (form === '') continue;
			forms += 1;
			const known = groups.get(form);
			if (known === undefined) groups.set(form, g);
			else if (typeof known === 'number') {
				if (known !== g) groups.set(form, [known, g]);
			} else if (known[known.length - 1] !== g) known.push(g);
		}
	}
	stats = {
		bytes: Buffer.byteLength(text),
		groups: lines.length,
		forms,
		loadMs: performance.now() - startedAt,
	};
	return {lines, groups};
}

function parse(text: string, startedAt: number): Table {
	const steps = parseSteps(text, startedAt);
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

function loadSync(): Table {
	if (!table) {
		const started = performance.now();
		const path = synonymTablePath();
		table =
			path && existsSync(path) ? parse(readFileSync(path, 'utf8'), started) : parse('', started);
	}
	return table;
}

let pending: Promise<void> | undefined;

/**
 * Reads the table in the background, indexing it in steps of ~2 ms between event-loop
 * turns (so keystrokes and frames go on); later searches then pay no load. A search
 * that needs the table meanwhile reads it at once (loadSync), and this one is dropped.
 */
export function prepareSynonyms(): Promise<void> {
	if (table) return Promise.resolve();
	pending ??= (async () => {
		const started = performance.now();
		const path = synonymTablePath();
		const text = path && existsSync(path) ? await readFile(path, 'utf8') : '';
		const steps = parseSteps(text, started);
		for (;;) {
			if (table) return; // read synchronously meanwhile
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

function expand({lines, groups}: Table, form: string): Expansion {
	const known = groups.get(form);
	if (known === undefined) return NONE;
	const variants = new Set<string>();
	/** The forms of an ambiguous trigger's own vocabulary: the closest synonyms, listed first. */
	const near = new Set<string>();
	const synonyms = new Set<string>();
	for (const g of typeof known === 'number' ? [known] : known) {
		const vocabularies = lines[g]!.split('\t').map((v) => v.split(','));
		for (const vocabulary of vocabularies) {
			const own = vocabulary.find((f) => f === form || f === `*${form}`);
			// A `*` form is an ambiguous trigger (./synonym-compile.ts): no full strength.
			const into = own === undefined ? synonyms : own[0] === '*' ? near : variants;
			for (const f of vocabulary) {
				const plain = f[0] === '*' ? f.slice(1) : f;
				if (plain !== form) into.add(plain);
			}
		}
	}
	const others = [...near, ...synonyms].filter((f) => !variants.has(f));
	return {variants: [...variants], synonyms: [...new Set(others)]};
}

/** Variants and synonyms of a search-normalised word (empty when the table does not know it). */
export function synonymsOf(form: string): Expansion {
	let found = cache.get(form);
	if (!found) {
		found = expand(loadSync(), form);
		if (cache.size >= CACHE_LIMIT) cache.clear();
		cache.set(form, found);
	}
	return found;
}
