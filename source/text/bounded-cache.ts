// The one bounded cache: answers remembered by key, up to `limit` of them, after which
// it starts afresh (everything is forgotten at once). Cheaper than least-recently-used
// bookkeeping on every hit, and what every user wants: the keys that matter come back
// soon (a frame's rows, a report's repeated cells), so they are remembered again.
// Used by the width measure (width-cache.ts), the search folding (search/normalize.ts),
// the romaji and synonym lookups, and the parser's per-load interner (report/interner.ts).
// (search/text-memo.ts is no cache of this kind: a per-probe scratch indexed by text
// number, reset by a generation stamp.)

export class BoundedCache<K, V> {
	private map = new Map<K, V>();

	constructor(readonly limit: number) {}

	get size(): number {
		return this.map.size;
	}

	/** The remembered value (undefined when unknown: values are never undefined). */
	get(key: K): V | undefined {
		return this.map.get(key);
	}

	/** Remembers `value`; forgets everything first when the cache is full. */
	set(key: K, value: V): V {
		if (this.map.size >= this.limit) this.map = new Map();
		this.map.set(key, value);
		return value;
	}

	clear(): void {
		this.map = new Map();
	}
}
