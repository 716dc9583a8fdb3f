// A stand-in for the real engine: case-insensitive substring match on the display name
// (then summary), with highlight ranges. Blank query → every program in report order.
import type {Program, Report} from '../../source/report/model.js';
import {displayName} from '../../source/report/model.js';
import {ArrayResults} from '../../source/search/result-list.js';
import type {FieldMatch, Range, SearchEngine, SearchResult} from '../../source/search/types.js';

function ranges(text: string, words: readonly string[]): Range[] | null {
	const lower = text.toLowerCase();
	const out: Range[] = [];
	for (const word of words) {
		const at = lower.indexOf(word);
		if (at < 0) return null;
		out.push([at, at + word.length]);
	}
	return out;
}

export function createSimpleEngine(programs: readonly Program[]): SearchEngine {
	return {
		size: programs.length,
		search(query, options) {
			const words = query.toLowerCase().split(/\s+/).filter(Boolean);
			const limit = options?.limit ?? Number.POSITIVE_INFINITY;
			if (words.length === 0) {
				return new ArrayResults(
					programs.slice(0, limit).map((program) => ({program, score: 0, matches: []})),
				);
			}
			const out: SearchResult[] = [];
			for (const program of programs) {
				const name = displayName(program);
				const inName = ranges(name, words);
				if (inName) {
					out.push({program, score: 0, matches: [{field: 'name', text: name, ranges: inName}]});
					continue;
				}
				const matches: FieldMatch[] = [];
				for (const bullet of program.summary) {
					const inSummary = ranges(bullet, words);
					if (inSummary) matches.push({field: 'summary', text: bullet, ranges: inSummary});
				}
				if (matches.length > 0) out.push({program, score: 0.5, matches});
			}
			return new ArrayResults(out.sort((a, b) => a.score - b.score).slice(0, limit));
		},
	};
}

export function allPrograms(reports: readonly Report[]): Program[] {
	return reports.flatMap((r) => r.programs);
}
