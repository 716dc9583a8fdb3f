// When the link worker collects its garbage (link-worker.ts): once its heap reaches a
// ceiling set as linking begins, at what it holds then (every report's facts) plus a
// margin. Each body worked out leaves its facts as garbage too, so a ceiling that stays
// put lets each collection free more than the last. Collecting per 12 MB of growth past
// the last collection instead let the worker's heap reach 34 MB for as many collections
// (one or two) as this takes at 20 (bench/RESULTS.md, issue 14, "its cost").
export class HeapCeiling {
	#ceiling = Number.POSITIVE_INFINITY;
	readonly #margin: number;
	readonly #least: number;

	/**
	 * `margin`: bytes past the heap at the start; `least`: the least growth allowed past
	 * a collection, should the heap still hold more than the ceiling less that.
	 */
	constructor(margin: number, least: number) {
		this.#margin = margin;
		this.#least = least;
	}

	/** Linking begins, with `used` bytes of heap in use. Until then nothing is due. */
	start(used: number): void {
		this.#ceiling = used + this.#margin;
	}

	/** Whether a collection is due with `used` bytes in use. */
	due(used: number): boolean {
		return used >= this.#ceiling;
	}

	/** A collection left `used` bytes in use. */
	collected(used: number): void {
		this.#ceiling = Math.max(this.#ceiling, used + this.#least);
	}
}
