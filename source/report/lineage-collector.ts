// What the link worker (link-worker.ts) is posted once a load's reports are all in: one
// issuing body at a time, each with all of its programs, which it works out at once
// (while the next body is posted) and answers with that body's links. Lineage joins the
// reports of one issuing body only (lineage-body.ts). Nothing is posted while the UI
// thread still parses: on two cores that took time from the parse and from the echo of
// typed keys, and the lineage came no sooner (measured: bench/RESULTS.md, issue 14 in the
// sixth and tenth sessions).
import {linkBody, type PackedLinks} from './lineage-body.js';
import {factsOf, type LineageParts, mapParts} from './lineage-evidence.js';

/**
 * What lineage reads of one body's programs, all of them, as posted to the link worker:
 * their parts, each text written once and then as the number of its first writing (a
 * body's reports repeat most texts year after year).
 */
export type LineageBody = {programs: LineageParts<string | number>[]};

/** A body's programs' parts as posted (the UI side): each text once, then as its number. */
export function postedBody(programs: readonly LineageParts[]): LineageBody {
	const texts = new Map<string, number>();
	const write = (text: string): string | number => {
		const known = texts.get(text);
		if (known !== undefined) return known;
		texts.set(text, texts.size);
		return text;
	};
	return {programs: programs.map((p) => mapParts(p, write))};
}

/**
 * The links of a body as posted (in its programs' order): worked out by the link worker as
 * each body comes, while the next is posted. The texts it was posted in, and the facts
 * made of them, go with the garbage once it is worked out.
 */
export function linkPosted({programs}: LineageBody): PackedLinks {
	/** The body's texts as first posted, by number (postedBody). */
	const posted: string[] = [];
	const read = (text: string | number): string => {
		if (typeof text === 'number') return posted[text] ?? '';
		posted.push(text);
		return text;
	};
	return linkBody(programs.map((parts) => factsOf(mapParts(parts, read))));
}
