// Working out lineage while reports are still arriving (the link worker, link-worker.ts).
// Lineage joins the reports of one issuing body only (lineage-body.ts), and report files
// usually come body by body: when a report of another body arrives, the body before it
// is most likely complete, so it is worked out then, while the rest still loads. A body
// that gets another report after that is worked out again at the end, with all of its
// reports, and is not guessed about again: no body is worked out more than twice, so the
// work stays linear in the number of reports whatever their order. The links are what
// working out every body at the end gives, packed over all programs in load order.
import {joinPacked, linkBody, type PackedLinks} from './lineage-body.js';
import type {LineageFacts} from './lineage-evidence.js';

/** What lineage reads of a report: its body and its programs' facts. */
export type LineageReport = {body: string; programs: LineageFacts[]};

type Body = {
	reports: LineageReport[];
	/** Each of the body's programs' index among all programs. */
	at: number[];
	/** The body's links, while they still hold (worked out with every report it has now). */
	linked: PackedLinks | null;
	/** Worked out once already, before the end. */
	guessed: boolean;
};

export class IncrementalLinker {
	readonly #bodies = new Map<string, Body>();
	#programs = 0;
	#last: Body | undefined;
	/** Bodies worked out before the end, for the figures (test/report/incremental-link.test.ts). */
	guesses = 0;

	/** The next report, in load order. */
	add(report: LineageReport): void {
		let body = this.#bodies.get(report.body);
		if (this.#last && this.#last !== body) this.#guess(this.#last);
		if (!body) {
			body = {reports: [], at: [], linked: null, guessed: false};
			this.#bodies.set(report.body, body);
		}
		body.reports.push(report);
		for (let i = 0; i < report.programs.length; i++) body.at.push(this.#programs++);
		body.linked = null;
		this.#last = body;
	}

	/** Every program's links, indexed by the order the programs were added in. */
	finish(): PackedLinks {
		const groups: Array<{packed: PackedLinks; at: number[]}> = [];
		for (const body of this.#bodies.values()) {
			body.linked ??= linkReports(body.reports);
			groups.push({packed: body.linked, at: body.at});
		}
		return joinPacked(groups, this.#programs);
	}

	#guess(body: Body): void {
		if (body.guessed) return;
		body.guessed = true;
		body.linked = linkReports(body.reports);
		this.guesses++;
	}
}

/** One body's links, indexed by the order of its reports' programs. */
function linkReports(reports: LineageReport[]): PackedLinks {
	return linkBody(reports.flatMap((r) => r.programs));
}
