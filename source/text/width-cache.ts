// string-width with a memory. Every frame measures mostly the same strings again (the
// same rows, labels and padding), and string-width walks graphemes with Unicode regexes:
// tens of microseconds for a Japanese name. The bundle (build.mjs) points Ink's own
// `string-width` imports here too, so Ink's layout and output passes share the cache.
// Measurement is still string-width's: repeated questions are answered from memory, and
// text of simple characters by fast-width.ts, which gives string-width's answer for them
// (tested character by character), so that string-width's costly set-up waits until
// text needs it. The build loads string-width only then (build.mjs, `lazyStringWidth`).
import stringWidth from '../../node_modules/string-width/index.js';
import {BoundedCache} from './bounded-cache.js';
import {simpleWidth} from './fast-width.js';

type Options = {ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean};

const LIMIT = 20_000;
const MAX_LENGTH = 1_000;
/** One cache per set of options (Ink asks with its own). */
const caches = new Map<string, BoundedCache<string, number>>();

function measure(text: string, options: Options): number {
	if (typeof text === 'string' && !options.countAnsiEscapeCodes) {
		const simple = simpleWidth(text, options.ambiguousIsNarrow === false);
		if (simple !== undefined) return simple;
	}
	return stringWidth(text, options);
}

export default function cachedStringWidth(text: string, options: Options = {}): number {
	if (typeof text !== 'string' || text.length > MAX_LENGTH) return measure(text, options);
	const key = `${options.ambiguousIsNarrow ?? true}|${options.countAnsiEscapeCodes ?? false}`;
	let cache = caches.get(key);
	if (!cache) {
		cache = new BoundedCache(LIMIT);
		caches.set(key, cache);
	}
	return cache.get(text) ?? cache.set(text, measure(text, options));
}
