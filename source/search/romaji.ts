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
import {normalizeForSearch} from './normalize.js';

type Loaded = {migemo: Jsmigemo.Migemo; dict: Jsmigemo.CompactDictionary};

const require = createRequire(import.meta.url);
const DICT_MODULE = 'jsmigemo/migemo-compact-dict';
/** Kanji words taken per reading by prefix: enough for `robo` → ロボット, not a flood for `kou`. */
const PREDICTIVE_LIMIT = 64;
const CACHE_LIMIT = 500;

let loaded: Loaded | undefined;
const wordCache = new Map<string, string[]>();

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

function expand({migemo, dict}: Loaded, token: string): string[] {
	const {prefix, suffixes} = migemo.processor.romajiToHiraganaPredictively(token);
	const words: string[] = [];
	for (const suffix of suffixes) {
		const reading = prefix + suffix;
		if (/[a-z]/.test(reading)) continue;
		words.push(reading, ...dict.search(reading));
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

/**
 * The kana and kanji spellings of a romaji token, normalised (`jinzai` → じんざい, 人材, 人財),
 * without the token itself. Loads the dictionary synchronously on first use.
 */
export function romajiWords(token: string): string[] {
	let words = wordCache.get(token);
	if (!words) {
		words = expand(loadSync(), token);
		if (wordCache.size >= CACHE_LIMIT) wordCache.clear();
		wordCache.set(token, words);
	}
	return words;
}
