// A full garbage collection, when loading is over (before the search index is built)
// and again after the rehearsal (ui/use-rehearsal.ts). At 25,000 programs these leave
// ~25 MB of garbage in V8's old generation, which V8 would keep until a later
// collection that an idle explorer may never trigger: resident memory peaked at ~127 MB
// while indexing and grew to ~137 MB while typing; collected, it peaks at ~115 MB and
// stays near ~105 MB. The bin's first line exposes gc() (build.mjs); without it
// (`node dist/cli.js`, tests) this does nothing.
export function collectGarbage(): void {
	(globalThis as {gc?: () => void}).gc?.();
}
