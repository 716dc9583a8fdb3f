// Sets of ids (programs or field strings) as sorted Uint32Arrays; `null` stands for all.
export type IdSet = Uint32Array | null;

export function intersect(a: IdSet, b: IdSet): IdSet {
	if (a === null) return b;
	if (b === null) return a;
	return intersectSorted(a, b);
}

/** The ids in both sorted lists (`b` may be 16-bit: gram postings, ./gram-index.ts). */
export function intersectSorted(a: Uint32Array, b: Uint32Array | Uint16Array): Uint32Array {
	const out = new Uint32Array(Math.min(a.length, b.length));
	let i = 0;
	let j = 0;
	let n = 0;
	while (i < a.length && j < b.length) {
		const x = a[i]!;
		const y = b[j]!;
		if (x === y) {
			out[n++] = x;
			i += 1;
			j += 1;
		} else if (x < y) i += 1;
		else j += 1;
	}
	return out.subarray(0, n);
}

/** The ids of `set` for which `keep` holds (a loop: TypedArray#filter is slow). */
export function filterIds(set: Uint32Array, keep: (id: number) => boolean): Uint32Array {
	const out = new Uint32Array(set.length);
	let n = 0;
	for (let i = 0; i < set.length; i += 1) {
		const id = set[i]!;
		if (keep(id)) out[n++] = id;
	}
	return out.subarray(0, n);
}

export function size(set: IdSet, all: number): number {
	return set === null ? all : set.length;
}

export function forEachId(set: IdSet, all: number, visit: (id: number) => void): void {
	if (set === null) for (let id = 0; id < all; id += 1) visit(id);
	else for (const id of set) visit(id);
}
