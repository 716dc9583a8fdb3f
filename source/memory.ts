// A full garbage collection when loading is over (before the search index is built),
// and again once the index is built. At 25,000 programs, loading and indexing leave
// ~25 MB of garbage in V8's old generation, which V8 would keep until a later
// collection that an idle explorer may never trigger: resident memory peaked at ~127 MB
// while indexing and grew to ~137 MB while typing; collected, it peaks at ~115 MB and
// stays near ~105 MB. A search right after a full collection runs 3–5 times slower,
// so the rehearsal (search/index-lifecycle.ts) comes after the second one. The bin's first
// line exposes gc() (build.mjs); without it (`node dist/cli.js`, tests) this does nothing.
export function collectGarbage(): void {
	(globalThis as {gc?: () => void}).gc?.();
}
