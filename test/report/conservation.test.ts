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

/** A numbered program row of a seed, damaged but for its number and name. */
const damagedRow = fc.record({
	seed: fc.constantFrom(0, 1),
	program: fc.nat(),
	kind: fc.constantFrom('cut', 'empty', 'long-name'),
	cut: fc.nat(),
	empty: fc.array(fc.boolean(), {minLength: 8, maxLength: 8}),
	long: fc.integer({min: 20_000, max: 30_000}),
});

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

	it('a program row that loses cells stays that program, with its sub-items (fixed seed)', () => {
		const originals = SEEDS.map((text) => parseReport(text, 'seed.txt').report);
		fc.assert(
			fc.property(damagedRow, ({seed, program, kind, cut, empty, long}) => {
				const original = originals[seed];
				const numbered = original?.programs.filter((p) => !p.noInferred) ?? [];
				const target = numbered[program % numbered.length];
				if (!original || !target) throw new Error('no seed');
				const lines = (SEEDS[seed] as string).split('\n');
				const at = (target.lines[0] as number) - 1;
				const cells = (lines[at] as string).split('\t');
				// `38 テレワークの推進` (number and name in one cell) or `15⇥name`.
				const keep = /^[0-9]+ /.test(cells[0] ?? '') ? 1 : 2;
				if (kind === 'cut') cells.splice(keep + (cut % (cells.length - keep + 1)));
				if (kind === 'empty') for (let i = keep; i < cells.length; i++) if (empty[i]) cells[i] = '';
				if (kind === 'long-name') cells[keep - 1] = `${cells[keep - 1]}${'名'.repeat(long)}`;
				lines[at] = cells.join('\t');
				const out = parseReport(lines.join('\n'), 'f.txt');
				const after = out.report?.programs ?? [];
				const shape = (p: (typeof after)[number]) => [
					p.no,
					p.pillar?.no,
					p.items.map((i) => i.line),
				];
				expect(after.map(shape)).toEqual(original.programs.map(shape));
				expect(after.find((p) => p.no === target.no)?.name.startsWith(target.name)).toBe(true);
				expect(lostLines(lines.join('\n'), out)).toEqual([]);
			}),
			{seed: 19, numRuns: 1000},
		);
	});
});
