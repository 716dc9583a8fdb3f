// meow flags → load reports → either print (--json / --csv / not a terminal) or render the explorer.
import {writeFileSync} from 'node:fs';
import meow from 'meow';
import {type ColorWhen, checkFlags, type RawFlags, unknownYearMessage} from './cli-flags.js';
import {resolveColor} from './color.js';
import {USAGE} from './cli-help.js';
import {FigureBook} from './figures/book.js';
import {changesBetween, defaultChangeYears} from './figures/changes.js';
import {changesCsv, changesJson, changesText} from './output/changes.js';
import {issueLines} from './output/issues.js';
import {toJsonText} from './output/json.js';
import {type PrintFormat, printPrograms} from './output/print.js';
import {selectPrograms} from './output/select.js';
import {type BackgroundEvent, loadInBackground} from './report/load-in-background.js';
import {bundledSeedPaths, type LoadResult, loadReports, loadResultOf} from './report/index.js';
import {type PreparedLoad, prepareLoad, preparedEvents} from './report/prepared.js';
import {ignoreInspectorSignal, installCrashGuard, installExitGuards} from './ink/exit-guards.js';
import {Screen} from './ink/screen.js';
import {withoutFetch} from './ink/without-fetch.js';
import type {LineageBook} from './report/lineage.js';
import type {Report} from './report/model.js';
import type {LoadIssue} from './report/model.js';
import {createSearchEngine} from './search/engine.js';
import {QUERY_SYNTAX_HELP} from './search/query.js';
import {zeroResultLines} from './search/zero-result.js';
import {ReportStore} from './state/report-store.js';
import {
	dumbTerminal,
	exitQuietlyOnClosed,
	isTerminal,
	onTerminal,
	stdoutClosed,
	stdoutWriter,
} from './stdio.js';
import {displayWidth, pad, truncate} from './text/width.js';

// Padded by display width: the syntax column holds Japanese (予算>1億, じんざい).
const syntax = QUERY_SYNTAX_HELP.map((s) => `    ${pad(s.syntax, 14)} ${s.meaning}`).join('\n');

/** package.json's name, version and description, put in by build.mjs (not under vitest). */
declare const SHURO_PACKAGE: {name: string; version: string; description: string} | undefined;
const packageJson = typeof SHURO_PACKAGE === 'undefined' ? undefined : SHURO_PACKAGE;

/**
 * meow reads the arguments, the environment and package.json: at run time, never when the
 * bundle's top level runs (a startup snapshot runs that once, when it is made: issue 17).
 * The built CLI gives it package.json's fields, so no run reads the file for them.
 */
const readCli = (argv = process.argv.slice(2)) =>
	meow(USAGE.replace('%SYNTAX%', syntax), {
		importMeta: import.meta,
		...(packageJson ? {pkg: packageJson} : {}),
		argv,
		// Unknown flags are checked by checkFlags, in one `shuro:` line (meow prints two).
		allowUnknownFlags: true,
		flags: {
			json: {type: 'boolean', default: false},
			csv: {type: 'boolean', default: false},
			ndjson: {type: 'boolean', default: false},
			// A string, so `--color=never` is read; `--no-color` makes it false.
			color: {type: 'string'},
			quiet: {type: 'boolean', default: false, shortFlag: 'q'},
			// --no-mouse: the terminal keeps its own mouse (select text without Shift).
			mouse: {type: 'boolean', default: true},
			help: {type: 'boolean', default: false, shortFlag: 'h'},
			version: {type: 'boolean', default: false, shortFlag: 'v'},
			// Strings: checkFlags reads them, so `--year abc` is not NaN.
			year: {type: 'string', isMultiple: true, shortFlag: 'y'},
			data: {type: 'string', isMultiple: true, shortFlag: 'd'},
			limit: {type: 'string', shortFlag: 'n'},
			ambiguousWide: {type: 'boolean', default: false},
			verbose: {type: 'boolean', default: false},
			changes: {type: 'boolean', default: false},
		},
	});

/** Exit statuses (README "Exit status"; 130 and 143 are set by ink/exit-guards.ts). */
const EXIT = {ok: 0, noMatch: 1, usage: 2, software: 70} as const;

function fail(message: string): never {
	process.stderr.write(`shuro: ${message}\n`);
	process.exit(2);
}

/**
 * What a startup snapshot holds made ahead: the bundled seeds loaded, their figures, and,
 * for the print modes, the whole load with every program's lineage asked once.
 */
export type Prepared = {load: PreparedLoad; figures: FigureBook; result?: LoadResult};

async function main(prepared: Prepared | undefined): Promise<void> {
	const cli = readCli();
	// The terminal's screen: entered by the explorer, restored on every way out.
	const screen = new Screen();
	installCrashGuard(screen);
	exitQuietlyOnClosed(process.stderr);
	ignoreInspectorSignal();
	// For benchmarks and fault tests that need to find this process.
	if (process.env.SHURO_PIDFILE) writeFileSync(process.env.SHURO_PIDFILE, String(process.pid));
	if (cli.flags.help) cli.showHelp(0);
	if (cli.flags.version) {
		cli.showVersion();
		return;
	}
	const checked = checkFlags(cli.flags as RawFlags, cli.input, process.argv.slice(2));
	if (!checked.ok) fail(checked.message);
	const flags = checked.options;
	for (const warning of flags.warnings) process.stderr.write(`shuro: ${warning}\n`);
	const {query, years} = flags;
	const paths = flags.data.length > 0 ? flags.data : bundledSeedPaths();
	if (paths.length === 0) fail('no bundled reports found next to the program; pass --data PATH');
	// The seeds as a startup snapshot holds them, if they are the files here, unchanged.
	const events = flags.data.length > 0 ? undefined : preparedEvents(prepared?.load, paths);
	// Its figures, for those same programs (a FigureBook works out any other when asked).
	const ahead = events ? prepared?.figures : undefined;

	const printing = flags.json || flags.csv || flags.ndjson || flags.changes;
	const terminal = !printing && onTerminal();
	if (terminal && !dumbTerminal()) {
		// The explorer lists every match, as it must for its sorts and filters.
		if (flags.limit !== undefined)
			fail('--limit applies to --json, --csv, --ndjson and the printed table, not the explorer');
		await explore(screen, paths, query, years, flags, events, ahead);
		return;
	}
	if (terminal) {
		process.stderr.write(
			'shuro: TERM=dumb cannot show the explorer; printing the table (--json and --csv print data)\n',
		);
	}
	if (stdoutClosed()) {
		process.stderr.write('shuro: cannot write the output: stdout is closed\n');
		process.exit(70); // EX_SOFTWARE, as for a full disk (/dev/full)
	}
	const {reports, issues, lineage} =
		(events && prepared?.result) || (events ? loadResultOf(events) : loadReports(paths));
	printIssues(issues, flags);
	if (reports.length === 0) fail('no report could be loaded');
	if (issues.some((i) => i.severity === 'error')) process.exit(2);
	const known = new Set(reports.map((r) => r.fiscalYear));
	for (const year of years) {
		if (!known.has(year)) fail(unknownYearMessage(year, [...known]));
	}
	if (flags.changes) {
		printChanges(reports, lineage, cli.input, flags);
		return;
	}
	// Built only if a query needs it.
	const engine = createSearchEngine(
		reports.flatMap((r) => r.programs),
		{deferBuild: true},
	);
	const selected = selectPrograms(reports, engine, {query, years, limit: flags.limit});
	const figures = ahead ?? new FigureBook();
	// Nothing found: say what was tried on stderr (stdout stays valid JSON, CSV or a table).
	if (query.trim() !== '' && selected.length === 0)
		process.stderr.write(`${zeroResultLines(engine.explain(query)).join('\n')}\n`);
	// A pipe's reader sets the pace: what it has not read yet is not piled up here.
	await printPrograms(
		selected,
		printFormat(flags),
		{reports, figures, lineage, query},
		stdoutWriter(),
		fitTerminal,
	);
	// As grep: 1 when nothing was found (not for a --limit 0 that asked for nothing).
	if (selected.length === 0 && flags.limit !== 0) process.exitCode = EXIT.noMatch;
}

/**
 * The table, each line cut to the terminal's width when stdout is one (`shuro 女性 <
 * /dev/null`), so no line wraps; piped, it is left whole.
 */
function fitTerminal(table: string): string {
	const width = isTerminal(1) ? process.stdout.columns : undefined;
	if (!width) return table;
	return table
		.split('\n')
		.map((line) => (displayWidth(line) > width ? truncate(line, width) : line))
		.join('\n');
}

/** `--changes [YEAR_A YEAR_B]`: per issuing body, what changed between the two years. */
function printChanges(
	reports: Report[],
	lineage: LineageBook,
	words: readonly string[],
	flags: {json: boolean; csv: boolean},
): void {
	const loaded = [...new Set(reports.map((r) => r.fiscalYear))].sort((a, b) => a - b);
	let pair: [number, number] | null;
	if (words.length === 0) pair = defaultChangeYears(loaded);
	else if (words.length === 2 && words.every((w) => /^[0-9]{4}$/.test(w)))
		pair = [Number(words[0]), Number(words[1])];
	else
		fail('--changes takes two fiscal years, such as --changes 2022 2024 (or none: the newest two)');
	if (!pair) fail(`--changes needs two loaded years (loaded: ${loaded.join(', ')})`);
	const [a, b] = pair;
	for (const year of pair) if (!loaded.includes(year)) fail(unknownYearMessage(year, loaded));
	if (a === b) fail('--changes takes two different fiscal years');
	const bodies = [...new Set(reports.map((r) => r.body))];
	const list = bodies
		.filter((body) => reports.some((r) => r.body === body && r.fiscalYear === a))
		.filter((body) => reports.some((r) => r.body === body && r.fiscalYear === b))
		.map((body) => changesBetween(lineage, reports, body, a, b));
	const write = stdoutWriter();
	if (flags.json) void write(`${toJsonText(list.map(changesJson))}\n`);
	else if (flags.csv) void write(changesCsv(list));
	else void write(`${list.map((c) => changesText(c).join('\n')).join('\n\n')}\n`);
}

/** The format the flags ask for (checkFlags lets one at most be given). */
const printFormat = (flags: {json: boolean; ndjson: boolean; csv: boolean}): PrintFormat =>
	flags.json ? 'json' : flags.ndjson ? 'ndjson' : flags.csv ? 'csv' : 'table';

/** Load problems on stderr; `--quiet` keeps only the errors. */
function printIssues(
	issues: readonly LoadIssue[],
	flags: {verbose: boolean; quiet: boolean},
): void {
	const shown = flags.quiet ? issues.filter((i) => i.severity === 'error') : issues;
	const lines = issueLines(shown, flags.verbose && !flags.quiet);
	if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
}

/** The explorer opens at once; reports are parsed between frames and appear as they come. */
async function explore(
	screen: Screen,
	paths: string[],
	query: string,
	years: number[],
	flags: {
		ambiguousWide: boolean;
		verbose: boolean;
		quiet: boolean;
		color: ColorWhen;
		mouse: boolean;
	},
	prepared: readonly BackgroundEvent[] | undefined,
	figures: FigureBook | undefined,
): Promise<void> {
	installExitGuards(screen);
	exitQuietlyOnClosed(process.stdout);
	const store = new ReportStore((programs) =>
		createSearchEngine(programs, {deferBuild: true, prefetchRomaji: true}),
	);
	const stop = loadInBackground(
		paths,
		store.accept,
		prepared ? {prepared} : {linkAfter: store.allIndexed},
	);
	const {runExplorer} = await withoutFetch(() => import('./explorer-runner.js'));
	await runExplorer({
		store,
		screen,
		query,
		years,
		ambiguousWide: flags.ambiguousWide || process.env.SHURO_AMBIGUOUS_WIDE === '1',
		color: resolveColor(flags.color),
		mouse: flags.mouse,
		...(figures ? {figures} : {}),
	});
	stop();
	// Problems found while the explorer was open are printed once the screen is back.
	printIssues(store.issues, flags);
	if (store.getSnapshot().reports.length === 0) fail('no report could be loaded');
}

/**
 * Runs shuro: dist/cli.js calls it once this chunk is loaded (source/start/bin.ts), or, from
 * a startup snapshot, once the snapshot is read. Not awaited: a failure still ends the
 * process with status 1, as an unhandled rejection.
 */
export function start(prepared?: Prepared): void {
	void main(prepared);
}

/**
 * The bundled seeds read, parsed and linked ahead of time, for a startup snapshot to hold
 * (source/start/bin.ts calls it when one is made; report/prepared.ts).
 */
export function prepare(mode: 'print' | 'explorer'): Prepared {
	const load = prepareLoad(bundledSeedPaths());
	const figures = new FigureBook();
	const result = loadResultOf(load.events);
	for (const program of result.reports.flatMap((r) => r.programs)) {
		figures.of(program);
		// The explorer keeps its own book of the load's links (a smaller snapshot).
		if (mode === 'print') result.lineage.of(program);
	}
	if (mode === 'explorer') {
		rehearseCli([]);
		return {load, figures};
	}
	rehearsePrint(result, figures);
	return {load, figures, result};
}

/**
 * Reads `argv` as a run does (meow, then checkFlags), when a snapshot is made, so the
 * snapshot holds that path compiled: a run from it compiled meow's parse on first call.
 */
function rehearseCli(argv: string[]): void {
	const cli = readCli(argv);
	checkFlags(cli.flags as RawFlags, cli.input, argv);
}

/**
 * Runs the print path once, into nothing, when a print snapshot is made: the snapshot
 * then holds its functions compiled, where a run from it compiled them on first call
 * (meow's parse and the output's writers: ~5 ms of a `--json` run, bench/RESULTS.md).
 * Nothing it makes is kept.
 */
function rehearsePrint(result: LoadResult, figures: FigureBook): void {
	rehearseCli(['--json']);
	const engine = createSearchEngine(
		result.reports.flatMap((r) => r.programs),
		{deferBuild: true},
	);
	const selected = selectPrograms(result.reports, engine, {query: '', years: []});
	const source = {reports: result.reports, figures, lineage: result.lineage, query: ''};
	for (const format of ['json', 'ndjson', 'csv', 'table'] as const)
		void printPrograms(selected, format, source, () => {});
}
