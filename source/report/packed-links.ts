// Links kept in typed arrays: 25,000 programs have ~125,000 links, which as objects
// took ~15 MB of the UI thread's heap, while the explorer only ever looks at the links
// of the program on screen. The explorer's links are packed as linking makes them (by
// the link worker, body by body, which posts them packed; or on the UI thread), and
// the table rebuilds a program's links when asked, each link's id being the linked
// program's own string.
import type {LinkName, LinkSink} from './link.js';
import type {ProgramLink} from './model.js';

export type PackedLinks = {
	/** Per program with links: its index among all programs loaded, in order. */
	from: Int32Array<ArrayBuffer>;
	/** Per program with links: how many. */
	counts: Int32Array<ArrayBuffer>;
	/** Per link: the linked program's index, kind (1 = same) and score. */
	to: Int32Array<ArrayBuffer>;
	same: Uint8Array<ArrayBuffer>;
	scores: Float64Array<ArrayBuffer>;
};

type Target = Pick<ProgramLink, 'id' | 'fiscalYear' | 'no'>;

/** Packs links as linking makes them (`sink`), then hands them over as a table. */
export class LinkPacker<P extends LinkName> {
	readonly #programs: readonly P[];
	/** Program id → its index in `programs` (a later program with the same id wins, as in the catalog). */
	readonly #index = new Map<string, number>();
	#rows = 0;
	#links = 0;
	#packed: PackedLinks;

	/** `programs`: every program loaded, in order. */
	constructor(programs: readonly P[]) {
		this.#programs = programs;
		for (const [i, p] of programs.entries()) this.#index.set(p.id, i);
		const size = Math.max(16, programs.length * 4);
		this.#packed = {
			from: new Int32Array(programs.length),
			counts: new Int32Array(programs.length),
			to: new Int32Array(size),
			same: new Uint8Array(size),
			scores: new Float64Array(size),
		};
	}

	readonly sink: LinkSink<P> = (program, links) => {
		if (links.length === 0) return;
		const packed = this.#grow(this.#links + links.length);
		packed.from[this.#rows] = this.#indexOf(program.id);
		packed.counts[this.#rows++] = links.length;
		for (const link of links) {
			packed.to[this.#links] = this.#indexOf(link.id);
			packed.same[this.#links] = link.kind === 'same' ? 1 : 0;
			packed.scores[this.#links++] = link.score;
		}
	};

	/** The links packed so far, as a table (exactly sized). */
	table(): LinkTable {
		return new LinkTable(this.packed(), this.#programs);
	}

	/** The links packed so far (exactly sized), indexed by the order of `programs`. */
	packed(): PackedLinks {
		const {from, counts, to, same, scores} = this.#packed;
		return {
			from: from.slice(0, this.#rows),
			counts: counts.slice(0, this.#rows),
			to: to.slice(0, this.#links),
			same: same.slice(0, this.#links),
			scores: scores.slice(0, this.#links),
		};
	}

	#indexOf(id: string): number {
		const index = this.#index.get(id);
		// Linking only links the programs it was given: anything else is a bug here.
		if (index === undefined) throw new Error(`link to a program not loaded: ${id}`);
		return index;
	}

	#grow(links: number): PackedLinks {
		const packed = this.#packed;
		if (links <= packed.to.length) return packed;
		const size = Math.max(links, packed.to.length * 2);
		const to = new Int32Array(size);
		const same = new Uint8Array(size);
		const scores = new Float64Array(size);
		to.set(packed.to);
		same.set(packed.same);
		scores.set(packed.scores);
		this.#packed = {...packed, to, same, scores};
		return this.#packed;
	}
}

/**
 * Packed links of several groups of programs as one: `at` gives each group's programs'
 * indices among all programs (a group's own index i is all programs' `at[i]`).
 */
export function joinPacked(
	groups: ReadonlyArray<{packed: PackedLinks; at: ArrayLike<number>}>,
): PackedLinks {
	let rows = 0;
	let links = 0;
	for (const {packed} of groups) {
		rows += packed.from.length;
		links += packed.to.length;
	}
	const joined: PackedLinks = {
		from: new Int32Array(rows),
		counts: new Int32Array(rows),
		to: new Int32Array(links),
		same: new Uint8Array(links),
		scores: new Float64Array(links),
	};
	rows = 0;
	links = 0;
	for (const {packed, at} of groups) {
		for (let i = 0; i < packed.from.length; i++)
			joined.from[rows + i] = at[packed.from[i] as number] as number;
		joined.counts.set(packed.counts, rows);
		for (let i = 0; i < packed.to.length; i++)
			joined.to[links + i] = at[packed.to[i] as number] as number;
		joined.same.set(packed.same, links);
		joined.scores.set(packed.scores, links);
		rows += packed.from.length;
		links += packed.to.length;
	}
	return joined;
}

/** Links kept packed and rebuilt per program when asked (made by a LinkPacker). */
export class LinkTable {
	readonly #packed: PackedLinks;
	readonly #programs: readonly Target[];
	/** Program id → its row in `packed.from`. */
	readonly #rows = new Map<string, number>();
	/** Per row: where its links start in `to`, `same` and `scores`. */
	readonly #starts: Int32Array;

	/** `programs`: every program loaded, in the order the packer saw them. */
	constructor(packed: PackedLinks, programs: readonly Target[]) {
		this.#packed = packed;
		this.#programs = programs;
		this.#starts = new Int32Array(packed.from.length);
		let start = 0;
		for (let row = 0; row < packed.from.length; row++) {
			this.#rows.set((programs[packed.from[row] as number] as Target).id, row);
			this.#starts[row] = start;
			start += packed.counts[row] as number;
		}
	}

	/** The links of the program with this id, as loading made them ([] for none). */
	linksOf(id: string): ProgramLink[] {
		const row = this.#rows.get(id);
		if (row === undefined) return [];
		const start = this.#starts[row] as number;
		const links: ProgramLink[] = [];
		for (let k = start; k < start + (this.#packed.counts[row] as number); k++) {
			const to = this.#programs[this.#packed.to[k] as number] as Target;
			links.push({
				fiscalYear: to.fiscalYear,
				no: to.no,
				id: to.id,
				kind: this.#packed.same[k] === 1 ? 'same' : 'related',
				score: this.#packed.scores[k] as number,
			});
		}
		return links;
	}
}
