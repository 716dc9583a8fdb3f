// The same program across reports. Links join reports of one issuing body only.
// 'same': the names are equal once spacing, width and a trailing parenthetical
// are ignored (`特別支援学校の規模と配置の適性化(就業技術科・…)` ↔ `特別支援学校の規模と配置の適性化`);
// no fuzzy matching is allowed there, so a 'same' link is never a false positive.
// 'related': names that share a distinctive run of characters, with a score.
// Candidates come from a bigram index per body, so the work grows with the
// number of similar names, not with the square of the number of reports.
import type {Program, ProgramLink, Report} from './model.js';

const GENERIC_SUFFIX = /(?:の)?(?:支援|推進|促進|応援|強化|対策|緊急対策)*(?:事業|プロジェクト)?$/u;

/** The name used for 'same' links. */
export function sameKey(name: string): string {
	return name
		.normalize('NFKC')
		.toLowerCase()
		.replace(/\s+/g, '')
		.replace(/\([^()]*\)$/u, '')
		.replace(/[・･「」『』"'’]/gu, '');
}

/** The distinctive part of a name for 'related' links (generic endings like 支援事業 removed). */
export function coreName(name: string): string {
	const key = sameKey(name);
	const core = key.replace(GENERIC_SUFFIX, '');
	return core.length >= 2 ? core : key;
}

function bigrams(text: string): string[] {
	const chars = [...text];
	const out = new Set<string>();
	for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
	return [...out];
}

function longestCommonRun(a: string, b: string): number {
	const x = [...a];
	const y = [...b];
	let best = 0;
	let prev = new Array<number>(y.length + 1).fill(0);
	for (let i = 1; i <= x.length; i++) {
		const row = new Array<number>(y.length + 1).fill(0);
		for (let j = 1; j <= y.length; j++) {
			if (x[i - 1] === y[j - 1]) {
				const run = (prev[j - 1] ?? 0) + 1;
				row[j] = run;
				if (run > best) best = run;
			}
		}
		prev = row;
	}
	return best;
}

/** Similarity of two names in [0, 1]: the longest shared run over the shorter core name. */
export function nameSimilarity(a: string, b: string): number {
	const ca = coreName(a);
	const cb = coreName(b);
	const shorter = Math.min([...ca].length, [...cb].length);
	if (shorter === 0) return 0;
	const run = longestCommonRun(ca, cb);
	return run < 3 ? 0 : Math.round((run / shorter) * 100) / 100;
}

export const RELATED_THRESHOLD = 0.4;
const MAX_RELATED = 5;

function link(to: Program, kind: ProgramLink['kind'], score: number): ProgramLink {
	return {fiscalYear: to.fiscalYear, no: to.no, id: to.id, kind, score};
}

function linkBody(reports: Report[]): void {
	const programs = reports.flatMap((r) => r.programs).filter((p) => p.name !== '');
	const bySame = new Map<string, Program[]>();
	const byBigram = new Map<string, Program[]>();
	for (const p of programs) {
		const key = sameKey(p.name);
		bySame.set(key, [...(bySame.get(key) ?? []), p]);
		for (const g of bigrams(coreName(p.name))) {
			const list = byBigram.get(g);
			if (list) list.push(p);
			else byBigram.set(g, [p]);
		}
	}
	for (const p of programs) {
		const same = new Map<number, Program[]>();
		for (const q of bySame.get(sameKey(p.name)) ?? []) {
			if (q.fiscalYear !== p.fiscalYear)
				same.set(q.fiscalYear, [...(same.get(q.fiscalYear) ?? []), q]);
		}
		const links: ProgramLink[] = [];
		const linked = new Set<string>();
		for (const matches of same.values()) {
			// Two programs of one year with the same name: ambiguous, so neither is 'same'.
			if (matches.length !== 1) continue;
			const q = matches[0] as Program;
			links.push(link(q, 'same', 1));
			linked.add(q.id);
		}
		const shared = new Map<Program, number>();
		for (const g of bigrams(coreName(p.name))) {
			const list = byBigram.get(g) ?? [];
			if (list.length > 200) continue; // too common to tell programs apart
			for (const q of list)
				if (q.fiscalYear !== p.fiscalYear) shared.set(q, (shared.get(q) ?? 0) + 1);
		}
		const related = [...shared.entries()]
			.filter(([q, n]) => n >= 2 && !linked.has(q.id))
			.map(([q]) => ({q, score: nameSimilarity(p.name, q.name)}))
			.filter(({score}) => score >= RELATED_THRESHOLD)
			.sort((x, y) => y.score - x.score || y.q.fiscalYear - x.q.fiscalYear || x.q.no - y.q.no)
			.slice(0, MAX_RELATED);
		for (const {q, score} of related) links.push(link(q, 'related', Math.min(score, 0.99)));
		p.links = links.sort((x, y) =>
			x.kind === y.kind ? y.score - x.score : x.kind === 'same' ? -1 : 1,
		);
	}
}

/** Fills `links` of every program; reports of different issuing bodies never link. */
export function linkReports(reports: Report[]): void {
	const byBody = new Map<string, Report[]>();
	for (const r of reports) byBody.set(r.body, [...(byBody.get(r.body) ?? []), r]);
	for (const group of byBody.values()) linkBody(group);
}
