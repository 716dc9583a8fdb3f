// Work cut into steps: a generator that yields between pieces of a few programs, so the
// explorer can run it in slices between frames (load-in-background.ts), and the same
// generator run to its end where the whole result is wanted at once (print modes, tests).
// One code path, so parsing in steps gives exactly what parsing at once gives.

/** A piece of work that yields between steps and returns its result. */
export type Steps<T> = Generator<undefined, T, undefined>;

/** Runs `steps` to the end and returns their result. */
export function runSteps<T>(steps: Steps<T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}
