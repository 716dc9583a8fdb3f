// A list of 32-bit integers in a typed array that grows by doubling. A body's lineage
// keeps thousands of numbers until its links are made (pairs scored, texts near each
// other): as lists of numbers they were most of what working a body out allocated, all
// of it promoted and left for a full collection (bench/RESULTS.md, "Figures behind the
// code's comments").
export class IntList {
	#items: Int32Array;
	length = 0;

	constructor(capacity = 64) {
		this.#items = new Int32Array(Math.max(4, capacity));
	}

	push(value: number): void {
		if (this.length === this.#items.length) this.#grow();
		this.#items[this.length++] = value;
	}

	/** Two values, one after the other. */
	push2(first: number, second: number): void {
		if (this.length + 2 > this.#items.length) this.#grow();
		this.#items[this.length] = first;
		this.#items[this.length + 1] = second;
		this.length += 2;
	}

	/** The value at `index` (below length). */
	at(index: number): number {
		return this.#items[index]!;
	}

	/** The values so far, as a view (valid until the list next grows). */
	view(): Int32Array {
		return this.#items.subarray(0, this.length);
	}

	#grow(): void {
		const items = new Int32Array(this.#items.length * 2);
		items.set(this.#items);
		this.#items = items;
	}
}
