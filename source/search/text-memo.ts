// Per-probe memo keyed by distinct string text. Reports repeat themselves: the same
// program keeps its summary year after year, and many programs share a plan or unit
// text, so a probe is checked once per distinct text, not once per string. Stamped with
// a generation number so that nothing is cleared or allocated between probes.

export type TextMemo = {
	/** Generation in which a text's value was set. */
	stamp: Uint32Array;
	/** Per text: the probe's score, or -1 when it does not match. */
	value: Float64Array;
	generation: number;
};

export function createTextMemo(distinctTexts: number): TextMemo {
	return {
		stamp: new Uint32Array(distinctTexts),
		value: new Float64Array(distinctTexts),
		generation: 0,
	};
}

/** Starts a new probe: every text becomes unknown again. */
export function nextGeneration(memo: TextMemo): number {
	if (memo.generation >= 0xfffffffe) {
		memo.stamp.fill(0);
		memo.generation = 0;
	}
	memo.generation += 1;
	return memo.generation;
}
