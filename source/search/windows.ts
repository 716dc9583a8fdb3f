// Cuts a long field string down to the spans where a fuzzy match can lie, so fuse.js's
// bitap runs over a few dozen characters instead of a 300-character summary. With the
// thresholds used, a match within k edits of a pattern of length L keeps at least one
// of the pattern's bigrams and spans at most L + k characters, so it lies within L + k
// characters of a bigram occurrence. A string's best score is the best of its spans'
// scores (with ignoreLocation a score is errors ÷ length, wherever the match is), and
// short spans repeat across programs, so each distinct span is scored once per query.

/** Pattern bigrams as numbers, and the first characters they start with. */
export type PatternGrams = {pairs: Set<number>; firsts: Set<number>};

/** A string is cut only when the spans cover less than this share of it. */
const WORTHWHILE = 0.6;

export function patternGrams(pattern: string): PatternGrams {
	const pairs = new Set<number>();
	const firsts = new Set<number>();
	for (let i = 1; i < pattern.length; i += 1) {
		const a = pattern.charCodeAt(i - 1);
		firsts.add(a);
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
	// The argument needs every match to keep a bigram: (L − 1) − 2k ≥ 1.
	if (pattern.length - 1 - 2 * maxErrors < 1 || text.length <= 2 * reach) return [text];
	const spans: [number, number][] = [];
	for (let p = 0; p + 1 < text.length; p += 1) {
		const a = text.charCodeAt(p);
		if (!grams.firsts.has(a) || !grams.pairs.has(a * 0x10000 + text.charCodeAt(p + 1))) continue;
		const from = Math.max(0, p + 2 - reach);
		const to = Math.min(text.length, p + reach);
		const last = spans[spans.length - 1];
		if (last && from <= last[1]) last[1] = Math.max(last[1], to);
		else spans.push([from, to]);
	}
	const covered = spans.reduce((sum, [from, to]) => sum + to - from, 0);
	if (covered >= WORTHWHILE * text.length) return [text];
	return spans.map(([from, to]) => text.slice(from, to));
}
