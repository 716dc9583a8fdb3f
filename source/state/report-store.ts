// The reports as they arrive from a background load, for the explorer to subscribe
// to (useSyncExternalStore). Publishing is throttled so that hundreds of reports
// arriving do not re-render hundreds of times, and the search index is built only
// when asked (in slices, off the critical path) or when a query needs it. The last
// report is published at once: the explorer builds the index then, while the lineage
// may still be on its way (it changes no program, so the engine is kept).
import type {PackedLinks} from '../report/lineage-body.js';
import {LineageBook} from '../report/lineage.js';
import type {BackgroundEvent} from '../report/load-in-background.js';
import type {LoadIssue, Program, Report} from '../report/model.js';
import type {DeferredIndex} from '../search/index-lifecycle.js';
import type {SearchEngine} from '../search/types.js';

export type LoadProgress = {
	/** Files read so far, and in all. */
	done: number;
	files: number;
	/** Every file is read: the reports are all in (the links may not be yet). */
	allIn: boolean;
	finished: boolean;
};

export type ReportSnapshot = {
	reports: Report[];
	/** What became of each program across the years: worked out by the load, or when asked. */
	lineage: LineageBook;
	/** The reports' engine, whose index the explorer builds (search/index-lifecycle.ts). */
	engine: SearchEngine & DeferredIndex;
	issues: LoadIssue[];
	progress: LoadProgress;
};

/** Makes an engine that returns at once and builds its index when asked (or first needed). */
export type EngineFactory = (programs: Program[]) => SearchEngine & DeferredIndex;

/** Publishing slows with the load's size: 1 s between publishes from 25,000 programs on. */
const MS_PER_PROGRAM = 0.04;
const MAX_DELAY_MS = 1000;
/** How often a body's links coming in is shown (each is a frame at most, the list marked). */
const BODY_LINKS_MS = 100;

export class ReportStore {
	/** Appended to as reports arrive; a snapshot gets a copy (made once per publish). */
	#reports: Report[] = [];
	/** The load's lineage of every program, once worked out (before 'done'). */
	#packed: PackedLinks | null = null;
	#issues: LoadIssue[] = [];
	#progress: LoadProgress = {done: 0, files: 0, allIn: false, finished: false};
	#snapshot: ReportSnapshot;
	#listeners = new Set<() => void>();
	#timer: NodeJS.Timeout | undefined;
	readonly #create: EngineFactory;
	readonly #throttleMs: number;

	constructor(create: EngineFactory, options: {throttleMs?: number} = {}) {
		this.#create = create;
		this.#throttleMs = options.throttleMs ?? 120;
		this.#snapshot = this.#makeSnapshot();
	}

	subscribe = (listener: () => void) => {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	};

	getSnapshot = () => this.#snapshot;

	/**
	 * Resolves once every report is in and the search index over all of them is built
	 * (by the explorer: ui/use-search-index.ts). The load's lineage waits for it.
	 */
	allIndexed = (): Promise<void> =>
		new Promise<void>((resolve) => {
			const check = () => {
				const {progress, engine} = this.#snapshot;
				if (!progress.allIn) return;
				unsubscribe();
				void engine.whenReady().then(resolve);
			};
			const unsubscribe = this.subscribe(check);
			check();
		});

	/** Every issue so far (printed to stderr after the explorer closes). */
	get issues(): readonly LoadIssue[] {
		return this.#issues;
	}

	accept = (event: BackgroundEvent) => {
		switch (event.type) {
			case 'start':
				this.#progress = {...this.#progress, files: event.files};
				break;
			case 'issue':
				this.#issues.push(event.issue);
				break;
			case 'report':
			case 'skipped': {
				if (event.type === 'report') this.#reports.push(event.report);
				const allIn = event.done === event.files;
				this.#progress = {...this.#progress, done: event.done, files: event.files, allIn};
				if (allIn) {
					this.#publish(true);
					return;
				}
				break;
			}
			case 'lineage-body':
				// Kept by the book the explorer has (no new book, no new catalog): the next frame
				// marks the body's rows. Frames follow the bodies every BODY_LINKS_MS at most.
				if (this.#snapshot.lineage.adopt(event.programs, event.packed))
					this.#publish(false, BODY_LINKS_MS);
				return;
			case 'lineage':
				// A new book over the same programs: the catalog is rebuilt, the engine kept.
				this.#packed = event.packed;
				this.#publish(true);
				return;
			case 'done':
				this.#progress = {...this.#progress, allIn: true, finished: true};
				this.#publish(true);
				return;
			default: {
				const never: never = event;
				throw new Error(`unknown load event ${JSON.stringify(never)}`);
			}
		}
		// The first report is shown at once; later ones are batched.
		this.#publish(this.#snapshot.reports.length === 0 && this.#reports.length > 0);
	};

	#makeSnapshot(): ReportSnapshot {
		const reports = this.#reports.slice();
		const programs = reports.flatMap((r) => r.programs);
		return {
			reports,
			lineage: this.#lineage(programs),
			engine: this.#create(programs),
			issues: this.#issues.slice(),
			progress: this.#progress,
		};
	}

	/** At once, or after `delayMs` (default: #delay()) with what has come meanwhile. */
	#publish(now: boolean, delayMs?: number) {
		if (now) {
			clearTimeout(this.#timer);
			this.#timer = undefined;
			this.#emit();
			return;
		}
		this.#timer ??= setTimeout(() => {
			this.#timer = undefined;
			this.#emit();
		}, delayMs ?? this.#delay());
	}

	/**
	 * The wait between publishes: each one builds a new engine, catalog and result list
	 * over every program so far, all garbage at the next, so a large load publishes less
	 * often (bench/RESULTS.md, "Figures behind the code's comments").
	 */
	#delay(): number {
		const programs = this.#reports.reduce((n, r) => n + r.programs.length, 0);
		return Math.max(this.#throttleMs, Math.min(MAX_DELAY_MS, programs * MS_PER_PROGRAM));
	}

	/**
	 * The load's packed links cover every program loaded when they came. While the load is
	 * under way a list row works no body out (the links are coming); once it is over, one
	 * without links (a small load) works a body out when a row first asks.
	 */
	#lineage(programs: Program[]): LineageBook {
		return new LineageBook(programs, this.#packed, {marksWork: this.#progress.finished});
	}

	#emit() {
		const reportsChanged = this.#snapshot.reports.length !== this.#reports.length;
		const issues =
			this.#snapshot.issues.length === this.#issues.length
				? this.#snapshot.issues
				: this.#issues.slice();
		this.#snapshot = reportsChanged
			? this.#makeSnapshot()
			: {
					...this.#snapshot,
					lineage:
						this.#snapshot.lineage.packed !== this.#packed ||
						this.#snapshot.lineage.marksWork !== this.#progress.finished
							? this.#lineage(this.#snapshot.reports.flatMap((r) => r.programs))
							: this.#snapshot.lineage,
					issues,
					progress: this.#progress,
				};
		for (const listener of this.#listeners) listener();
	}
}
