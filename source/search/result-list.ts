// Search results in rank order, made into result objects only when read. A one-letter
// query ranks ~25,000 programs and the list draws about 20 of them: one object per
// result was ~1.4 MB per keystroke, most of it promoted out of the young generation
// (the recent-query cache keeps it) and ~2 ms of the keystroke. Programs are read by
// rank without any object (`programAt`), for filtering and sorting.
import type {Program} from '../report/model.js';
import type {SearchResult} from './types.js';
import type {ZeroResultHelp} from './zero-result.js';

export abstract class ResultList implements Iterable<SearchResult> {
	abstract readonly length: number;
	/** The program ranked `index` (0 = best); `index` must be in [0, length). */
	abstract programAt(index: number): Program;
	/** Makes the result ranked `index` (`at` keeps it, so it is made once). */
	protected abstract make(index: number): SearchResult;

	readonly #made = new Map<number, SearchResult>();

	/** The result ranked `index`, the same object every time; undefined outside [0, length). */
	at(index: number): SearchResult | undefined {
		if (!Number.isInteger(index) || index < 0 || index >= this.length) return undefined;
		let result = this.#made.get(index);
		if (result === undefined) {
			result = this.make(index);
			this.#made.set(index, result);
		}
		return result;
	}

	*[Symbol.iterator](): Iterator<SearchResult> {
		for (let i = 0; i < this.length; i++) yield this.at(i)!;
	}

	/** Results [start, end) as an array (one object each: for printing, not for drawing). */
	slice(start = 0, end = this.length): SearchResult[] {
		const out: SearchResult[] = [];
		for (let i = Math.max(0, start); i < Math.min(end, this.length); i++) out.push(this.at(i)!);
		return out;
	}

	map<T>(fn: (result: SearchResult, index: number) => T): T[] {
		return this.slice().map(fn);
	}

	find(test: (result: SearchResult) => boolean): SearchResult | undefined {
		for (const result of this) if (test(result)) return result;
		return undefined;
	}

	/** Every program, in rank order, without making results. */
	programs(): Program[] {
		const out: Program[] = new Array(this.length);
		for (let i = 0; i < this.length; i++) out[i] = this.programAt(i);
		return out;
	}

	/** For an empty list: what was searched and tried (./zero-result.ts); undefined when unknown. */
	emptyHelp(): ZeroResultHelp | undefined {
		return undefined;
	}

	/** The results whose rank is in `ranks`, in that order. */
	pick(ranks: readonly number[]): ResultList {
		return new Picked(this, ranks);
	}

	/**
	 * Where the programs come from: the list they are read from, and the index in it of the
	 * program ranked `index` (sums over every result read typed arrays by that index:
	 * figures/money.ts, MoneyTable). Null when the list does not know.
	 */
	source(): ResultSource | null {
		return null;
	}
}

export type ResultSource = {
	all: readonly Program[];
	indexAt: (index: number) => number;
};

/** Results already made, as a list (every program for an empty query; test engines). */
export class ArrayResults extends ResultList {
	constructor(readonly results: readonly SearchResult[]) {
		super();
	}

	get length(): number {
		return this.results.length;
	}

	programAt(index: number): Program {
		return this.results[index]!.program;
	}

	protected make(index: number): SearchResult {
		return this.results[index]!;
	}
}

/** Every program in order, unranked (an empty query): a result is made when read. */
export class EveryProgram extends ResultList {
	static readonly #none = Object.freeze([]) as unknown as SearchResult['matches'];

	constructor(readonly all: readonly Program[]) {
		super();
	}

	get length(): number {
		return this.all.length;
	}

	programAt(index: number): Program {
		return this.all[index]!;
	}

	override source(): ResultSource {
		return {all: this.all, indexAt: (index) => index};
	}

	protected make(index: number): SearchResult {
		return Object.freeze({program: this.programAt(index), score: 0, matches: EveryProgram.#none});
	}
}

class Picked extends ResultList {
	constructor(
		readonly base: ResultList,
		readonly ranks: readonly number[],
	) {
		super();
	}

	get length(): number {
		return this.ranks.length;
	}

	programAt(index: number): Program {
		return this.base.programAt(this.ranks[index]!);
	}

	protected make(index: number): SearchResult {
		return this.base.at(this.ranks[index]!)!;
	}

	override source(): ResultSource | null {
		const base = this.base.source();
		if (!base) return null;
		const {ranks} = this;
		return {all: base.all, indexAt: (index) => base.indexAt(ranks[index]!)};
	}
}
