// A full garbage collection when loading is over (before the search index is built),
// and again once the index is built: loading and indexing leave garbage in V8's old
// generation that an idle explorer may never collect (the figures: bench/RESULTS.md,
// "Figures behind the code's comments"). A search right after a full collection is
// slower, so the rehearsal (search/index-lifecycle.ts) comes after the second one. The bin's
// launcher exposes gc() (build.mjs); without it (`node dist/cli.js`, tests) this does nothing.
export function collectGarbage(): void {
	(globalThis as {gc?: () => void}).gc?.();
}
