// What the link worker (link-worker.ts) is posted once a load's reports are all in: one
// issuing body at a time, each with all of its programs, which it works out at once
// (while the next body is posted), and the end, when it packs every body's links over
// all programs in load order. Lineage joins the reports of one issuing body only
// (lineage-body.ts). Nothing is posted while the UI thread still parses: on two cores that
// took time from the parse and from the echo of typed keys, and the lineage came no
// sooner (measured: bench/RESULTS.md, issue 14 in the sixth and tenth sessions).
import {joinPacked, linkBody, type PackedLinks} from './lineage-body.js';
import {factsOf, type LineageParts, mapParts} from './lineage-evidence.js';

/**
 * What lineage reads of one body's programs, all of them, as posted to the link worker:
 * their parts, each text written once and then as the number of its first writing (a
 * body's reports repeat most texts year after year), and each program's index among all.
 */
export type LineageBody = {
	programs: LineageParts<string | number>[];
	/** Each program's index among all programs (load order), in `programs`' order. */
	at: Int32Array;
};

/** A body's programs' parts as posted (the UI side): each text once, then as its number. */
export function postedBody(programs: readonly LineageParts[], at: Int32Array): LineageBody {
	const texts = new Map<string, number>();
	const write = (text: string): string | number => {
		const known = texts.get(text);
		if (known !== undefined) return known;
		texts.set(text, texts.size);
		return text;
	};
	return {programs: programs.map((p) => mapParts(p, write)), at};
}

export class LineageCollector {
	readonly #groups: Array<{packed: PackedLinks; at: Int32Array}> = [];
	#finished = false;

	/**
	 * A body whose reports are all in: its lineage is worked out now, while the next body
	 * is posted. Only its links are kept: the texts it was posted in, and the facts made of
	 * them, go with the garbage once it is worked out.
	 */
	body({programs, at}: LineageBody): void {
		if (this.#finished) throw new Error('a body added after the end');
		/** The body's texts as first posted, by number (postedBody). */
		const posted: string[] = [];
		const read = (text: string | number): string => {
			if (typeof text === 'number') return posted[text] ?? '';
			posted.push(text);
			return text;
		};
		const facts = programs.map((parts) => factsOf(mapParts(parts, read)));
		if (facts.length !== at.length)
			throw new Error(`a body of ${facts.length} programs posted with ${at.length} indices`);
		this.#groups.push({packed: linkBody(facts), at});
	}

	/** Every program's links, `programs` of them, indexed as the bodies' `at` said. */
	finish(programs: number): PackedLinks {
		this.#finished = true;
		return joinPacked(this.#groups, programs);
	}
}
