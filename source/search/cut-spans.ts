// Cuts a long field string down to the spans where a fuzzy match can lie, so fuse.js's
// bitap runs over a few dozen characters instead of a 300-character summary. With the
// thresholds used, a match within k edits of a pattern of length L keeps at least
// (L − 1) − 2k ≥ 1 of the pattern's bigrams and spans at most L + k characters, so it
// lies around a cluster of that many bigram occurrences, within L + k characters. A string's best score is the best of its spans'
// scores (with ignoreLocation a score is errors ÷ length, wherever the match is), and
// short spans repeat across programs, so each distinct span is scored once per query.

/** Pattern bigrams as numbers, and a bitmap of the characters they start with. */
export type PatternGrams = {pairs: Set<number>; firsts: Uint8Array};

/** A string is cut only when the spans cover less than this share of it. */
const WORTHWHILE = 0.6;

export function patternGrams(pattern: string): PatternGrams {
	const pairs = new Set<number>();
	const firsts = new Uint8Array(0x10000);
	for (let i = 1; i < pattern.length; i += 1) {
		const a = pattern.charCodeAt(i - 1);
		firsts[a] = 1;
		pairs.add(a * 0x10000 + pattern.charCodeAt(i));
	}
	return {pairs, firsts};
}

/**
 * The texts fuse.js has to score for `text`: its spans, none when the string cannot
 * match, or the whole string when cutting would save little.
 */
export function fuzzySpans(
	text: string,
	pattern: string,
	grams: PatternGrams,
	maxErrors: number,
): string[] {
	const reach = pattern.length + maxErrors;
	// q-gram lemma: a match keeps at least `need` of the pattern's bigrams.
	const need = pattern.length - 1 - 2 * maxErrors;
	if (need < 1 || text.length <= 2 * reach) return [text];
	const at: number[] = [];
	const {firsts, pairs} = grams;
	for (let p = 0; p + 1 < text.length; p += 1) {
		const a = text.charCodeAt(p);
		if (firsts[a] === 1 && pairs.has(a * 0x10000 + text.charCodeAt(p + 1))) at.push(p);
	}
	// A match holds `need` bigram occurrences within its length (≤ reach): consecutive
	// ones in `at`. Only such clusters can host a match, within reach of both ends.
	const spans: [number, number][] = [];
	for (let i = 0; i + need - 1 < at.length; i += 1) {
		const first = at[i]!;
		const last = at[i + need - 1]!;
		if (last + 2 - first > reach) continue;
		const from = Math.max(0, last + 2 - reach);
		const to = Math.min(text.length, first + reach);
		const previous = spans[spans.length - 1];
		if (previous && from <= previous[1]) previous[1] = Math.max(previous[1], to);
		else spans.push([from, to]);
	}
	const covered = spans.reduce((sum, [from, to]) => sum + to - from, 0);
	if (covered >= WORTHWHILE * text.length) return [text];
	return spans.map(([from, to]) => text.slice(from, to));
}
