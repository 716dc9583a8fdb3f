// Sets of program indices as sorted Uint32Arrays; `null` stands for "every program".
export type DocSet = Uint32Array | null;

export function intersect(a: DocSet, b: DocSet): DocSet {
	if (a === null) return b;
	if (b === null) return a;
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

export function union(sets: DocSet[]): DocSet {
	if (sets.some((s) => s === null)) return null;
	const all = new Uint32Array(sets.reduce((sum, s) => sum + s!.length, 0));
	let offset = 0;
	for (const s of sets) {
		all.set(s!, offset);
		offset += s!.length;
	}
	all.sort();
	let n = 0;
	for (let i = 0; i < all.length; i += 1) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i]!;
	return all.subarray(0, n);
}

export function fromSorted(ids: Iterable<number>): Uint32Array {
	return Uint32Array.from(ids);
}

export function size(set: DocSet, all: number): number {
	return set === null ? all : set.length;
}

export function forEachDoc(set: DocSet, all: number, visit: (doc: number) => void): void {
	if (set === null) for (let d = 0; d < all; d += 1) visit(d);
	else for (const d of set) visit(d);
}
