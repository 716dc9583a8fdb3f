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
// Links are symmetric and one to one for same, renamed and successor.
//
// The evidence is in lineage-evidence.ts, the scores in lineage-score.ts, and a body's
// links are worked out at once (lineage-body.ts). A LineageBook is every loader's one
// shape of links: worked out by the link worker once a large load's reports are all in
// (handed over packed, each body's as it comes: adopt), or body by body when first asked
// (print modes, small loads, and a large load's bodies until the worker's links come).
import {linkBody, type PackedLinks} from './lineage-body.js';
import {lineageFacts, type ReasonEvidence, reasonEvidence} from './lineage-evidence.js';
import {decodeLink, isCounterpart, type LineageKind, reasonOf} from './lineage-score.js';
import type {Program} from './model.js';

export type {LineageKind} from './lineage-score.js';
export {isCounterpart} from './lineage-score.js';

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

/** Where a program's links are: in which packed links, at which index. */
type Row = {programs: readonly Program[]; packed: PackedLinks; at: number};

export class LineageBook {
	/**
	 * Each body's programs, in the order given, and its years: made when first needed (the
	 * explorer makes a book at every publish of a large load, and may never ask it).
	 */
	#grouped: {byBody: Map<string, Program[]>; years: Map<string, number[]>} | null = null;
	/** Links over every program, in the order given (from the link worker), if given. */
	readonly packed: PackedLinks | null;
	readonly #programs: readonly Program[];
	#index: Map<Program, number> | null = null;
	/** What each program's reasons read, once made. */
	readonly #reasons = new Map<Program, ReasonEvidence>();
	/** Bodies worked out on demand. */
	readonly #bodies = new Map<string, {index: Map<Program, number>; packed: PackedLinks}>();
	/** A list row may work its body out (false while a load's links are still coming). */
	readonly marksWork: boolean;

	/**
	 * `programs`: every program loaded (of every report, in order); `packed`: their links,
	 * in that order, when already worked out (the link worker's). `marksWork`: false while
	 * a load is under way, whose links will come: drawing a list row then never works a
	 * body out (at 25,000 programs that put 5–25 ms into frames while keys were typed).
	 */
	constructor(
		programs: readonly Program[],
		packed: PackedLinks | null = null,
		options: {marksWork?: boolean} = {},
	) {
		this.#programs = programs;
		this.packed = packed;
		this.marksWork = options.marksWork ?? true;
	}

	#groups(): {byBody: Map<string, Program[]>; years: Map<string, number[]>} {
		if (this.#grouped) return this.#grouped;
		const byBody = new Map<string, Program[]>();
		for (const program of this.#programs) {
			const list = byBody.get(program.body);
			if (list) list.push(program);
			else byBody.set(program.body, [program]);
		}
		const years = new Map<string, number[]>();
		for (const [body, list] of byBody)
			years.set(
				body,
				[...new Set(list.map((p) => p.fiscalYear))].sort((a, b) => a - b),
			);
		this.#grouped = {byBody, years};
		return this.#grouped;
	}

	/**
	 * A body's links worked out elsewhere (the link worker's, as each body comes), for its
	 * programs in load order, used as if worked out here: a list row marks its programs at
	 * once. False, and nothing kept, unless they are this book's programs of that body, in
	 * that order, and the book has no links of every program already.
	 */
	adopt(programs: readonly Program[], packed: PackedLinks): boolean {
		const body = programs[0]?.body;
		if (this.packed || body === undefined || packed.starts.length !== programs.length + 1)
			return false;
		const mine = this.#groups().byBody.get(body) ?? [];
		if (mine.length !== programs.length || mine.some((p, i) => p !== programs[i])) return false;
		this.#bodies.set(body, {index: indexOf(mine), packed});
		return true;
	}

	/** The years loaded for a program's body, other than its own, oldest first. */
	otherYears(program: Program): number[] {
		return (this.#groups().years.get(program.body) ?? []).filter((y) => y !== program.fiscalYear);
	}

	/** What became of `program` in `fiscalYear` (a year of its body). */
	inYear(program: Program, fiscalYear: number): YearLineage {
		return this.#inYears(program, [fiscalYear])[0]!;
	}

	/** Every other year of the program's body, oldest first. */
	of(program: Program): YearLineage[] {
		return this.#inYears(program, this.otherYears(program));
	}

	/** The program's lineage in each of `years` (its links read once). */
	#inYears(program: Program, years: readonly number[]): YearLineage[] {
		const out = years.map(
			(fiscalYear): YearLineage => ({fiscalYear, counterpart: null, related: []}),
		);
		for (const {other, code} of this.#links(program, true)) {
			const year = out.find((y) => y.fiscalYear === other.fiscalYear);
			if (!year) continue;
			const link = decodeLink(code);
			const [older, newer] =
				program.fiscalYear < other.fiscalYear ? [program, other] : [other, program];
			const lineage: Lineage = {
				other,
				kind: link.kind,
				score: link.score,
				reason: reasonOf(this.#reasonEvidence(older), this.#reasonEvidence(newer), link),
			};
			// Links come best first: one counterpart, then every related one above the
			// threshold (so that links stay symmetric). A program that several merged into
			// (its own same or renamed counterpart, and a merged one) lists the others among
			// the related, with their kind: each of them names it as its counterpart.
			if (isCounterpart(link.kind) && !year.counterpart) year.counterpart = lineage;
			else year.related.push(lineage);
		}
		return out;
	}

	/**
	 * The program's lineage at a glance: towards the next loaded year of its body (what
	 * became of it), or, for the newest, from the one before (where it came from). Null for
	 * a body of one year, or, while a load's links are still coming (marksWork false), for
	 * a body not worked out yet.
	 */
	mark(program: Program): LineageMark | null {
		// While the links are coming, a body not worked out has no mark: said before the years
		// are grouped (all the load's programs, 1–5 ms at every publish of a large load).
		if (!this.packed && !this.marksWork && !this.#bodies.has(program.body)) return null;
		const years = this.otherYears(program);
		const next = years.find((y) => y > program.fiscalYear);
		const previous = years.filter((y) => y < program.fiscalYear).at(-1);
		const towards = next ?? previous;
		if (towards === undefined) return null;
		const links = this.#links(program, this.marksWork);
		if (links === null) return null;
		for (const {other, code} of links)
			if (other.fiscalYear === towards) {
				const {kind} = decodeLink(code);
				if (kind !== 'related') return {kind, towards};
			}
		return {kind: next === undefined ? 'new' : 'ended', towards};
	}

	/**
	 * A program's links (its body worked out first when `work`);
	 * null when not at hand and not to be worked out.
	 */
	#links(program: Program, work: true): Array<{other: Program; code: number}>;
	#links(program: Program, work: boolean): Array<{other: Program; code: number}> | null;
	#links(program: Program, work: boolean): Array<{other: Program; code: number}> | null {
		const row = this.#row(program, work);
		// A program the book was not made with has no links.
		if (!row) return work ? [] : null;
		const out: Array<{other: Program; code: number}> = [];
		const {starts, others, codes} = row.packed;
		for (let k = starts[row.at]!; k < starts[row.at + 1]!; k++)
			out.push({other: row.programs[others[k]!]!, code: codes[k]!});
		return out;
	}

	#reasonEvidence(program: Program): ReasonEvidence {
		let out = this.#reasons.get(program);
		if (!out) {
			out = reasonEvidence(lineageFacts(program));
			this.#reasons.set(program, out);
		}
		return out;
	}

	#row(program: Program, work: boolean): Row | null {
		if (this.packed) {
			this.#index ??= indexOf(this.#programs);
			const at = this.#index.get(program);
			// A program loaded after the links were worked out has none yet.
			return at === undefined ? null : {programs: this.#programs, packed: this.packed, at};
		}
		const programs = this.#groups().byBody.get(program.body) ?? [];
		let body = this.#bodies.get(program.body);
		if (!body) {
			if (!work) return null;
			body = {index: indexOf(programs), packed: linkBody(programs.map(lineageFacts))};
			this.#bodies.set(program.body, body);
		}
		const at = body.index.get(program);
		return at === undefined ? null : {programs, packed: body.packed, at};
	}
}

const indexOf = (programs: readonly Program[]) => new Map(programs.map((p, i) => [p, i]));

/** A program's lineage at a glance (LineageBook.mark), towards one other year. */
export type LineageMark = {
	kind: Exclude<LineageKind, 'related'> | 'new' | 'ended';
	towards: number;
};

const KIND_LABEL: Record<LineageKind, string> = {
	same: '継続',
	renamed: '名称変更',
	merged: '統合',
	successor: '後継',
	related: '関連',
};

/** 継続 / 名称変更 / 統合 / 後継 / 関連. */
export const kindLabel = (kind: LineageKind): string => KIND_LABEL[kind];

const MARK: Record<LineageMark['kind'], string> = {
	same: '継',
	renamed: '改',
	merged: '統',
	successor: '後',
	new: '新',
	ended: '終',
};

/** One character for the list: 継 改 統 後 新 終 (改: 改称; 名 would read as the search's 名称 mark). */
export const markLabel = (mark: LineageMark): string => MARK[mark.kind];
