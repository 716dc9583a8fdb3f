// What the link worker (link-worker.ts) keeps of the reports as they arrive, body by body,
// and the lineage of every body once loading is over, packed over all programs in load
// order. Lineage joins the reports of one issuing body only (lineage-body.ts). Bodies
// are not worked out while the UI thread still parses: on two cores that took time from
// the parse and from the echo of typed keys, and the lineage came no sooner (measured:
// bench/RESULTS.md, issue 14 in the sixth session).
import {joinPacked, linkBody, type PackedLinks} from './lineage-body.js';
import {factsOf, type LineageFacts, type LineageParts, mapParts} from './lineage-evidence.js';

/**
 * What lineage reads of a report, as posted to the link worker: its body and its programs'
 * parts, each text written once per body and then as its number (TextsPosted): a body's
 * reports repeat most texts year after year, and the worker keeps them until the end.
 */
export type LineageReport = {body: string; programs: LineageParts<string | number>[]};

/** Writes each text of a body once, then as the number of its first writing (the UI side). */
export class TextsPosted {
	readonly #bodies = new Map<string, Map<string, number>>();
	#closed = false;

	/**
	 * No more reports: the texts' numbers go (~1.7 MB at 25,000 programs, which the
	 * explorer would keep for as long as it runs with the load's stop function).
	 */
	close(): void {
		this.#closed = true;
		this.#bodies.clear();
	}

	report(body: string, programs: readonly LineageParts[]): LineageReport {
		if (this.#closed) throw new Error('a report posted after the end');
		let known = this.#bodies.get(body);
		if (!known) {
			known = new Map();
			this.#bodies.set(body, known);
		}
		const texts = known;
		const write = (text: string): string | number => {
			const at = texts.get(text);
			if (at !== undefined) return at;
			texts.set(text, texts.size);
			return text;
		};
		return {body, programs: programs.map((p) => mapParts(p, write))};
	}
}

type Body = {
	/** The facts of the body's programs so far, in load order. */
	facts: LineageFacts[];
	/** The body's texts as first posted, by number (TextsPosted). */
	posted: string[];
	/** One copy of each text made of them (a summary, the text where names are looked for). */
	made: Map<string, string>;
	/** Each of the body's programs' index among all programs. */
	at: number[];
};

export class LineageCollector {
	readonly #bodies = new Map<string, Body>();
	/**
	 * Called as each body is worked out, while its working set is alive (the link worker
	 * collects its garbage then: lineage-body.ts, LinkBodyOptions.whileAlive).
	 */
	readonly #afterBody: () => void;
	#programs = 0;
	#closed = false;

	constructor(afterBody: () => void = () => {}) {
		this.#afterBody = afterBody;
	}

	/** The next report, in load order. */
	add(report: LineageReport): void {
		if (this.#closed) throw new Error('a report added after the end');
		let body = this.#bodies.get(report.body);
		if (!body) {
			body = {facts: [], posted: [], made: new Map(), at: []};
			this.#bodies.set(report.body, body);
		}
		const {posted, made} = body;
		const read = (text: string | number): string => {
			if (typeof text === 'number') return posted[text] ?? '';
			posted.push(text);
			return text;
		};
		const intern = (text: string) => {
			const known = made.get(text);
			if (known !== undefined) return known;
			made.set(text, text);
			return text;
		};
		for (const parts of report.programs) {
			body.facts.push(factsOf(mapParts(parts, read), intern));
			body.at.push(this.#programs++);
		}
	}

	/**
	 * No more reports: what reading them needed (each body's texts as posted, and the one
	 * copy of each text made of them) can go with the garbage before any body is worked
	 * out; the facts keep what lineage reads (of the worker's 16 MB of heap at 25,000
	 * programs, 4 MB go: bench/RESULTS.md, issue 14, "its cost").
	 */
	close(): void {
		this.#closed = true;
		for (const body of this.#bodies.values()) {
			body.posted = [];
			body.made.clear();
		}
	}

	/** Every program's links, indexed by the order the programs were added in. */
	finish(): PackedLinks {
		this.close();
		const groups: Array<{packed: PackedLinks; at: number[]}> = [];
		for (const body of this.#bodies.values()) {
			groups.push({packed: linkBody(body.facts, {whileAlive: this.#afterBody}), at: body.at});
			// What the body's lineage was made of can go with the garbage.
			body.facts = [];
		}
		return joinPacked(groups, this.#programs);
	}
}
