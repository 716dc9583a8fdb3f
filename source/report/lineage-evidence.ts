// What lineage reads of a program (report/lineage.ts), and the evidence made of it: the
// name and summary as words weighted by rarity over a body's programs (TF-IDF of
// character pairs, so 人材 / 支援 / 事業 count for little), the 単位の説明, the planned
// figures, the sub-items, and the text where another program's name may be written.
import type {Program} from './model.js';
import {renamed} from './renamings.js';

/**
 * What lineage reads of a program, as the parser left it: its own strings, no new ones,
 * so the UI thread makes nothing to post them to the link worker. `T`: how a text is
 * written (the link worker is posted a repeated text as a number: lineage-collector.ts).
 */
export type LineageParts<T = string> = {
	no: number;
	fiscalYear: number;
	name: T;
	summary: readonly T[];
	plan: T;
	actual: T;
	unit: T;
	/** Planned figures, `300人`. */
	figures: string[];
	/** Sub-items: name, plan and actual. */
	items: ReadonlyArray<readonly [T, T, T]>;
};

/** The parts with each text written another way (in the parts' order). */
export function mapParts<A, B>(parts: LineageParts<A>, f: (text: A) => B): LineageParts<B> {
	return {
		no: parts.no,
		fiscalYear: parts.fiscalYear,
		name: f(parts.name),
		summary: parts.summary.map(f),
		plan: f(parts.plan),
		actual: f(parts.actual),
		unit: f(parts.unit),
		figures: parts.figures,
		items: parts.items.map(([name, plan, actual]) => [f(name), f(plan), f(actual)] as const),
	};
}

/** What lineage reads of a program, as the texts the evidence is made of. */
export type LineageFacts = {
	no: number;
	fiscalYear: number;
	name: string;
	summary: string;
	/** Summary, plan, actual and sub-items: where another program's name may be written. */
	text: string;
	unit: string;
	/** Planned figures, `300人`. */
	figures: readonly string[];
	/** Sub-item names. */
	items: readonly string[];
};

export function lineageParts(program: Program): LineageParts {
	return {
		no: program.no,
		fiscalYear: program.fiscalYear,
		name: program.name,
		summary: program.summary,
		plan: program.plan.text,
		actual: program.actual.text,
		unit: program.unit,
		figures: [...program.plan.metrics, ...program.items.flatMap((i) => i.plan.metrics)].map(
			(m) => `${m.value}${m.unit === '名' ? '人' : m.unit}`,
		),
		items: program.items.map((i) => [i.name, i.plan.text, i.actual.text] as const),
	};
}

/** The facts of a program's parts. */
export function factsOf(parts: LineageParts): LineageFacts {
	const summary = parts.summary.join('');
	const items = parts.items.map(([name, plan, actual]) => `${name} ${plan} ${actual}`);
	return {
		no: parts.no,
		fiscalYear: parts.fiscalYear,
		name: parts.name,
		summary,
		text: [summary, parts.plan, parts.actual, ...items].join(''),
		unit: parts.unit,
		// One empty list for all without figures or sub-items (most programs).
		figures: parts.figures.length > 0 ? parts.figures : NO_TEXTS,
		items: parts.items.length > 0 ? parts.items.map(([name]) => name) : NO_TEXTS,
	};
}

const NO_TEXTS: readonly string[] = Object.freeze([]);

export const lineageFacts = (program: Program): LineageFacts => factsOf(lineageParts(program));

/** The name used for 'same': spacing, width, case, a trailing parenthetical and 「」・ ignored. */
function sameKey(name: string): string {
	return name
		.normalize('NFKC')
		.toLowerCase()
		.replace(/\s+/g, '')
		.replace(/\([^()]*\)$/u, '')
		.replace(/[・･「」『』"'’]/gu, '');
}

/**
 * Characters that carry no meaning for comparison: white space (what a regular
 * expression's \s matches), punctuation, brackets, circles and circled numbers ①–⑳.
 * A bit set of UTF-16 units rather than a regular expression: stripping them was most of
 * the evidence's time, and this is ~4× faster (test/report/lineage-evidence.test.ts checks
 * it against /[\s、。…①-⑳]/u).
 */
const MEANINGLESS = (() => {
	const bits = new Int32Array(0x10000 / 32); // a bit per unit: 8 KB
	const set = (unit: number) => {
		bits[unit >>> 5] = bits[unit >>> 5]! | (1 << (unit & 31));
	};
	const chars =
		' \t\n\v\f\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff' +
		'、。・･·「」『』（）()○〇◯,，.:：;；!！?？-－—~〜';
	for (let i = 0; i < chars.length; i++) set(chars.charCodeAt(i));
	for (let unit = 0x2000; unit <= 0x200a; unit++) set(unit); // en quad … hair space
	for (let unit = 0x2460; unit <= 0x2473; unit++) set(unit); // ①–⑳
	return bits;
})();

const isMeaningless = (unit: number) => ((MEANINGLESS[unit >>> 5]! >>> (unit & 31)) & 1) === 1;

/** `text` without the characters that carry no meaning for comparison. */
export function withoutMeaningless(text: string): string {
	let out = '';
	let from = 0;
	for (let i = 0; i < text.length; i++)
		if (isMeaningless(text.charCodeAt(i))) {
			if (i > from) out += text.slice(from, i);
			from = i + 1;
		}
	if (from === 0) return text;
	return from < text.length ? out + text.slice(from) : out;
}

const GENERIC_END = /(?:の)?(?:支援|推進|促進|応援|強化|対策|緊急対策)*(?:事業|プロジェクト)?$/u;
/**
 * Purposes that make two programs different ones however alike their names:
 * recruiting (確保) is not training (育成) nor retention (定着).
 */
const PURPOSES = ['確保', '育成', '定着'];

export type Evidence = {
	facts: LineageFacts;
	key: string;
	/** What the name's and the summary's words (character pairs) are taken from. */
	nameWords: string;
	summaryWords: string;
	unit: string;
	figures: ReadonlySet<string>;
	items: ReadonlySet<string>;
	text: string;
	/** The name as it would be written in another program's text. */
	mentionKey: string;
	flatName: string;
	purpose: string | null;
};

/** A text as compared: NFKC, Tokyo's renamings, no punctuation or spacing. */
const flat = (text: string) => withoutMeaningless(renamed(text.normalize('NFKC')));

/** `flat`, remembered: a body's reports repeat most texts year after year. */
function rememberedFlat(): (text: string) => string {
	const known = new Map<string, string>();
	return (text) => {
		let out = known.get(text);
		if (out === undefined) {
			out = flat(text);
			known.set(text, out);
		}
		return out;
	};
}

/** What the reason of a link reads: the unit, planned figures and sub-items. */
export type ReasonEvidence = Pick<Evidence, 'facts' | 'unit' | 'figures' | 'items'>;

const itemKeyOf = (name: string) => sameKey(renamed(name));

/** No figures or sub-items: one set for every program without (most have none of one or the other). */
const NONE: ReadonlySet<string> = new Set();

export function reasonEvidence(
	facts: LineageFacts,
	flatten = flat,
	itemKey = itemKeyOf,
): ReasonEvidence {
	const unit = flatten(facts.unit);
	return {
		facts,
		unit: unit.length >= 2 && !unit.includes('各事業欄') ? unit : '',
		figures: facts.figures.length > 0 ? new Set(facts.figures) : NONE,
		items: facts.items.length > 0 ? new Set(facts.items.map(itemKey)) : NONE,
	};
}

/** What a name gives the evidence. */
type NameEvidence = Pick<Evidence, 'key' | 'nameWords' | 'purpose' | 'mentionKey' | 'flatName'>;

function nameEvidence(name: string, flatten: (text: string) => string): NameEvidence {
	const key = sameKey(renamed(name));
	const core = key.replace(GENERIC_END, '');
	return {
		key,
		nameWords: core.length >= 2 ? core : key,
		purpose: PURPOSES.find((p) => core.endsWith(p)) ?? null,
		mentionKey: flatten(key),
		flatName: flatten(name),
	};
}

/**
 * Evidence of programs, remembering what repeats year after year in a body's reports
 * (texts, names, units, sub-items).
 */
export function evidenceMaker(): (facts: LineageFacts) => Evidence {
	const flatten = rememberedFlat();
	const names = new Map<string, NameEvidence>();
	const items = new Map<string, string>();
	const itemKey = (name: string) => {
		let key = items.get(name);
		if (key === undefined) {
			key = itemKeyOf(name);
			items.set(name, key);
		}
		return key;
	};
	return (facts) => {
		let name = names.get(facts.name);
		if (!name) {
			name = nameEvidence(facts.name, flatten);
			names.set(facts.name, name);
		}
		const reason = reasonEvidence(facts, flatten, itemKey);
		// Written out rather than spread: tens of thousands are made per load.
		return {
			facts,
			unit: reason.unit,
			figures: reason.figures,
			items: reason.items,
			key: name.key,
			nameWords: name.nameWords,
			purpose: name.purpose,
			mentionKey: name.mentionKey,
			flatName: name.flatName,
			summaryWords: flatten(facts.summary),
			text: flatten(facts.text),
		};
	};
}

/**
 * Unit vectors of weighted words, one per text, in three arrays (a body weighs thousands
 * of texts): text t's word ids, ascending, and their weights are at starts[t] …
 * starts[t + 1] − 1.
 */
export type Vectors = {starts: Int32Array; ids: Int32Array; weights: Float64Array};

/**
 * Word (pair of characters) → id, numbered in the order first seen: an open-addressed
 * table of the two code points (a Map keyed by a pair's number hashed a double per word,
 * most of the weighing's time).
 */
class WordIds {
	#first = new Int32Array(1024).fill(-1);
	#second = new Int32Array(1024);
	#ids = new Int32Array(1024);
	#size = 0;

	/** How many pairs have an id. */
	get size(): number {
		return this.#size;
	}

	/** The pair's id; a new pair gets the next one (the number of pairs so far). */
	of(first: number, second: number): number {
		let mask = this.#first.length - 1;
		let at = Math.imul(first, 0x9e3779b1) ^ second;
		for (;;) {
			at &= mask;
			const seen = this.#first[at]!;
			if (seen === -1) break;
			if (seen === first && this.#second[at] === second) return this.#ids[at]!;
			at++;
		}
		const id = this.#size++;
		this.#first[at] = first;
		this.#second[at] = second;
		this.#ids[at] = id;
		if (this.#size * 2 > this.#first.length) {
			const first0 = this.#first;
			const second0 = this.#second;
			const ids0 = this.#ids;
			const size = first0.length * 2;
			this.#first = new Int32Array(size).fill(-1);
			this.#second = new Int32Array(size);
			this.#ids = new Int32Array(size);
			mask = size - 1;
			for (let k = 0; k < first0.length; k++) {
				const f = first0[k]!;
				if (f === -1) continue;
				let to = Math.imul(f, 0x9e3779b1) ^ second0[k]!;
				for (;;) {
					to &= mask;
					if (this.#first[to] === -1) break;
					to++;
				}
				this.#first[to] = f;
				this.#second[to] = second0[k]!;
				this.#ids[to] = ids0[k]!;
			}
		}
		return id;
	}
}

/**
 * Texts as unit vectors of their words (pairs of characters, by code point) weighted by
 * rarity over a body's programs (TF-IDF): `copies[i]` programs have text i. Word ids are
 * numbered in the order the words first occur.
 */
export function weigh(
	texts: readonly string[],
	copies: readonly number[],
): {vectors: Vectors; words: number} {
	const ids = new WordIds();
	// A text of n code units has at most n − 1 words: typed tables of that size, so the
	// weighing allocates a few arrays per body rather than growing lists.
	let units = 0;
	for (let at = 0; at < texts.length; at++) units += texts[at]!.length;
	const frequency = new Int32Array(units);
	const lastText = new Int32Array(units).fill(-1);
	// Every text's word ids, one text after another (each word is looked up once).
	const sequence = new Int32Array(units);
	const ends = new Int32Array(texts.length);
	let written = 0;
	let total = 0;
	for (let at = 0; at < texts.length; at++) {
		const text = texts[at]!;
		const n = copies[at] ?? 1;
		total += n;
		let previous = -1;
		for (let i = 0; i < text.length; i++) {
			const code = text.codePointAt(i) as number;
			if (code > 0xffff) i++;
			if (previous >= 0) {
				const id = ids.of(previous, code);
				if (lastText[id] !== at) {
					lastText[id] = at;
					frequency[id] = frequency[id]! + n;
				}
				sequence[written++] = id;
			}
			previous = code;
		}
		ends[at] = written;
	}
	const words = ids.size;
	const idf = new Float64Array(words);
	for (let id = 0; id < words; id++) idf[id] = Math.log((1 + total) / frequency[id]!);
	const counts = new Float64Array(words);
	// The vectors take at most `written` entries: a text has no more distinct words than words.
	const starts = new Int32Array(texts.length + 1);
	const vectorIds = new Int32Array(written);
	const weights = new Float64Array(written);
	let from = 0;
	let to = 0;
	for (let at = 0; at < ends.length; at++) {
		const end = ends[at]!;
		const first = to;
		for (let k = from; k < end; k++) {
			const id = sequence[k]!;
			if (counts[id] === 0) vectorIds[to++] = id;
			counts[id] = counts[id]! + 1;
		}
		from = end;
		vectorIds.subarray(first, to).sort();
		let norm = 0;
		for (let i = first; i < to; i++) {
			const id = vectorIds[i]!;
			const w = (1 + Math.log(counts[id]!)) * idf[id]!;
			counts[id] = 0;
			weights[i] = w;
			norm += w * w;
		}
		const length = Math.sqrt(norm) || 1;
		for (let i = first; i < to; i++) weights[i] = weights[i]! / length;
		starts[at + 1] = to;
	}
	return {vectors: {starts, ids: vectorIds, weights}, words};
}

export const round2 = (x: number) => Math.round(x * 100) / 100;

/** Cosine of texts a and b's unit vectors, to two places: a merge of their ascending ids. */
export function cosine(vectors: Vectors, a: number, b: number): number {
	const {starts, ids, weights} = vectors;
	let i = starts[a]!;
	let j = starts[b]!;
	const iEnd = starts[a + 1]!;
	const jEnd = starts[b + 1]!;
	let sum = 0;
	while (i < iEnd && j < jEnd) {
		const p = ids[i]!;
		const q = ids[j]!;
		if (p === q) sum += weights[i++]! * weights[j++]!;
		else if (p < q) i++;
		else j++;
	}
	return round2(sum);
}
