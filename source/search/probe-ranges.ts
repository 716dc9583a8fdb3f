// Highlight ranges of a probe on one normalised string: every exact occurrence, or the
// characters fuse.js matched for a fuzzy one. Only run for the results that are drawn.
import Fuse from 'fuse.js';
import {FUSE_MATCH_OPTIONS} from './fuzzy.js';
import {type Probe, probeErrors} from './probe.js';
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
	const result = Fuse.match(needle, text, FUSE_MATCH_OPTIONS);
	if (!result.isMatch) return [];
	return (result.indices ?? []).map(([s, e]): Range => [s, e + 1]);
}
