// The 'links' event in a packed form for posting from the load worker: 25,000 programs
// have ~125,000 links, which as objects take ~12 MB and several hundred milliseconds to
// copy between threads (most of it on the UI thread); as typed arrays, a memcpy. The
// UI thread rebuilds the same links from the programs it already holds, so each link's
// id is the linked program's own string instead of a copy.
import type {ProgramLink} from './model.js';

export type PackedLinks = {
	type: 'packed-links';
	/** Per program with links: its index among all programs loaded, in order. */
	from: Int32Array;
	/** Per program with links: how many. */
	counts: Int32Array;
	/** Per link: the linked program's index, kind (1 = same) and score. */
	to: Int32Array;
	same: Uint8Array;
	scores: Float64Array;
};

type Target = Pick<ProgramLink, 'id' | 'fiscalYear' | 'no'>;

/**
 * Packs `links` against `programs` (every program loaded, in order). Null when a link
 * names a program that is not there exactly once, so the caller can post them as they are.
 */
export function packLinks(
	links: Array<[id: string, links: ProgramLink[]]>,
	programs: Target[],
): PackedLinks | null {
	const index = new Map<string, number>();
	for (const [i, p] of programs.entries()) {
		if (index.has(p.id)) return null;
		index.set(p.id, i);
	}
	const total = links.reduce((n, [, list]) => n + list.length, 0);
	const packed: PackedLinks = {
		type: 'packed-links',
		from: new Int32Array(links.length),
		counts: new Int32Array(links.length),
		to: new Int32Array(total),
		same: new Uint8Array(total),
		scores: new Float64Array(total),
	};
	let k = 0;
	for (const [i, [id, list]] of links.entries()) {
		const from = index.get(id);
		if (from === undefined) return null;
		packed.from[i] = from;
		packed.counts[i] = list.length;
		for (const link of list) {
			const to = index.get(link.id);
			const target = to === undefined ? undefined : programs[to];
			// Anything a rebuild would not reproduce exactly goes unpacked.
			if (to === undefined || target?.fiscalYear !== link.fiscalYear || target.no !== link.no)
				return null;
			packed.to[k] = to;
			packed.same[k] = link.kind === 'same' ? 1 : 0;
			packed.scores[k] = link.score;
			k++;
		}
	}
	return packed;
}

/**
 * The links `packLinks` packed, kept packed and rebuilt per program when asked: as
 * objects, 25,000 programs' ~130,000 links took ~15 MB of the UI thread's heap, and the
 * explorer only ever looks at the links of the program on screen.
 */
export class LinkTable {
	readonly #packed: PackedLinks;
	readonly #programs: readonly Target[];
	/** Program id → its row in `packed.from`. */
	readonly #rows = new Map<string, number>();
	/** Per row: where its links start in `to`, `same` and `scores`. */
	readonly #starts: Int32Array;

	/** `programs`: every program loaded, in the order `packLinks` saw them. */
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

	/** Ids of the programs that have links, in load order. */
	ids(): string[] {
		return [...this.#rows.keys()];
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
