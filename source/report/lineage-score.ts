// How strongly two programs of different years of one body are one program (the scale is
// in report/lineage.ts), and why, in words a reader checks against the reports.
import {type Evidence, type ReasonEvidence, round2} from './lineage-evidence.js';

export type LineageKind = 'same' | 'renamed' | 'merged' | 'successor' | 'related';

/** A link's figures: the reason is written from them and the two programs' evidence. */
export type LinkScore = {
	kind: LineageKind;
	/** The kind the figures first gave: a counterpart taken already is kept as related. */
	basis: LineageKind;
	/** In (0, 1], to two places. */
	score: number;
	/** The summaries' and the names' agreement, to two places. */
	summary: number;
	name: number;
};

/** Names at least this long (in characters, flattened) are looked for in another's text. */
export const MENTION_MIN = 6;
/** The least name agreement, or 1.5 × summary agreement, that makes programs related. */
const RELATED_MIN = 0.22;
/**
 * A pair scores something only when its names agree to RELATED_MIN or its summaries to
 * SUMMARY_MIN (to two places), unless one is named in the other or the names are the same.
 */
export const NAME_MIN = RELATED_MIN;
export const SUMMARY_MIN = 0.1;

/** Whether the later program's text names the earlier one. */
const mentions = (older: Evidence, newer: Evidence): boolean =>
	older.mentionKey.length >= MENTION_MIN &&
	older.flatName !== newer.flatName &&
	newer.text.includes(older.mentionKey);

/**
 * How well two programs' names and summaries agree: cosines in hundredths (integers, so
 * that the answer of a call that is not inlined needs no boxed number).
 */
export type Agreement = {name(a: number, b: number): number; summary(a: number, b: number): number};

/** scorePair's answer for a pair that shares nothing worth a link (no link's code is 0). */
export const NO_LINK = 0;

/**
 * The link of an earlier and a later program (`i`, `j`: their indices in `evidence`), as
 * its code (encodeLink), or NO_LINK when they share nothing worth one. A code rather than
 * a LinkScore: a body scores thousands of pairs.
 */
export function scorePair(
	evidence: readonly Evidence[],
	agreement: Agreement,
	i: number,
	j: number,
): number {
	const a = evidence[i]!;
	const b = evidence[j]!;
	if (a.key !== '' && a.key === b.key) return linkCode('same', 1, 1, 1);
	// The later year names the earlier program in its own text.
	if (mentions(a, b)) return linkCode('merged', 0.95, 0, 0);
	const name = agreement.name(i, j) / 100;
	const summary = agreement.summary(i, j) / 100;
	// Most pairs share nothing worth a link.
	if (name < NAME_MIN && summary < SUMMARY_MIN) return NO_LINK;
	const unit = a.unit !== '' && a.unit === b.unit;
	const purposeConflict = a.purpose !== null && b.purpose !== null && a.purpose !== b.purpose;
	// Figures and sub-items are looked at only when they decide (iterating a set allocates).
	if (
		summary >= 0.3 &&
		(name >= 0.2 || unit || sharesAny(a.figures, b.figures) || sharesAny(a.items, b.items))
	)
		return linkCode('renamed', round2(Math.min(0.99, 0.9 + summary / 10)), summary, name);
	if (!purposeConflict && summary >= 0.1 && (name >= 0.3 || unit))
		return linkCode('successor', round2(Math.min(0.89, 0.7 + summary)), summary, name);
	const related = Math.max(name, summary * 1.5);
	if (related >= RELATED_MIN)
		return linkCode('related', round2(Math.min(0.69, related / 1.5)), summary, name);
	return NO_LINK;
}

const shared = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
	[...a].filter((x) => x !== '' && b.has(x));

/** Whether the two share a figure or sub-item (other than ''). */
function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
	if (a.size === 0 || b.size === 0) return false;
	for (const x of a) if (x !== '' && b.has(x)) return true;
	return false;
}

/** Why two programs are linked: 「概要の一致 0.47、名称の一致 0.24、単位『…』一致」. */
export function reasonOf(older: ReasonEvidence, newer: ReasonEvidence, link: LinkScore): string {
	if (link.basis === 'same')
		return older.facts.name === newer.facts.name ? '名称が同じ' : '名称が同じ (表記の違いを除く)';
	if (link.basis === 'merged')
		return `FY${newer.facts.fiscalYear} No.${newer.facts.no}の記載に「${older.facts.name}」の名がある`;
	const words = [`概要の一致 ${link.summary.toFixed(2)}`, `名称の一致 ${link.name.toFixed(2)}`];
	if (older.unit !== '' && older.unit === newer.unit)
		words.push(`単位『${newer.facts.unit.trim()}』一致`);
	const figures = shared(older.figures, newer.figures);
	if (figures.length > 0) words.push(`計画 ${figures.join('・')} 一致`);
	const items = shared(older.items, newer.items).length;
	if (items > 0) words.push(`内訳 ${items}件一致`);
	return words.join('、');
}

/** The kinds in the order counterparts are taken (related last), as numbered in a code. */
export const KINDS: readonly LineageKind[] = ['same', 'merged', 'renamed', 'successor', 'related'];
export const isCounterpart = (kind: LineageKind): boolean => kind !== 'related';

const hundredths = (x: number) => Math.round(x * 100);

/**
 * A link's figures as one number (a body has tens of thousands of links): kind and basis
 * (3 bits each), then score, summary and name in hundredths (7 bits each).
 */
export function encodeLink(link: LinkScore): number {
	return linkCode(link.kind, link.score, link.summary, link.name, link.basis);
}

/** encodeLink's number, from the figures themselves (the basis is the kind unless given). */
function linkCode(
	kind: LineageKind,
	score: number,
	summary: number,
	name: number,
	basis: LineageKind = kind,
): number {
	return (
		KINDS.indexOf(kind) |
		(KINDS.indexOf(basis) << 3) |
		(hundredths(score) << 6) |
		(hundredths(summary) << 13) |
		(hundredths(name) << 20)
	);
}

export function decodeLink(code: number): LinkScore {
	return {
		kind: kindOf(code),
		basis: KINDS[(code >>> 3) & 7]!,
		score: ((code >>> 6) & 127) / 100,
		summary: ((code >>> 13) & 127) / 100,
		name: ((code >>> 20) & 127) / 100,
	};
}

/** A link's kind, from its code. */
export const kindOf = (code: number): LineageKind => KINDS[code & 7]!;

const RELATED = KINDS.indexOf('related');

/** Sorts links best first: counterparts before related, then by score (lower is stronger). */
export const strength = (code: number): number => (code & 7) * 128 + 127 - ((code >>> 6) & 127);

/** The code of a counterpart kept as related, as it was already taken (score at most 0.69). */
export const demoted = (code: number): number =>
	(code & ~(7 | (127 << 6))) | RELATED | (Math.min((code >>> 6) & 127, 69) << 6);
