// What became of each program from FY2022 to FY2024, judged by hand from the two seeds
// (seeds/*.txt), and the linker held to it; then properties over generated reports.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {LineageBook, type LineageKind} from '../../source/report/lineage.js';
import type {Program, Report} from '../../source/report/model.js';
import {report, seedProgram, seeds} from '../helpers/seeds.js';

type Judged = [
	older: number,
	kind: Exclude<LineageKind, 'related'>,
	newer: number,
	evidence: RegExp,
];

// FY2022 no. → FY2024 no., with the evidence a reader would point to.
const COUNTERPARTS: Judged[] = [
	// The same name (a trailing parenthetical and spacing aside).
	[3, 'same', 10, /名称が同じ/],
	[4, 'same', 40, /名称が同じ/],
	[5, 'same', 45, /名称が同じ/],
	[14, 'same', 44, /名称が同じ \(表記の違いを除く\)/], // …適性化(就業技術科・職能開発科を…)
	[24, 'same', 36, /名称が同じ/],
	[25, 'same', 35, /名称が同じ/],
	[29, 'same', 3, /名称が同じ/],
	[38, 'same', 19, /名称が同じ/],
	// FY2024 #39 plans ①障害者雇用ナビゲート事業 新規登録企業65社: FY2022 #6 lives on inside it.
	[6, 'merged', 39, /No\.39の記載に「障害者雇用ナビゲート事業」の名がある/],
	// The same summary word for word but for the name (特定技能 matching for SMEs).
	[30, 'renamed', 47, /概要の一致 0\.4\d/],
	// 相談窓口, 集中講座/セミナー 1,000社 and 専門家派遣 300社 both years.
	[35, 'renamed', 20, /計画 1000社・300社 一致/],
	// A trial-employment dispatch programme (派遣決定実人数) redesigned with reskilling.
	[1, 'successor', 16, /単位『派遣決定実人数』一致/],
	// Scholarship-repayment support for SMEs, turned into matching events.
	[31, 'successor', 11, /名称の一致 0\.3\d/],
	// E-learning and job support for 300 trainees a year (入校者数), for single parents, then
	// for women in non-regular work.
	[9, 'successor', 15, /単位『入校者数』一致、計画 300人 一致/],
];

/** FY2022 programs with no counterpart in FY2024 (終了). */
const ENDED = [
	2, 7, 8, 10, 11, 12, 13, 15, 16, 17, 18, 19, 20, 21, 22, 23, 26, 27, 28, 32, 33, 34, 36, 37,
];
/** FY2024 programs with no counterpart in FY2022 (新規). */
const NEW = [
	1, 2, 4, 5, 6, 7, 8, 9, 12, 13, 14, 17, 18, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33,
	34, 37, 38, 41, 42, 43, 46,
];

const book = new LineageBook(seeds().reports.flatMap((r) => r.programs));
const fy = seedProgram;

describe('lineage of the seeds, FY2022 → FY2024', () => {
	it('covers every program of both years exactly once', () => {
		const older = [...COUNTERPARTS.map(([o]) => o), ...ENDED].sort((a, b) => a - b);
		expect(older).toEqual(report(2022).programs.map((p) => p.no));
		const newer = [...COUNTERPARTS.map(([, , n]) => n), ...NEW].sort((a, b) => a - b);
		expect(newer).toEqual(report(2024).programs.map((p) => p.no));
	});
	it.each(COUNTERPARTS)('FY2022 #%i is %s FY2024 #%i', (older, kind, newer, evidence) => {
		const forward = book.inYear(fy(2022, older), 2024).counterpart;
		expect(forward?.other.no).toBe(newer);
		expect(forward?.kind).toBe(kind);
		expect(forward?.reason).toMatch(evidence);
		// Seen from the other year, the same link.
		const back = book.inYear(fy(2024, newer), 2022).counterpart;
		expect([back?.other.no, back?.kind, back?.score]).toEqual([older, kind, forward?.score]);
		// Calibrated: a reader would call same, merged and renamed the same program.
		if (kind === 'successor') expect(forward?.score).toBeLessThan(0.9);
		else expect(forward?.score).toBeGreaterThanOrEqual(0.9);
	});
	it.each(ENDED)('FY2022 #%i ended (終了)', (no) => {
		expect(book.inYear(fy(2022, no), 2024).counterpart).toBeNull();
	});
	it.each(NEW)('FY2024 #%i is new (新規)', (no) => {
		expect(book.inYear(fy(2024, no), 2022).counterpart).toBeNull();
	});
	it('makes no counterpart of a shared generic word, and offers related programs instead', () => {
		// 人材確保・就職促進緊急対策事業 ↔ デジタル人材確保・就職促進事業: matching events for
		// different industries, sharing 人材確保・就職促進.
		const digital = book.inYear(fy(2022, 32), 2024);
		expect(digital.counterpart).toBeNull();
		expect(digital.related.map((r) => r.other.no)).toContain(9);
		expect(digital.related.every((r) => r.score < 0.7)).toBe(true);
		// ものづくり産業人材確保 (recruiting) is not ものづくり等産業人材育成 (training).
		expect(book.inYear(fy(2022, 33), 2024).counterpart).toBeNull();
		// 男性育休… → 男性育業…: Tokyo's renaming makes them related, not the same program.
		expect(book.inYear(fy(2022, 37), 2024).related.map((r) => r.other.no)).toContain(23);
	});
});

/** Reports of several bodies and years, built from the seeds' programs with their names varied. */
const generatedReports = fc
	.array(
		fc.record({
			body: fc.constantFrom('', '大阪府', '北海道'),
			year: fc.constantFrom(2020, 2022, 2024),
			picks: fc.array(fc.nat(84), {minLength: 1, maxLength: 12}),
			prefix: fc.constantFrom('', '新', 'モデル', '地域'),
		}),
		{minLength: 1, maxLength: 6},
	)
	.map((specs): Report[] => {
		const all = seeds().reports.flatMap((r) => r.programs);
		const seen = new Set<string>();
		const out: Report[] = [];
		for (const spec of specs) {
			const key = `${spec.body}|${spec.year}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const programs = [...new Set(spec.picks)].map((pick, i): Program => {
				const source = all[pick % all.length] as Program;
				const name = i % 2 === 0 ? `${spec.prefix}${source.name}` : source.name;
				return {
					...source,
					id: `${key}|${i + 1}`,
					no: i + 1,
					name,
					body: spec.body,
					fiscalYear: spec.year,
				};
			});
			out.push({
				body: spec.body,
				era: `FY${spec.year}`,
				fiscalYear: spec.year,
				title: '',
				file: `${key}.txt`,
				notes: [],
				pillars: [],
				programs,
			});
		}
		return out;
	});

describe('a program that several continue into', () => {
	it('has one counterpart and lists the program merged into it among the related, both ways', () => {
		// Found by the symmetry property: in the older year both FY2022 #6 障害者雇用ナビゲート
		// 事業 and FY2024 #39 障害者雇用就業総合推進事業 (whose plan names #6), in the newer
		// year #39 again. #39 continues as itself (same) and #6 merges into it; #39 of the
		// newer year used to drop #6's link, so #6 pointed at a program that did not point back.
		const at = (source: Program, fiscalYear: number, no: number): Program => ({
			...source,
			id: `${fiscalYear}|${no}`,
			no,
			fiscalYear,
		});
		const navigate = at(seedProgram(2022, 6), 2020, 1);
		const earlier = at(seedProgram(2024, 39), 2020, 2);
		const later = at(seedProgram(2024, 39), 2024, 1);
		const lineage = new LineageBook([navigate, earlier, later]);
		expect(lineage.inYear(navigate, 2024).counterpart).toMatchObject({
			other: later,
			kind: 'merged',
		});
		expect(lineage.inYear(earlier, 2024).counterpart).toMatchObject({other: later, kind: 'same'});
		const back = lineage.inYear(later, 2020);
		expect(back.counterpart).toMatchObject({other: earlier, kind: 'same'});
		expect(back.related).toContainEqual(
			expect.objectContaining({other: navigate, kind: 'merged', score: 0.95}),
		);
	});
});

describe('lineage properties', () => {
	it('never crosses issuing bodies, is symmetric, and gives at most one counterpart per year', () => {
		fc.assert(
			fc.property(generatedReports, (reports) => {
				const lineage = new LineageBook(reports.flatMap((r) => r.programs));
				for (const r of reports)
					for (const p of r.programs) {
						for (const year of lineage.of(p)) {
							const links = [...(year.counterpart ? [year.counterpart] : []), ...year.related];
							for (const link of links) {
								expect(link.other.body).toBe(p.body);
								expect(link.other.fiscalYear).toBe(year.fiscalYear);
								// Symmetric: the other program has the same link back.
								const back = lineage.inYear(link.other, p.fiscalYear);
								const mirror = [
									...(back.counterpart ? [back.counterpart] : []),
									...back.related,
								].find((l) => l.other === p);
								expect(mirror).toMatchObject({kind: link.kind, score: link.score});
							}
						}
					}
				// One same or renamed counterpart per program per year: no other program of its
				// year has the same one (merged may gather several into one).
				for (const r of reports)
					for (const year of new Set(reports.map((x) => x.fiscalYear))) {
						if (year === r.fiscalYear) continue;
						const targets = r.programs
							.map((p) => lineage.inYear(p, year).counterpart)
							.filter((c) => c && c.kind !== 'merged')
							.map((c) => c?.other);
						expect(new Set(targets).size).toBe(targets.length);
					}
			}),
			{numRuns: 60},
		);
	});
});
