// Highlight ranges: found on the normalised copy, mapped back onto the displayed text,
// so a match of `it` or `kyaria` lights up `ＩＴ` or `キャリア` exactly as printed.
// Worked out per result on demand: most results are never drawn.
import {displayTexts, fieldOf, type SearchCorpus, textOf} from './corpus.js';
import {probeRanges} from './probe-ranges.js';
import {mapRangeToOriginal, normalizeWithMap} from './normalize.js';
import type {Probe} from './probe.js';
import type {FieldMatch, MatchForm, Range} from './types.js';

/** Forms from strongest to weakest: a field's match names the strongest form found in it. */
export const FORM_ORDER: readonly MatchForm[] = [
	'direct',
	'variant',
	'romaji',
	'reading',
	'synonym',
];

/** Sorts and merges overlapping or touching ranges. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
	const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: Range[] = [];
	for (const [start, end] of sorted) {
		const last = merged[merged.length - 1];
		if (last && start <= last[1]) last[1] = Math.max(last[1], end);
		else merged.push([start, end]);
	}
	return merged;
}

/** Maps ranges on normalizeForSearch(display) onto `display`. */
export function displayRanges(display: string, normalizedRanges: readonly Range[]): Range[] {
	const map = normalizeWithMap(display);
	const mapped: Range[] = [];
	for (const [start, end] of normalizedRanges) {
		const range = mapRangeToOriginal(map, start, end);
		if (range) mapped.push(range);
	}
	return mergeRanges(mapped);
}

/**
 * The fields of program `doc` that the probes match, with ranges on the displayed text;
 * with `nameOnly`, just the name's (the first string of a program is its name).
 */
export function programMatches(
	corpus: SearchCorpus,
	probes: readonly Probe[],
	doc: number,
	nameOnly = false,
): FieldMatch[] {
	const matches: FieldMatch[] = [];
	const first = corpus.docStart[doc]!;
	const end = nameOnly ? first + 1 : corpus.docStart[doc + 1]!;
	let displays: string[] | undefined;
	for (let id = first; id < end; id += 1) {
		const text = textOf(corpus, id);
		const ranges: Range[] = [];
		let strongest = FORM_ORDER.length;
		for (const probe of probes) {
			const found = probeRanges(text, probe, id === first);
			if (found.length === 0) continue;
			ranges.push(...found);
			strongest = Math.min(strongest, FORM_ORDER.indexOf(probe.form));
		}
		if (ranges.length === 0) continue;
		displays ??= displayTexts(corpus, doc);
		const display = displays[id - first]!;
		matches.push({
			field: fieldOf(corpus, id),
			text: display,
			ranges: displayRanges(display, ranges),
			form: FORM_ORDER[strongest]!,
		});
	}
	return matches;
}

/** The text of string `id` (of program `doc`) that `probe` matched, as printed; '' when none. */
export function matchedText(corpus: SearchCorpus, probe: Probe, doc: number, id: number): string {
	const first = corpus.docStart[doc]!;
	const ranges = probeRanges(textOf(corpus, id), probe, id === first);
	const display = displayTexts(corpus, doc)[id - first] ?? '';
	const [range] = displayRanges(display, ranges);
	return range ? display.slice(range[0], range[1]) : '';
}

/** Cuts `text` into runs for rendering, marking the highlighted ones. */
export function splitHighlighted(
	text: string,
	ranges: readonly Range[],
): {text: string; highlighted: boolean}[] {
	const parts: {text: string; highlighted: boolean}[] = [];
	let at = 0;
	for (const [start, end] of mergeRanges(ranges)) {
		const from = Math.max(start, at);
		const to = Math.min(end, text.length);
		if (to <= from) continue;
		if (from > at) parts.push({text: text.slice(at, from), highlighted: false});
		parts.push({text: text.slice(from, to), highlighted: true});
		at = to;
	}
	if (at < text.length) parts.push({text: text.slice(at), highlighted: false});
	return parts;
}
