// Working out lineage while reports are still arriving (the link worker, link-worker.ts).
// Lineage joins the reports of one issuing body only (lineage-body.ts), and report files
// usually come body by body: when a report of another body arrives, the body before it
// is most likely complete, so it is worked out then, while the rest still loads. A body
// that gets another report after that is worked out again at the end, with all of its
// reports, and is not guessed about again: no body is worked out more than twice, so the
// work stays linear in the number of reports whatever their order. The links are what
// working out every body at the end gives, packed over all programs in load order.
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

	report(body: string, programs: readonly LineageParts[]): LineageReport {
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
	/** The body's links, while they still hold (worked out with every report it has now). */
	linked: PackedLinks | null;
	/** Worked out once already, before the end. */
	guessed: boolean;
};

export class IncrementalLinker {
	readonly #bodies = new Map<string, Body>();
	/** Called after each body is worked out (the link worker collects its garbage then). */
	readonly #afterBody: () => void;
	#programs = 0;
	#last: Body | undefined;
	/** Bodies worked out before the end, for the figures (test/report/incremental-link.test.ts). */
	guesses = 0;

	constructor(afterBody: () => void = () => {}) {
		this.#afterBody = afterBody;
	}

	/** The next report, in load order. */
	add(report: LineageReport): void {
		let body = this.#bodies.get(report.body);
		if (this.#last && this.#last !== body) this.#guess(this.#last);
		if (!body) {
			body = {facts: [], posted: [], made: new Map(), at: [], linked: null, guessed: false};
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
		body.linked = null;
		this.#last = body;
	}

	/** Every program's links, indexed by the order the programs were added in. */
	finish(): PackedLinks {
		const groups: Array<{packed: PackedLinks; at: number[]}> = [];
		for (const body of this.#bodies.values()) {
			if (!body.linked) {
				body.linked = linkBody(body.facts);
				this.#afterBody();
			}
			groups.push({packed: body.linked, at: body.at});
		}
		return joinPacked(groups, this.#programs);
	}

	#guess(body: Body): void {
		if (body.guessed) return;
		body.guessed = true;
		body.linked = linkBody(body.facts);
		this.guesses++;
		this.#afterBody();
	}
}
