// fuse.js's bitap score (fuse.js 7.5.0, src/search/bitap/search.ts and BitapSearch's
// searchIn), ported for the options the engine scores with (./fuzzy.ts FUSE_OPTIONS:
// ignoreLocation, location 0, no match indices, minMatchCharLength 1, case-sensitive) and
// patterns of at most 32 characters. The port keeps fuse.js's loops step by step; what
// changes is the pattern alphabet, a typed array indexed by UTF-16 unit instead of an
// object keyed by one-character strings. That lookup runs for every character of every
// span at every error level, and took half of a fuzzy search's time (キャリヤ,
// マッチング支援). test/search/bitap.test.ts holds the port to fuse.js itself.

/** The longest pattern fuse.js runs as one bitap chunk. */
export const MAX_BITAP_PATTERN = 32;

/** A pattern's alphabet and the bit arrays of two error levels, reused from call to call. */
export type Bitap = {
	pattern: string;
	/** Per UTF-16 unit: the pattern positions it matches, as bits (fuse.js createPatternAlphabet). */
	alphabet: Int32Array;
	current: Int32Array;
	last: Int32Array;
};

/** A bitap for `pattern` (1–32 characters), over `alphabet` (65,536 zeros, left as found by release). */
export function bitapFor(pattern: string, alphabet: Int32Array): Bitap {
	const length = pattern.length;
	for (let i = 0; i < length; i += 1) {
		const c = pattern.charCodeAt(i);
		alphabet[c] = alphabet[c]! | (1 << (length - i - 1));
	}
	return {pattern, alphabet, current: new Int32Array(64), last: new Int32Array(64)};
}

/** Zeroes the alphabet's entries again, for the next pattern. */
export function releaseBitap(bitap: Bitap): void {
	for (let i = 0; i < bitap.pattern.length; i += 1) bitap.alphabet[bitap.pattern.charCodeAt(i)] = 0;
}

/**
 * fuse.js's score of `text` for the pattern with `threshold` (errors ÷ pattern length),
 * or -1 where fuse.js reports no match.
 */
export function bitapScore(bitap: Bitap, text: string, threshold: number): number {
	const {pattern, alphabet} = bitap;
	// searchIn: the pattern itself scores 0.
	if (pattern === text) return 0;
	const patternLen = pattern.length;
	const textLen = text.length;
	// With ignoreLocation a score is errors ÷ pattern length, wherever the match lies
	// (search.ts calcScore); the expected location is 0.
	let currentThreshold = threshold;
	let bestLocation = 0;
	let index = text.indexOf(pattern, bestLocation);
	while (index > -1) {
		currentThreshold = Math.min(0 / patternLen, currentThreshold);
		bestLocation = index + patternLen;
		index = text.indexOf(pattern, bestLocation);
	}
	bestLocation = -1;
	let finalScore = 1;
	let binMax = patternLen + textLen;
	const mask = 1 << (patternLen - 1);
	if (bitap.current.length < binMax + 2) {
		bitap.current = new Int32Array(binMax + 2);
		bitap.last = new Int32Array(binMax + 2);
	}
	let bitArr = bitap.current;
	let lastBitArr = bitap.last;
	for (let i = 0; i < patternLen; i += 1) {
		let binMin = 0;
		let binMid = binMax;
		while (binMin < binMid) {
			if (i / patternLen <= currentThreshold) binMin = binMid;
			else binMax = binMid;
			binMid = Math.floor((binMax - binMin) / 2 + binMin);
		}
		binMax = binMid;
		let start = Math.max(1, 0 - binMid + 1);
		const finish = Math.min(binMid, textLen) + patternLen;
		// fuse.js makes a fresh array per level: entries it never sets read as 0 in `|`.
		bitArr.fill(0, 0, finish + 2);
		bitArr[finish + 1] = (1 << i) - 1;
		for (let j = finish; j >= start; j -= 1) {
			const currentLocation = j - 1;
			// Past the text's end fuse.js reads alphabet[undefined]: no match.
			const charMatch = currentLocation < textLen ? alphabet[text.charCodeAt(currentLocation)]! : 0;
			bitArr[j] = ((bitArr[j + 1]! << 1) | 1) & charMatch;
			if (i) bitArr[j]! |= ((lastBitArr[j + 1]! | lastBitArr[j]!) << 1) | 1 | lastBitArr[j + 1]!;
			if (bitArr[j]! & mask) {
				finalScore = i / patternLen;
				if (finalScore <= currentThreshold) {
					currentThreshold = finalScore;
					bestLocation = currentLocation;
					if (bestLocation <= 0) break;
					start = Math.max(1, 2 * 0 - bestLocation);
				}
			}
		}
		if ((i + 1) / patternLen > currentThreshold) break;
		const swap = lastBitArr;
		lastBitArr = bitArr;
		bitArr = swap;
	}
	return bestLocation >= 0 ? Math.max(0.001, finalScore) : -1;
}
