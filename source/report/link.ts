// The same program across reports. Links join reports of one issuing body only.
// 'same': the names are equal once spacing, width and a trailing parenthetical
// are ignored (`特別支援学校の規模と配置の適性化(就業技術科・…)` ↔ `特別支援学校の規模と配置の適性化`);
// no fuzzy matching is allowed there, so a 'same' link is never a false positive.
// 'related': names that share a distinctive run of characters, with a score.
// Candidates come from a bigram index per body, so the work grows with the
// number of similar names, not with the square of the number of reports.
import type {Program, ProgramLink} from './model.js';

/** What linking reads and writes of a program. */
export type Linkable = Pick<Program, 'id' | 'no' | 'name' | 'fiscalYear' | 'links'>;
/** What linking reads of a report. */
export type LinkableReport = {body: string; programs: Linkable[]};

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
	return coreSimilarity(coreName(a), coreName(b));
}

function coreSimilarity(ca: string, cb: string): number {
	const shorter = Math.min([...ca].length, [...cb].length);
	if (shorter === 0) return 0;
	const run = longestCommonRun(ca, cb);
	return run < 3 ? 0 : Math.round((run / shorter) * 100) / 100;
}

export const RELATED_THRESHOLD = 0.4;
const MAX_RELATED = 5;
/** Candidate names compared per name (those sharing the most bigrams). */
const MAX_COMPARED = 24;
/** A bigram in more names than this (人材, 支援) says nothing about which are related. */
const COMMON_BIGRAM = 60;

function link(to: Linkable, kind: ProgramLink['kind'], score: number): ProgramLink {
	return {fiscalYear: to.fiscalYear, no: to.no, id: to.id, kind, score};
}

type Name = {key: string; core: string; grams: string[]; programs: Linkable[]};

function linkBody(reports: LinkableReport[]): void {
	// Work on distinct names: a body's reports repeat most names year after year.
	const names = new Map<string, Name>();
	for (const p of reports.flatMap((r) => r.programs)) {
		if (p.name === '') continue;
		const key = sameKey(p.name);
		let name = names.get(key);
		if (!name) {
			const core = coreName(p.name);
			name = {key, core, grams: bigrams(core), programs: []};
			names.set(key, name);
		}
		name.programs.push(p);
	}
	for (const name of names.values())
		name.programs.sort((x, y) => y.fiscalYear - x.fiscalYear || x.no - y.no);
	const byBigram = new Map<string, Name[]>();
	for (const name of names.values()) {
		for (const g of name.grams) {
			const list = byBigram.get(g);
			if (list) list.push(name);
			else byBigram.set(g, [name]);
		}
	}
	for (const name of names.values()) {
		const shared = new Map<Name, number>();
		for (const g of name.grams) {
			const list = byBigram.get(g) ?? [];
			if (list.length > COMMON_BIGRAM) continue; // too common to tell programs apart
			for (const other of list) if (other !== name) shared.set(other, (shared.get(other) ?? 0) + 1);
		}
		// A shared run of r characters means r - 1 shared bigrams, so names sharing fewer
		// than that for the threshold cannot score high enough. Only the names sharing the
		// most bigrams are compared character by character.
		const needed = (other: Name) =>
			Math.max(2, RELATED_THRESHOLD * Math.min(name.grams.length, other.grams.length) - 1);
		const similar = [...shared.entries()]
			.filter(([other, n]) => n >= needed(other))
			.sort((x, y) => y[1] - x[1])
			.slice(0, MAX_COMPARED)
			.map(([other]) => ({other, score: coreSimilarity(name.core, other.core)}))
			.filter(({score}) => score >= RELATED_THRESHOLD)
			.sort((x, y) => y.score - x.score);
		const years = new Map<number, number>();
		for (const q of name.programs) years.set(q.fiscalYear, (years.get(q.fiscalYear) ?? 0) + 1);
		for (const p of name.programs) {
			const links: ProgramLink[] = [];
			for (const q of name.programs) {
				// Two programs of one year with the same name: ambiguous, so neither is 'same'.
				if (q.fiscalYear !== p.fiscalYear && years.get(q.fiscalYear) === 1)
					links.push(link(q, 'same', 1));
			}
			links.sort((x, y) => y.fiscalYear - x.fiscalYear);
			let related = 0;
			for (const {other, score} of similar) {
				for (const q of other.programs) {
					if (related === MAX_RELATED) break;
					if (q.fiscalYear === p.fiscalYear) continue;
					links.push(link(q, 'related', Math.min(score, 0.99)));
					related++;
				}
			}
			p.links = links;
		}
	}
}

/** Fills `links` of every program; reports of different issuing bodies never link. */
export function linkReports(reports: LinkableReport[]): void {
	const byBody = new Map<string, LinkableReport[]>();
	for (const r of reports) byBody.set(r.body, [...(byBody.get(r.body) ?? []), r]);
	for (const group of byBody.values()) linkBody(group);
}
