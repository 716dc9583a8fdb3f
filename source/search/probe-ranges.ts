// Highlight ranges of a probe on one normalised string: every exact occurrence, or the
// characters fuse.js matched for a fuzzy one. Only run for the results that are drawn.
import Fuse from 'fuse.js';
import {FUSE_MATCH_OPTIONS} from './fuzzy.js';
import {bitapFor, bitapScore, MAX_BITAP_PATTERN, releaseBitap} from './bitap.js';
import {FUZZY_THRESHOLD, type Probe, probeErrors} from './probe.js';
import type {Range} from './types.js';

function occurrences(text: string, needle: string): Range[] {
	const ranges: Range[] = [];
	let at = text.indexOf(needle);
	while (at >= 0) {
		ranges.push([at, at + needle.length]);
		at = text.indexOf(needle, at + needle.length);
	}
	return ranges;
}

/**
 * Work space for the bitap port (./bitap.ts), zero whenever no call is running: it keeps
 * nothing from one call to the next.
 */
let alphabet: Int32Array | undefined;

/**
 * False when fuse.js would find no match: the port of its score says so, ~10 times
 * faster than fuse.js's match with indices, which can only report fewer matches (it
 * drops one whose indices come out empty). Most strings of a drawn result do not match.
 */
function mayMatch(text: string, needle: string): boolean {
	if (needle.length > MAX_BITAP_PATTERN || needle.trim() === '') return true;
	alphabet ??= new Int32Array(0x10000);
	const bitap = bitapFor(needle, alphabet);
	const score = bitapScore(bitap, text, FUZZY_THRESHOLD);
	releaseBitap(bitap);
	return score >= 0;
}

/**
 * Where a probe matches a normalised string (empty: it does not): every exact
 * occurrence, or the characters fuse.js matched for a fuzzy one.
 */
export function probeRanges(text: string, probe: Probe, isNameString: boolean): Range[] {
	const {text: needle, where} = probe;
	if (where !== 'any' && !isNameString) return [];
	if (where === 'prefix') return text.startsWith(needle) ? [[0, needle.length]] : [];
	if (where === 'suffix')
		return text.endsWith(needle) ? [[text.length - needle.length, text.length]] : [];
	if (where === 'equal') return text === needle ? [[0, text.length]] : [];
	if (!probe.fuzzy || probeErrors(probe) === 0 || text.includes(needle))
		return occurrences(text, needle);
	if (!mayMatch(text, needle)) return [];
	const result = Fuse.match(needle, text, FUSE_MATCH_OPTIONS);
	if (!result.isMatch) return [];
	return (result.indices ?? []).map(([s, e]): Range => [s, e + 1]);
}
