// Romaji typed with the IME off (`kyaria`, `jinzai`) → the kana reading and the kanji
// words of jsmigemo's dictionary, as plain strings in the search-normalised form.
// Strings rather than migemo's regular expression, because plain strings can be looked
// up in the bigram index and highlighted exactly.
//
// The dictionary is 2 MB and takes ~50 ms to load, so it is read only when the first
// romaji token appears: synchronously inside search() (the contract is synchronous), or
// ahead of time with prepareRomaji() (e.g. while the TUI draws its first frame).
import {readFileSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import type * as Jsmigemo from 'jsmigemo';
import {BoundedCache} from '../text/bounded-cache.js';
import {normalizeForSearch} from './normalize.js';

type Loaded = {migemo: Jsmigemo.Migemo; dict: Jsmigemo.CompactDictionary};

const require = createRequire(import.meta.url);
const DICT_MODULE = 'jsmigemo/migemo-compact-dict';
/** Kanji words taken per reading by prefix: enough for `robo` → ロボット, not a flood for `kou`. */
const PREDICTIVE_LIMIT = 64;
const CACHE_LIMIT = 500;

let loaded: Loaded | undefined;
const wordCache = new BoundedCache<string, string[]>(CACHE_LIMIT);

/** An ASCII token of three or more letters (a hyphen may stand for ー): `kyaria`, `terewa-ku`. */
export function isRomajiToken(normalized: string): boolean {
	return /^[a-z][a-z-]*$/.test(normalized) && normalized.replace(/-/g, '').length >= 3;
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
	const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
	if (whole && bytes.buffer instanceof ArrayBuffer) return bytes.buffer;
	const copy = new Uint8Array(bytes.byteLength);
	copy.set(bytes);
	return copy.buffer;
}

function build(module: typeof Jsmigemo, bytes: Uint8Array): Loaded {
	const dict = new module.CompactDictionary(toArrayBuffer(bytes));
	const migemo = new module.Migemo();
	migemo.setDict(dict);
	return {migemo, dict};
}

/** Loads jsmigemo and its dictionary asynchronously; later romaji queries then cost no load. */
export async function prepareRomaji(): Promise<void> {
	if (loaded) return;
	const module = (await import('jsmigemo')) as typeof Jsmigemo;
	const bytes = await readFile(require.resolve(DICT_MODULE));
	loaded ??= build(module, bytes);
}

/** True once the dictionary is in memory. */
export function isRomajiReady(): boolean {
	return loaded !== undefined;
}

function loadSync(): Loaded {
	if (!loaded) {
		const module = require('jsmigemo') as typeof Jsmigemo;
		loaded = build(module, readFileSync(require.resolve(DICT_MODULE)));
	}
	return loaded;
}

/** Keeps the shortest words: a text containing キャリアウーマン already contains きゃりあ. */
function minimalWords(words: Iterable<string>): string[] {
	const sorted = [...new Set(words)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
	const kept: string[] = [];
	for (const word of sorted) if (!kept.some((k) => word.includes(k))) kept.push(word);
	return kept;
}

const VOWEL_OF: Record<string, string> = {};
for (const [vowel, kana] of Object.entries({
	あ: 'あかがさざただなはばぱまやゃらわぁ',
	い: 'いきぎしじちぢにひびぴみりぃ',
	う: 'うくぐすずつづぬふぶぷむゆゅるぅ',
	え: 'えけげせぜてでねへべぺめれぇ',
	お: 'おこごそぞとどのほぼぽもよょろをぉ',
})) {
	for (const k of kana) VOWEL_OF[k] = vowel;
}
/** Kana after which a long vowel can follow (not ん, っ, ー). */
const LENGTHENS = /[ぁ-ゖ]/;
const MAX_LONG_VARIANT_LENGTH = 10;

/**
 * Spellings of a romaji reading with its long vowels as people type them: dropped
 * (terewaku → てれわく), doubled (tereewaaku → てれえわあく) or hyphenated (terewa-ku →
 * てれわーく). The doubled vowels become ー, then every spelling with no ー, one ー or two
 * is tried: the gram index drops those no text holds, so テレワーク is found by all three.
 */
export function longVowelVariants(reading: string): string[] {
	let collapsed = '';
	for (const c of reading) {
		const previous = collapsed[collapsed.length - 1];
		const same = previous !== undefined && 'あいうえお'.includes(c) && VOWEL_OF[previous] === c;
		// おう and えい are long too (こうれい, せんせい); those are written as typed.
		collapsed += same ? 'ー' : c;
	}
	const base = [...collapsed.replace(/ー/g, '')];
	const out = new Set([collapsed, base.join('')]);
	if (base.length < 2 || base.length > MAX_LONG_VARIANT_LENGTH) return [...out];
	const after = base.flatMap((c, i) => (LENGTHENS.test(c) ? [i] : []));
	const spell = (marks: number[]) =>
		base.map((c, i) => (marks.includes(i) ? `${c}ー` : c)).join('');
	for (let a = 0; a < after.length; a += 1) {
		out.add(spell([after[a]!]));
		for (let b = a + 1; b < after.length; b += 1) out.add(spell([after[a]!, after[b]!]));
	}
	return [...out];
}

function expand({migemo, dict}: Loaded, token: string): string[] {
	const {prefix, suffixes} = migemo.processor.romajiToHiraganaPredictively(token);
	const words: string[] = [];
	for (const suffix of suffixes) {
		const reading = prefix + suffix;
		if (/[a-z]/.test(reading)) continue;
		const known = [...dict.search(reading)];
		words.push(reading, ...known);
		// A reading the dictionary knows was typed as meant (jinzai): no long-vowel guesses.
		if (suffix === '' && known.length === 0) {
			for (const variant of longVowelVariants(reading)) {
				if (variant !== reading) words.push(variant, ...dict.search(variant));
			}
		}
		if (reading.length < 3) continue;
		let taken = 0;
		for (const word of dict.predictiveSearch(reading)) {
			if (taken++ >= PREDICTIVE_LIMIT) break;
			words.push(word);
		}
	}
	// One-character words (乞, 交 for `kou`) would match nearly every program.
	const normalized = words.map(normalizeForSearch).filter((w) => w.length >= 2 && !/[a-z]/.test(w));
	return minimalWords(normalized);
}

/** A word typed in hiragana (ー allowed), three characters or more: じんざい, しごと. */
export function isReadingToken(raw: string): boolean {
	return /^[ぁ-ゖー]{3,}$/u.test(raw);
}

const readingCache = new BoundedCache<string, string[]>(CACHE_LIMIT);

/**
 * The kanji words of the migemo dictionary read as `reading` (じんざい → 人材, 人財),
 * normalised, two characters or more, without the reading itself. Loads the dictionary
 * synchronously on first use.
 */
export function readingWords(reading: string): string[] {
	let words = readingCache.get(reading);
	if (!words) {
		const {dict} = loadSync();
		words = minimalWords(
			[...dict.search(reading)]
				.map(normalizeForSearch)
				.filter((w) => w.length >= 2 && w !== reading && !/^[ぁ-ゖー]+$/.test(w)),
		);
		readingCache.set(reading, words);
	}
	return words;
}

/**
 * The kana and kanji spellings of a romaji token, normalised (`jinzai` → じんざい, 人材, 人財),
 * without the token itself. Loads the dictionary synchronously on first use.
 */
export function romajiWords(token: string): string[] {
	let words = wordCache.get(token);
	if (!words) {
		words = expand(loadSync(), token);
		wordCache.set(token, words);
	}
	return words;
}
