// A report that crossed from the load worker arrives as a fresh copy of every value (a
// structured clone shares nothing between messages), yet reports repeat themselves: a
// program keeps its summary, plan and budget year after year, and every metric has one
// of a few units. Equal values are pointed at one copy here: strings, plan and actual
// cells, budgets, achievement lists, summary and line lists, pillars and empty lists.
// At 25,000 programs this takes the UI thread's model from ~52 to ~12 MB of heap.
// The model is read-only once loaded, so sharing is invisible: every value is unchanged
// (test/report/share-values.test.ts), only fewer copies of it exist.
import type {Achievement, Budget, Item, Metric, Program, Report, Scale} from './model.js';

/** The one empty list every empty list is pointed at (frozen: nothing may add to it). */
const EMPTY: never[] = Object.freeze([]) as unknown as never[];

/** A pool of values by key; a hit counts only if `same` agrees (keys may collide). */
class Pool<T> {
	readonly #byKey = new Map<string, T[]>();
	constructor(readonly same: (a: T, b: T) => boolean) {}

	share(key: string, value: T): T {
		const variants = this.#byKey.get(key);
		if (variants === undefined) {
			this.#byKey.set(key, [value]);
			return value;
		}
		for (const known of variants) if (this.same(known, value)) return known;
		variants.push(value);
		return value;
	}
}

/** Same own property, both absent or both equal (`{}` and `{label: undefined}` differ). */
function sameOptional<T extends object>(a: T, b: T, key: keyof T): boolean {
	return a[key] === b[key] && key in a === key in b;
}

function sameMetric(a: Metric, b: Metric): boolean {
	return (
		a.value === b.value &&
		a.unit === b.unit &&
		a.raw === b.raw &&
		sameOptional(a, b, 'label') &&
		sameOptional(a, b, 'per') &&
		sameOptional(a, b, 'approximate')
	);
}

function sameAchievement(a: Achievement, b: Achievement): boolean {
	return (
		a.unit === b.unit &&
		a.plan === b.plan &&
		a.actual === b.actual &&
		a.percent === b.percent &&
		a.pairedBy === b.pairedBy &&
		a.approximate === b.approximate &&
		sameOptional(a, b, 'label')
	);
}

function sameList<T>(same: (a: T, b: T) => boolean): (a: T[], b: T[]) => boolean {
	return (a, b) => a.length === b.length && a.every((value, i) => same(value, b[i] as T));
}

const is = <T>(a: T, b: T) => a === b;
const sameMetrics = sameList(sameMetric);
const sameAchievements = sameList(sameAchievement);

export type ValueSharer = {
	/** Points the report's values at the copies already seen (in place); returns the report. */
	share(report: Report): Report;
	/** Lets go of the pools (once loading is done: they hold one copy of every value). */
	release(): void;
};

export function valueSharer(): ValueSharer {
	let strings = new Map<string, string>();
	const pools = () => ({
		scales: new Pool<Scale>((a, b) => a.text === b.text && sameMetrics(a.metrics, b.metrics)),
		budgets: new Pool<Budget>(
			(a, b) =>
				a.text === b.text &&
				a.yen === b.yen &&
				a.approximate === b.approximate &&
				sameOptional(a, b, 'mergedFromLine'),
		),
		achievements: new Pool<Achievement[]>(sameAchievements),
		texts: new Pool<string[]>(sameList(is)),
		lines: new Pool<number[]>(sameList(is)),
		pillars: new Pool<NonNullable<Program['pillar']>>(
			(a, b) => a.no === b.no && a.title === b.title,
		),
	});
	let pool = pools();

	const text = (value: string): string => {
		const known = strings.get(value);
		if (known !== undefined) return known;
		strings.set(value, value);
		return value;
	};
	const optionalText = <T extends object, K extends keyof T>(owner: T, key: K) => {
		const value = owner[key];
		if (typeof value === 'string') owner[key] = text(value) as T[K];
	};
	const scale = (cell: Scale): Scale => {
		if (cell.metrics.length === 0) cell.metrics = EMPTY;
		for (const metric of cell.metrics) {
			metric.unit = text(metric.unit);
			metric.raw = text(metric.raw);
			optionalText(metric, 'label');
			optionalText(metric, 'per');
		}
		cell.text = text(cell.text);
		return pool.scales.share(cell.text, cell);
	};
	const budget = (value: Budget): Budget => {
		value.text = text(value.text);
		return pool.budgets.share(value.text, value);
	};
	const achievements = (list: Achievement[]): Achievement[] => {
		if (list.length === 0) return EMPTY;
		for (const a of list) {
			a.unit = text(a.unit);
			a.pairedBy = a.pairedBy === 'label' ? 'label' : 'order';
			optionalText(a, 'label');
		}
		return pool.achievements.share(
			list.map((a) => `${a.label}\u0000${a.unit}`).join('\u0001'),
			list,
		);
	};
	const texts = (list: string[]): string[] => {
		if (list.length === 0) return EMPTY;
		for (let i = 0; i < list.length; i++) list[i] = text(list[i] as string);
		return pool.texts.share(list.join('\u0000'), list);
	};
	const lines = (list: number[]): number[] =>
		list.length === 0 ? EMPTY : pool.lines.share(list.join(','), list);
	const shareParts = (owner: Item | Program) => {
		owner.name = text(owner.name);
		owner.unit = text(owner.unit);
		owner.budget = budget(owner.budget);
		owner.plan = scale(owner.plan);
		owner.actual = scale(owner.actual);
		owner.achievement = achievements(owner.achievement);
	};

	return {
		share(report) {
			report.file = text(report.file);
			report.body = text(report.body);
			report.era = text(report.era);
			for (const program of report.programs) {
				program.file = report.file;
				program.body = report.body;
				program.era = report.era;
				shareParts(program);
				optionalText(program, 'nameHint');
				program.summary = texts(program.summary);
				program.lines = lines(program.lines);
				if (program.links.length === 0) program.links = EMPTY;
				if (program.pillar) {
					program.pillar.title = text(program.pillar.title);
					program.pillar = pool.pillars.share(program.pillar.title, program.pillar);
				}
				if (program.items.length === 0) program.items = EMPTY;
				for (const item of program.items) {
					shareParts(item);
					optionalText(item, 'marker');
				}
			}
			return report;
		},
		release() {
			strings = new Map();
			pool = pools();
		},
	};
}
