// Issue 19, the conservation rule: every non-blank line after the title of a damaged
// report is accounted for. It is a title, note or page header; or part of a program,
// pillar or sub-item (its line is in that element's source lines); or named with its
// file:line in a warning. Checked over mutations of both seeds (test/helpers/mutations.ts).
import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {decode} from '../../source/report/decode.js';
import {type ParseOutput, parseReport} from '../../source/report/parse.js';
import {mutate, mutation} from '../helpers/mutations.js';
import {FY2022_FILE, FY2024_FILE} from '../helpers/seeds.js';

const seedText = (file: string) => {
	const decoded = decode(readFileSync(file));
	if (!decoded.ok) throw new Error(`cannot decode ${file}`);
	return decoded.text;
};
const SEEDS = [seedText(FY2024_FILE), seedText(FY2022_FILE)];

/** The lines the parse output accounts for. */
function accountedLines(out: ParseOutput): Set<number> {
	const lines = new Set(out.frameLines);
	for (const report of out.reports) {
		for (const pillar of report.pillars) lines.add(pillar.line);
		for (const program of report.programs) {
			for (const line of program.lines) lines.add(line);
			for (const item of program.items) lines.add(item.line);
		}
	}
	for (const issue of out.issues)
		if (issue.line && issue.severity !== 'info') lines.add(issue.line);
	return lines;
}

/** Non-blank lines after the first title that nothing accounts for (as `line: text`). */
function lostLines(text: string, out: ParseOutput): string[] {
	const first = out.titleLines[0];
	if (first === undefined) return [];
	const accounted = accountedLines(out);
	const lost: string[] = [];
	const lines = text.split('\n');
	for (let n = first + 1; n <= lines.length; n++) {
		const line = lines[n - 1] as string;
		if (line.trim() !== '' && !accounted.has(n)) lost.push(`${n}: ${line.slice(0, 50)}`);
	}
	return lost;
}

/** Fixed seed and run count: the property runs in `npm test` (about 1–2 s). */
const CONSERVATION_RUNS = 1500;

describe('conservation: no line of a damaged report is dropped without a word', () => {
	it('holds for both seeds as they are', () => {
		for (const text of SEEDS) {
			const out = parseReport(text, 'seed.txt');
			expect(lostLines(text, out)).toEqual([]);
		}
	});

	it('holds for any mix of line damage (fixed seed)', () => {
		const damaged = fc.record({
			seed: fc.constantFrom(0, 1),
			mutations: fc.array(mutation, {minLength: 1, maxLength: 6}),
		});
		fc.assert(
			fc.property(damaged, ({seed, mutations}) => {
				const text = mutate(SEEDS[seed] as string, mutations);
				const out = parseReport(text, 'f.txt');
				if (out.reports.length === 0) {
					// The whole file is refused, with an error saying why.
					expect(out.issues.some((i) => i.severity === 'error')).toBe(true);
					return;
				}
				expect(lostLines(text, out)).toEqual([]);
			}),
			{seed: 19, numRuns: CONSERVATION_RUNS},
		);
	});
});
