// Checks what meow parsed against what the user typed (issue 19): flag values are read
// here, not by meow's number type (which turns `--limit abc` into NaN), unknown flags and
// a `--data` with no path are errors, and the query is capped as the search line caps a
// paste. Every problem is one `shuro: …` line.
import {MAX_QUERY} from './state/explorer.js';

/** The flags as meow gives them (limit and year as typed: strings). */
export type RawFlags = {
	json: boolean;
	csv: boolean;
	year: string[];
	data: string[];
	limit?: string | undefined;
	ambiguousWide: boolean;
	verbose: boolean;
	changes: boolean;
	[unknown: string]: unknown;
};

export type CliOptions = {
	json: boolean;
	csv: boolean;
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
	'year',
	'data',
	'limit',
	'ambiguousWide',
	'verbose',
	'changes',
]);
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
		if (!/^[0-9]{4}$/.test(text.trim()))
			return {ok: false, message: `--year takes a fiscal year such as 2024, not ${quote(text)}`};
		years.push(Number(text));
	}
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
