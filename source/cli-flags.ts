// Checks what meow parsed against what the user typed (issue 19): flag values are read
// here, not by meow's number type (which turns `--limit abc` into NaN), unknown flags and
// a `--data` with no path are errors, and the query is capped as the search line caps a
// paste. Every problem is one `shuro: …` line.
import {parseFiscalYear} from './fiscal-year.js';
import {MAX_QUERY} from './state/explorer.js';

export {unknownYearMessage} from './fiscal-year.js';

/** The flags as meow gives them (limit and year as typed: strings). */
export type RawFlags = {
	json: boolean;
	csv: boolean;
	ndjson: boolean;
	/** `--color WHEN`; meow gives false for `--no-color`. */
	color?: string | boolean | undefined;
	quiet: boolean;
	mouse: boolean;
	help?: boolean;
	version?: boolean;
	year: string[];
	data: string[];
	limit?: string | undefined;
	ambiguousWide: boolean;
	verbose: boolean;
	changes: boolean;
	[unknown: string]: unknown;
};

export type ColorWhen = 'auto' | 'always' | 'never';

export type CliOptions = {
	json: boolean;
	csv: boolean;
	ndjson: boolean;
	color: ColorWhen;
	quiet: boolean;
	mouse: boolean;
	years: number[];
	data: string[];
	limit: number | undefined;
	ambiguousWide: boolean;
	verbose: boolean;
	/** `--changes [YEAR_A YEAR_B]`: the changes between two years (the words are the years). */
	changes: boolean;
	query: string;
	/** One-line warnings to print (without the `shuro: ` prefix). */
	warnings: string[];
};

const KNOWN = new Set([
	'json',
	'csv',
	'ndjson',
	'color',
	'quiet',
	'mouse',
	'help',
	'version',
	'year',
	'data',
	'limit',
	'ambiguousWide',
	'verbose',
	'changes',
]);

/** `--color` as given: auto, always or never (`--no-color` = never; a bare `--color` = auto). */
function colorWhen(value: string | boolean | undefined): ColorWhen | null {
	if (value === undefined || value === '' || value === 'auto') return 'auto';
	if (value === false || value === 'never') return 'never';
	if (value === true || value === 'always') return 'always';
	return null;
}
const kebab = (name: string) =>
	name.length === 1 ? `-${name}` : `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
const quote = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Whether `argv` (before a `--`) has the flag with no value (`--data` last, or before a flag). */
function givenEmpty(argv: readonly string[], names: string[]): boolean {
	const end = argv.indexOf('--');
	const args = end >= 0 ? argv.slice(0, end) : argv;
	return args.some((arg, i) => {
		if (names.some((n) => arg === `${n}=`)) return true;
		if (!names.includes(arg)) return false;
		const next = args[i + 1];
		return next === undefined || next === '' || next.startsWith('-');
	});
}

/** Checked options, or the one-line error to print. */
export function checkFlags(
	flags: RawFlags,
	input: readonly string[],
	argv: readonly string[],
): {ok: true; options: CliOptions} | {ok: false; message: string} {
	const unknown = Object.keys(flags).filter((name) => !KNOWN.has(name));
	if (unknown.length > 0) {
		const names = unknown.map(kebab).join(' ');
		return {
			ok: false,
			message: `unknown flag${unknown.length > 1 ? 's' : ''} ${names} (shuro --help lists them)`,
		};
	}
	if (givenEmpty(argv, ['--data', '-d']) || flags.data.some((d) => d === ''))
		return {ok: false, message: '--data needs a path: a report file or a directory'};
	if (givenEmpty(argv, ['--year', '-y']))
		return {ok: false, message: '--year needs a fiscal year, such as --year 2024'};
	const years: number[] = [];
	for (const text of flags.year) {
		const year = parseFiscalYear(text);
		if (year === null)
			return {
				ok: false,
				message: `--year takes a fiscal year such as 2024, FY2024, R6 or 令和6年度, not ${quote(text)}`,
			};
		years.push(year);
	}
	const outputs = [flags.json && '--json', flags.csv && '--csv', flags.ndjson && '--ndjson'].filter(
		(f): f is string => typeof f === 'string',
	);
	if (outputs.length > 1)
		return {ok: false, message: `${outputs.join(' and ')} cannot be used together: choose one`};
	const color = colorWhen(flags.color);
	if (color === null)
		return {
			ok: false,
			message: `--color takes auto, always or never, not ${quote(String(flags.color))}`,
		};
	let limit: number | undefined;
	if (flags.limit !== undefined) {
		if (!/^[0-9]{1,9}$/.test(flags.limit.trim()))
			return {ok: false, message: `--limit takes a whole number ≥ 0, not ${quote(flags.limit)}`};
		limit = Number(flags.limit);
	}
	const warnings: string[] = [];
	let query = input.join(' ');
	if (query.length > MAX_QUERY) {
		// Never cut between the two halves of a surrogate pair, as the search line does.
		query = query.slice(0, MAX_QUERY).replace(/[\uD800-\uDBFF]$/, '');
		warnings.push(
			`warning: the query is longer than ${MAX_QUERY} characters; only the first ${MAX_QUERY} are searched`,
		);
	}
	return {
		ok: true,
		options: {
			json: flags.json,
			csv: flags.csv,
			ndjson: flags.ndjson,
			color,
			quiet: flags.quiet,
			mouse: flags.mouse,
			years,
			data: flags.data,
			limit,
			ambiguousWide: flags.ambiguousWide,
			verbose: flags.verbose,
			changes: flags.changes === true,
			query,
			warnings,
		},
	};
}
