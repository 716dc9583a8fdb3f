// What became of each program from one year to another, with the evidence a careful reader
// uses, not the name alone. Within one issuing body, between two loaded years:
// - same: the same name (spacing, width, a trailing parenthetical and Tokyo's renamings
//   ignored): never fuzzy, so never a false positive.
// - merged: the later year's text names the earlier program (FY2024 #39 plans
//   「①障害者雇用ナビゲート事業」, FY2022 #6's name).
// - renamed: the same program under a new name: the summaries agree (words weighted by
//   rarity over the body's programs, so 人材 / 支援 / 事業 count for little), and the name,
//   the 単位の説明 or a planned figure agrees too.
// - successor: another program took over its role: a distinctive word of the name, or
//   the 単位の説明, and the summary agree, weakly.
// - related: the same topic, a different program.
// Scores are calibrated: 0.9 or more is a link a reader would call the same program
// (same, merged, renamed); 0.7–0.89 a successor; below 0.7 related. Every link says why.
// Links are symmetric and one to one for same, merged, renamed and successor.
import {sameKey} from './link.js';
import type {Item, Program, Report} from './model.js';
import {renamed} from './renamings.js';

export type LineageKind = 'same' | 'renamed' | 'merged' | 'successor' | 'related';

export type Lineage = {
	/** The program in the other year. */
	other: Program;
	kind: LineageKind;
	/** In (0, 1]; see the scale above. */
	score: number;
	/** Why, in words a reader checks against the reports: 「概要の一致 0.47、名称の一致 0.24」. */
	reason: string;
};

/** What became of a program in another year: a lineage, or none (新規 / 終了). */
export type YearLineage = {
	fiscalYear: number;
	/** The counterpart (same, renamed, merged or successor), if any. */
	counterpart: Lineage | null;
	/** Related programs of that year, best first. */
	related: Lineage[];
};

const STRONG: readonly LineageKind[] = ['same', 'merged', 'renamed', 'successor'];
export const isCounterpart = (kind: LineageKind): boolean => STRONG.includes(kind);

/** Characters that carry no meaning for comparison. */
const PUNCT = /[\s、。・･·「」『』（）()○〇◯,，.:：;；!！?？\-－—~〜①-⑳]/gu;
const GENERIC_END = /(?:の)?(?:支援|推進|促進|応援|強化|対策|緊急対策)*(?:事業|プロジェクト)?$/u;
/**
 * Purposes that make two programs different ones however alike their names:
 * recruiting (確保) is not training (育成) nor retention (定着).
 */
const PURPOSES = ['確保', '育成', '定着'];

type Evidence = {
	program: Program;
	key: string;
	nameGrams: string[];
	summaryGrams: string[];
	unit: string;
	figures: Set<string>;
	items: Set<string>;
	/** Summary, plan, actual and sub-items: where another program's name may be written. */
	text: string;
	/** The name as it would be written in another program's text. */
	mentionKey: string;
	/** The text's character pairs: a quick no before searching the text for a name. */
	textGrams: Set<string>;
	/** The mention key's first and last character pairs. */
	mentionEnds: [string, string];
	flatName: string;
	purpose: string | null;
};

const bigrams = (text: string): string[] => {
	const chars = [...text];
	const out: string[] = [];
	for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
	return out;
};

const flat = (text: string) => renamed(text.normalize('NFKC')).replace(PUNCT, '');

const itemText = (item: Item) => `${item.name} ${item.plan.text} ${item.actual.text}`;

function evidenceOf(program: Program): Evidence {
	const key = sameKey(renamed(program.name));
	const text = flat(
		[
			program.summary.join(''),
			program.plan.text,
			program.actual.text,
			...program.items.map(itemText),
		].join(''),
	);
	const core = key.replace(GENERIC_END, '');
	const unit = flat(program.unit);
	return {
		program,
		key,
		nameGrams: bigrams(core.length >= 2 ? core : key),
		summaryGrams: bigrams(flat(program.summary.join(''))),
		unit: unit.length >= 2 && !unit.includes('各事業欄') ? unit : '',
		figures: new Set(
			[...program.plan.metrics, ...program.items.flatMap((i) => i.plan.metrics)].map(
				(m) => `${m.value}${m.unit === '名' ? '人' : m.unit}`,
			),
		),
		items: new Set(program.items.map((i) => sameKey(renamed(i.name)))),
		text,
		purpose: PURPOSES.find((p) => core.endsWith(p)) ?? null,
		mentionKey: flat(key),
		flatName: flat(program.name),
		textGrams: new Set(bigrams(text)),
		mentionEnds: [[...flat(key)].slice(0, 2).join(''), [...flat(key)].slice(-2).join('')],
	};
}

/** A unit vector of weighted words: word ids ascending, and their weights. */
type Vector = {ids: Int32Array; weights: Float64Array};

/** Words weighted by rarity over a body's programs (TF-IDF), as unit vectors. */
class Weights {
	readonly #documents: number;
	readonly #frequency = new Map<string, number>();
	readonly #ids = new Map<string, number>();

	constructor(documents: readonly string[][]) {
		this.#documents = documents.length;
		for (const grams of documents)
			for (const g of new Set(grams)) {
				this.#frequency.set(g, (this.#frequency.get(g) ?? 0) + 1);
				if (!this.#ids.has(g)) this.#ids.set(g, this.#ids.size);
			}
	}

	vector(grams: readonly string[]): Vector {
		const counts = new Map<number, number>();
		const idf = new Map<number, number>();
		for (const g of grams) {
			const id = this.#ids.get(g) ?? -1;
			if (id < 0) continue;
			counts.set(id, (counts.get(id) ?? 0) + 1);
			idf.set(id, Math.log((1 + this.#documents) / (this.#frequency.get(g) ?? 1)));
		}
		const ids = Int32Array.from(counts.keys()).sort();
		const weights = new Float64Array(ids.length);
		let norm = 0;
		ids.forEach((id, i) => {
			const w = (1 + Math.log(counts.get(id) as number)) * (idf.get(id) as number);
			weights[i] = w;
			norm += w * w;
		});
		const length = Math.sqrt(norm) || 1;
		for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) / length;
		return {ids, weights};
	}
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Cosine of two unit vectors: a merge of their ascending ids. */
function cosine(a: Vector, b: Vector): number {
	let i = 0;
	let j = 0;
	let sum = 0;
	const x = a.ids;
	const y = b.ids;
	while (i < x.length && j < y.length) {
		const p = x[i] as number;
		const q = y[j] as number;
		if (p === q) sum += (a.weights[i++] as number) * (b.weights[j++] as number);
		else if (p < q) i++;
		else j++;
	}
	return round2(sum);
}

type Scored = {older: Evidence; newer: Evidence; kind: LineageKind; score: number; reason: string};

type BodyData = {
	evidence: Map<Program, Evidence>;
	names: Map<Program, Vector>;
	summaries: Map<Program, Vector>;
};

const MENTION_MIN = 6;
const RELATED_MIN = 0.22;

function score(body: BodyData, older: Program, newer: Program): Scored | null {
	const a = body.evidence.get(older) as Evidence;
	const b = body.evidence.get(newer) as Evidence;
	if (a.key !== '' && a.key === b.key) {
		const exact = older.name === newer.name;
		return {
			older: a,
			newer: b,
			kind: 'same',
			score: 1,
			reason: exact ? '名称が同じ' : '名称が同じ (表記の違いを除く)',
		};
	}
	// The later year names the earlier program in its own text.
	if (
		a.mentionKey.length >= MENTION_MIN &&
		a.flatName !== b.flatName &&
		b.textGrams.has(a.mentionEnds[0]) &&
		b.textGrams.has(a.mentionEnds[1]) &&
		b.text.includes(a.mentionKey)
	) {
		return {
			older: a,
			newer: b,
			kind: 'merged',
			score: 0.95,
			reason: `FY${newer.fiscalYear} No.${newer.no}の記載に「${older.name}」の名がある`,
		};
	}
	const name = cosine(body.names.get(older) as Vector, body.names.get(newer) as Vector);
	const summary = cosine(body.summaries.get(older) as Vector, body.summaries.get(newer) as Vector);
	// Most pairs share nothing worth a link: no reason is written for them.
	if (name < RELATED_MIN && summary * 1.5 < RELATED_MIN && summary < 0.1) return null;
	const unit = a.unit !== '' && a.unit === b.unit;
	let figures = 0;
	for (const f of a.figures) if (b.figures.has(f)) figures++;
	let items = 0;
	for (const i of a.items) if (i !== '' && b.items.has(i)) items++;
	const reason = () => {
		const words = [`概要の一致 ${summary.toFixed(2)}`, `名称の一致 ${name.toFixed(2)}`];
		if (unit) words.push(`単位『${newer.unit.trim()}』一致`);
		if (figures > 0)
			words.push(`計画 ${[...a.figures].filter((f) => b.figures.has(f)).join('・')} 一致`);
		if (items > 0) words.push(`内訳 ${items}件一致`);
		return words.join('、');
	};
	const purposeConflict = a.purpose !== null && b.purpose !== null && a.purpose !== b.purpose;
	if (summary >= 0.3 && (name >= 0.2 || unit || figures > 0 || items > 0)) {
		return {
			older: a,
			newer: b,
			kind: 'renamed',
			score: round2(Math.min(0.99, 0.9 + summary / 10)),
			reason: reason(),
		};
	}
	if (!purposeConflict && summary >= 0.1 && (name >= 0.3 || unit)) {
		return {
			older: a,
			newer: b,
			kind: 'successor',
			score: round2(Math.min(0.89, 0.7 + summary)),
			reason: reason(),
		};
	}
	const related = Math.max(name, summary * 1.5);
	if (related >= RELATED_MIN) {
		return {
			older: a,
			newer: b,
			kind: 'related',
			score: round2(Math.min(0.69, related / 1.5)),
			reason: reason(),
		};
	}
	return null;
}

/**
 * Lineages of the loaded reports, worked out on demand for each pair of years of a body and
 * remembered for as long as the book lives (the explorer keeps one per set of reports).
 */
export class LineageBook {
	readonly #byBody = new Map<string, Report[]>();
	readonly #bodies = new Map<string, BodyData>();
	readonly #pairs = new Map<string, Map<Program, Scored[]>>();

	constructor(reports: readonly Report[]) {
		for (const report of reports) {
			const list = this.#byBody.get(report.body);
			if (list) list.push(report);
			else this.#byBody.set(report.body, [report]);
		}
	}

	/** The years loaded for a program's body, other than its own, oldest first. */
	otherYears(program: Program): number[] {
		return (this.#byBody.get(program.body) ?? [])
			.map((r) => r.fiscalYear)
			.filter((y) => y !== program.fiscalYear)
			.sort((a, b) => a - b);
	}

	/** What became of `program` in `fiscalYear` (a year of its body). */
	inYear(program: Program, fiscalYear: number): YearLineage {
		const scored = this.#pair(program.body, program.fiscalYear, fiscalYear).get(program) ?? [];
		const toLineage = (s: Scored): Lineage => ({
			other: s.older.program === program ? s.newer.program : s.older.program,
			kind: s.kind,
			score: s.score,
			reason: s.reason,
		});
		const counterpart = scored.find((s) => isCounterpart(s.kind));
		return {
			fiscalYear,
			counterpart: counterpart ? toLineage(counterpart) : null,
			// Every one above the threshold, so that links stay symmetric.
			related: scored.filter((s) => s.kind === 'related').map(toLineage),
		};
	}

	/** Every other year of the program's body, oldest first. */
	of(program: Program): YearLineage[] {
		return this.otherYears(program).map((y) => this.inYear(program, y));
	}

	#body(body: string): BodyData {
		let data = this.#bodies.get(body);
		if (!data) {
			const programs = (this.#byBody.get(body) ?? []).flatMap((r) => r.programs);
			const evidence = new Map(programs.map((p) => [p, evidenceOf(p)]));
			const nameWeights = new Weights([...evidence.values()].map((e) => e.nameGrams));
			const summaryWeights = new Weights([...evidence.values()].map((e) => e.summaryGrams));
			data = {
				evidence,
				names: new Map(
					programs.map((p) => [p, nameWeights.vector((evidence.get(p) as Evidence).nameGrams)]),
				),
				summaries: new Map(
					programs.map((p) => [
						p,
						summaryWeights.vector((evidence.get(p) as Evidence).summaryGrams),
					]),
				),
			};
			this.#bodies.set(body, data);
		}
		return data;
	}

	/** Every scored pair between two years of a body, by program, best first; one to one. */
	#pair(body: string, yearA: number, yearB: number): Map<Program, Scored[]> {
		const [older, newer] = yearA < yearB ? [yearA, yearB] : [yearB, yearA];
		const cacheKey = `${body}\u0000${older}\u0000${newer}`;
		const known = this.#pairs.get(cacheKey);
		if (known) return known;
		const reports = this.#byBody.get(body) ?? [];
		const olderPrograms = reports.filter((r) => r.fiscalYear === older).flatMap((r) => r.programs);
		const newerPrograms = reports.filter((r) => r.fiscalYear === newer).flatMap((r) => r.programs);
		const data = this.#body(body);
		const all: Scored[] = [];
		for (const a of olderPrograms)
			for (const b of newerPrograms) {
				const s = score(data, a, b);
				if (s) all.push(s);
			}
		// One to one for counterparts: the strongest first (same, then merged …, then score).
		const rank = (s: Scored) => STRONG.indexOf(s.kind);
		all.sort((x, y) => rank(x) - rank(y) || y.score - x.score);
		const taken = new Set<Program>();
		const byProgram = new Map<Program, Scored[]>();
		const add = (p: Program, s: Scored) => {
			const list = byProgram.get(p);
			if (list) list.push(s);
			else byProgram.set(p, [s]);
		};
		for (const s of all) {
			let kept = s;
			if (isCounterpart(s.kind)) {
				const a = s.older.program;
				const b = s.newer.program;
				// A merged program joins another that may have its own counterpart; every
				// other kind is one to one.
				const free = s.kind === 'merged' ? !taken.has(a) : !taken.has(a) && !taken.has(b);
				if (!free) {
					if (s.kind === 'same') continue; // two 'same' for one program: ambiguous, and the first wins
					kept = {...s, kind: 'related', score: Math.min(s.score, 0.69)};
				} else {
					taken.add(a);
					if (s.kind !== 'merged') taken.add(b);
				}
			}
			add(s.older.program, kept);
			add(s.newer.program, kept);
		}
		for (const list of byProgram.values())
			list.sort((x, y) => rank(x) - rank(y) || y.score - x.score);
		this.#pairs.set(cacheKey, byProgram);
		return byProgram;
	}
}

const KIND_LABEL: Record<LineageKind, string> = {
	same: '継続',
	renamed: '名称変更',
	merged: '統合',
	successor: '後継',
	related: '関連',
};

/** 継続 / 名称変更 / 統合 / 後継 / 関連. */
export const kindLabel = (kind: LineageKind): string => KIND_LABEL[kind];
