// Starts loading reports without blocking the UI. Small inputs (the bundled seeds) are
// loaded at once: that takes a few milliseconds, and their lineage is worked out when
// first asked. Large inputs are parsed on this thread, in slices, so keys and frames go
// on between them; their lineage is worked out on the second core by the link worker
// (dist/link-worker.js, next to the bundle). Once every report is in and the caller's
// `linkAfter` has resolved (the explorer: its search index is built), the worker is sent
// what lineage reads of each issuing body, a body per slice, and works each out as it
// comes (lineage-collector.ts). Without the worker (or if it fails), lineage is worked out
// here then, body by body between frames. Either way each body's links are told as they
// come ('lineage-body': the explorer marks that body's rows), then every program's,
// packed (lineage-body.ts).
//
// Two workers, each given half the bodies, linked no sooner: each took about as long as
// one for all (the first bodies, before V8 optimizes the linker, cost the most), and the
// load peaked ~15 MB higher. Linking a made-up body in the worker during the parse, to
// have the linker optimized before the reports came, made the corpus searchable ~60 ms
// later for ~50 ms sooner lineage (bench/RESULTS.md, eleventh session).
//
// Why lineage waits for the index: posted during the parse, making and cloning what it
// reads cost this thread ~70 ms and the worker's work took the second core from the
// parse's and the index's garbage collections: at 25,000 programs everything was
// searchable ~0.2 s later, and the links came no sooner (bench/RESULTS.md, tenth session).
//
// Why parsing is not in a worker: a report that crosses threads is copied (a structured
// clone), and at 25,000 programs copying the model cost about as much as parsing it
// (~0.5 s of the two cores' time), so a parse worker made loading slower, not faster.
import {existsSync, statSync} from 'node:fs';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import type * as WorkerThreads from 'node:worker_threads';
import {expandPaths} from './files.js';
import {type LineageBody, postedBody} from './lineage-collector.js';
import {joinPacked, linkBody, type PackedLinks} from './lineage-body.js';
import {lineageFacts, lineageParts} from './lineage-evidence.js';
import type {FromLinkWorker, ToLinkWorker} from './link-worker.js';
import {type LoadEvent, loadStream, parseStream} from './load-stream.js';
import type {LoadIssue, Program, Report} from './model.js';
import {WORKER_SEMI_SPACE_MB, withYoungGeneration} from './worker-young-generation.js';

export type StopLoading = () => void;

/**
 * What a background load reports: the load events, and, before 'done', when worked out
 * during the load, each body's links as they come (its programs in load order, and
 * their links in that order), then every program's (in the order of the reports'
 * programs).
 */
export type BackgroundEvent =
	| LoadEvent
	| {type: 'lineage-body'; programs: readonly Program[]; packed: PackedLinks}
	| {type: 'lineage'; packed: PackedLinks};

export type BackgroundOptions = {
	/** The link worker's bundle (default: link-worker.js next to this bundle). */
	linkWorker?: string;
	/** The load's events, made ahead of time (prepared.ts): given at once, as they are. */
	prepared?: readonly BackgroundEvent[];
	/**
	 * A large load's lineage is started once every report is in and this has resolved
	 * (default: at once). The explorer passes its search index's build.
	 */
	linkAfter?: () => Promise<unknown>;
};

/** Work per slice on this thread: input and rendering go on between slices. */
const SLICE_MS = 4;

/** Runs `steps` in slices of about SLICE_MS on this thread, then `then`. */
function inSlices(steps: Iterator<unknown>, then: () => void): StopLoading {
	let stopped = false;
	const step = () => {
		if (stopped) return;
		const until = performance.now() + SLICE_MS;
		do {
			if (steps.next().done) {
				then();
				return;
			}
		} while (performance.now() < until);
		setImmediate(step);
	};
	setImmediate(step);
	return () => {
		stopped = true;
	};
}

/** One body's programs, in load order, and each one's index among all programs. */
type BodyGroup = {programs: Program[]; at: Int32Array};

/** The programs of `reports` by body (bodies in the order first loaded). */
export function bodiesOf(reports: readonly Report[]): BodyGroup[] {
	const bodies = new Map<string, {programs: Program[]; at: number[]}>();
	let i = 0;
	for (const report of reports)
		for (const program of report.programs) {
			let group = bodies.get(program.body);
			if (!group) {
				group = {programs: [], at: []};
				bodies.set(program.body, group);
			}
			group.programs.push(program);
			group.at.push(i++);
		}
	return [...bodies.values()].map(({programs, at}) => ({programs, at: Int32Array.from(at)}));
}

/** One body's links, with where its programs are among all. */
const linkGroup = ({programs, at}: BodyGroup) => ({
	packed: linkBody(programs.map(lineageFacts)),
	at,
});

/** How many programs the reports hold. */
const programsOf = (reports: readonly Report[]) =>
	reports.reduce((n, report) => n + report.programs.length, 0);

/** What linking tells as it goes: each body's links, then every program's. */
type Linked = {
	body(group: BodyGroup, packed: PackedLinks): void;
	all(packed: PackedLinks): void;
};

/**
 * Takes each body's links in the order the bodies were sent, tells them, and once every
 * body's have come, every program's (joined). Returns what takes the next body's links.
 */
function bodyByBody(
	groups: readonly BodyGroup[],
	programs: number,
	linked: Linked,
): (packed: PackedLinks) => void {
	const parts: Array<{packed: PackedLinks; at: Int32Array}> = [];
	return (packed) => {
		const group = groups[parts.length];
		if (!group) return;
		parts.push({packed, at: group.at});
		linked.body(group, packed);
		if (parts.length === groups.length) linked.all(joinPacked(parts, programs));
	};
}

/**
 * Sends each body of `reports` to `send`, a body per slice, and returns `take`, which
 * takes each body's links back in the order sent (bodyByBody), and the stop. With no
 * body, every program's links (none) are told at the end.
 */
function bodiesInSlices(
	reports: readonly Report[],
	linked: Linked,
	send: (group: BodyGroup) => void,
): {take: (packed: PackedLinks) => void; stop: StopLoading} {
	const groups = bodiesOf(reports);
	const steps = (function* () {
		for (const group of groups) {
			send(group);
			yield;
		}
	})();
	return {
		take: bodyByBody(groups, programsOf(reports), linked),
		stop: inSlices(steps, () => {
			if (groups.length === 0) linked.all(linkAll([]));
		}),
	};
}

/** Works out the reports' lineage here, a body per slice, telling each. */
function linkInSlices(reports: Report[], linked: Linked): StopLoading {
	const sent = bodiesInSlices(reports, linked, (group) => sent.take(linkGroup(group).packed));
	return sent.stop;
}

/** Every program's links at once, as the link worker would give them (prepared.ts). */
export function linkAll(reports: Report[]): PackedLinks {
	return joinPacked(bodiesOf(reports).map(linkGroup), programsOf(reports));
}

/** What lineage reads of a body's programs, as posted to the link worker. */
export const lineageBody = ({programs}: BodyGroup): LineageBody =>
	postedBody(programs.map(lineageParts));

/** Inputs up to this many bytes are loaded before the first frame. */
export const SMALL_INPUT_BYTES = 1_000_000;

/**
 * Whether the files of `paths` hold more than `limit` bytes: files are looked at until
 * they do, so a large load stats a few of its files, not each (issue 17).
 */
function moreBytesThan(paths: string[], limit: number): boolean {
	let sum = 0;
	for (const file of expandPaths(paths).files) {
		sum += statSync(file, {throwIfNoEntry: false})?.size ?? 0;
		if (sum > limit) return true;
	}
	return false;
}

type LinkWorker = {post(reports: readonly Report[], linked: Linked): StopLoading; stop(): void};

// node:worker_threads is loaded when a worker starts: loading it took ~10 ms, and small
// inputs (the seeds) and the print modes start none (issue 17).
const require = createRequire(import.meta.url);

/**
 * Starts the link worker. Once posted the reports, it is sent each body, a slice at a
 * time, and works each out as it comes while the next ones are made and posted here;
 * `linked` is told each body's links, then every program's. `failed` is called at most
 * once, instead. The worker's young generation is its own (worker-young-generation.ts).
 */
function startLinkWorker(file: string, failed: (reason: string) => void): LinkWorker {
	const {Worker} = require('node:worker_threads') as typeof WorkerThreads;
	const worker = withYoungGeneration(WORKER_SEMI_SPACE_MB, () => new Worker(file));
	let settled = false;
	const settle = (then: () => void) => {
		if (settled) return;
		settled = true;
		then();
	};
	let take: (packed: PackedLinks) => void = () => {};
	worker.on('message', (message: FromLinkWorker) => {
		if (!settled) take(message.packed);
	});
	worker.on('error', (error) => settle(() => failed(error.message)));
	worker.on('exit', (code) => settle(() => failed(`it stopped (exit code ${code})`)));
	worker.unref();
	const send = (message: ToLinkWorker) => {
		if (!settled) worker.postMessage(message);
	};
	return {
		post: (reports, linked) => {
			const all = (packed: PackedLinks) => {
				send({type: 'end'});
				settle(() => linked.all(packed));
			};
			// A structured clone of what lineage reads is all the worker gets.
			const sent = bodiesInSlices(reports, {body: linked.body, all}, (group) =>
				send({type: 'body', body: lineageBody(group)}),
			);
			take = sent.take;
			return sent.stop;
		},
		stop: () => {
			settle(() => {});
			void worker.terminate();
		},
	};
}

export function loadInBackground(
	paths: string[],
	onEvent: (event: BackgroundEvent) => void,
	options: BackgroundOptions = {},
): StopLoading {
	if (options.prepared) {
		for (const event of options.prepared) onEvent(event);
		return () => {};
	}
	if (!moreBytesThan(paths, SMALL_INPUT_BYTES)) {
		for (const event of loadStream(paths)) onEvent(event);
		return () => {};
	}
	const reports: Report[] = []; // every report loaded, in order, to link
	let stopped = false;
	let released = false; // every report is in and linkAfter has resolved
	let linkHere = false; // no link worker, or it failed
	let stopLinking: StopLoading = () => {};
	const linked: Linked = {
		body: ({programs}, packed) => {
			if (!stopped) onEvent({type: 'lineage-body', programs, packed});
		},
		all: (packed) => {
			if (stopped) return;
			onEvent({type: 'lineage', packed});
			onEvent({type: 'done'});
		},
	};
	const link = () => {
		stopLinking();
		stopLinking = linkInSlices(reports, linked);
	};

	const workerFile =
		options.linkWorker ?? fileURLToPath(new URL('./link-worker.js', import.meta.url));
	let worker: LinkWorker | null = null;
	if (existsSync(workerFile)) {
		worker = startLinkWorker(workerFile, (reason) => {
			if (stopped) return;
			const issue: LoadIssue = {
				code: 'link-worker-failed',
				severity: 'info',
				message: `the link worker failed (${reason}); linking on the main thread`,
				file: workerFile,
			};
			onEvent({type: 'issue', issue});
			linkHere = true;
			if (released) link();
		});
	} else linkHere = true;

	const parsing = (function* () {
		for (const event of parseStream(paths)) {
			if (event.type === 'report') reports.push(event.report);
			onEvent(event);
			yield;
		}
	})();
	const release = () => {
		if (stopped) return;
		released = true;
		if (linkHere) link();
		else if (worker) stopLinking = worker.post(reports, linked);
	};
	const stopParsing = inSlices(parsing, () => {
		if (options.linkAfter) void options.linkAfter().then(release, release);
		else release();
	});
	return () => {
		stopped = true;
		stopParsing();
		stopLinking();
		worker?.stop();
	};
}
