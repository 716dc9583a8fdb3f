// Linking while reports are still arriving (the link worker, link-worker.ts). Links join
// the reports of one issuing body only (link.ts), and report files usually come body by
// body: when a report of another body arrives, the body before it is most likely
// complete, so it is linked then, while the rest still loads. A body that gets another
// report after that is linked again at the end, with all of its reports, and is not
// guessed about again: no body is linked more than twice, so the work stays linear
// in the number of reports whatever their order. The links are what linking all the
// reports at the end gives (linkSteps), packed in the same order.
import {type LinkableReport, type LinkName, linkSteps} from './link.js';
import {joinPacked, LinkPacker, type PackedLinks} from './packed-links.js';

type Body<P extends LinkName> = {
	reports: LinkableReport<P>[];
	/** Each of the body's programs' index among all programs. */
	at: number[];
	/** The body's links, while they still hold (linked with every report it has now). */
	linked: PackedLinks | null;
	/** Linked once already, before the end. */
	guessed: boolean;
};

export class IncrementalLinker<P extends LinkName> {
	/** In the order the bodies first appeared (linkSteps' order). */
	readonly #bodies = new Map<string, Body<P>>();
	#programs = 0;
	#last: Body<P> | undefined;
	/** Bodies linked before the end, for the figures (test/report/incremental-link.test.ts). */
	guesses = 0;

	/** The next report, in load order. */
	add(report: LinkableReport<P>): void {
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
			body.linked ??= linkBody(body.reports);
			groups.push({packed: body.linked, at: body.at});
		}
		return joinPacked(groups);
	}

	#guess(body: Body<P>): void {
		if (body.guessed) return;
		body.guessed = true;
		body.linked = linkBody(body.reports);
		this.guesses++;
	}
}

/** One body's links, indexed by the order of its programs. */
function linkBody<P extends LinkName>(reports: LinkableReport<P>[]): PackedLinks {
	const packer = new LinkPacker(reports.flatMap((r) => r.programs));
	const steps = linkSteps(reports, packer.sink);
	while (!steps.next().done);
	return packer.packed();
}
