// Programs flattened into one table of field strings, laid out program by program so a
// program's strings are one contiguous id range.
//
// Reports repeat themselves (a program keeps its summary year after year, many programs
// share a plan or unit text): at 25,000 programs ~170,000 strings hold ~47,000 distinct
// texts. Each distinct displayed text is normalised once, equal normalised texts share
// one text id, and the gram index is built over the distinct texts only. No string is
// stored per field string: the normalised text is texts[textId[id]], and the displayed
// text is read back from the program when a highlight needs it (./highlight.ts).
import type {Program} from '../report/model.js';
import {FIELD_ORDER, forEachField} from './fields.js';
import {normalizeForSearch} from './normalize.js';
import type {SearchField} from './types.js';

export type SearchCorpus = {
	programs: readonly Program[];
	/** The number of field strings. */
	stringCount: number;
	/** Per string: its field, as an index into FIELD_ORDER. */
	field: Uint8Array;
	/** Per string: the index of its program. */
	doc: Uint32Array;
	/** Program d owns strings docStart[d] .. docStart[d + 1] - 1; the first one is its name. */
	docStart: Uint32Array;
	/** Per string: the id of its normalised text among the distinct ones (in order of first use). */
	textId: Uint32Array;
	distinctTexts: number;
	/** Per text id: the normalised text that is matched. */
	texts: string[];
	/** The strings holding text t, ascending: textStrings[textStart[t] .. textStart[t + 1] - 1]. */
	textStart: Uint32Array;
	textStrings: Uint32Array;
};

/**
 * Programs per step of the incremental build (~0.3 ms each warm). 256 a step took 15–19 ms
 * while the code was still cold (the first build, as a load's first reports come in), and a
 * key typed meanwhile waited for the whole step (issue 17).
 */
const PROGRAMS_PER_STEP = 64;

/** A typed array that doubles when full (the string count is known only at the end). */
function grow<T extends Uint8Array | Uint32Array>(array: T, make: (n: number) => T): T {
	const bigger = make(array.length * 2);
	bigger.set(array);
	return bigger;
}

/** Builds the corpus, yielding between slices of programs (see ./engine.ts, warm). */
export function* buildCorpusSteps(programs: readonly Program[]): Generator<void, SearchCorpus> {
	let field = new Uint8Array(Math.max(16, programs.length * 8));
	let textId = new Uint32Array(field.length);
	const docStart = new Uint32Array(programs.length + 1);
	const texts: string[] = [];
	// Normalised text → text id, and displayed text → text id (different displayed texts,
	// such as full- and half-width spellings, may share a normalised text).
	const byText = new Map<string, number>();
	const byDisplay = new Map<string, number>();
	let n = 0;
	const visit = (fieldIndex: number, text: string) => {
		if (n === field.length) {
			field = grow(field, (size) => new Uint8Array(size));
			textId = grow(textId, (size) => new Uint32Array(size));
		}
		let t = byDisplay.get(text);
		if (t === undefined) {
			const folded = normalizeForSearch(text);
			t = byText.get(folded);
			if (t === undefined) {
				t = texts.push(folded) - 1;
				byText.set(folded, t);
			}
			byDisplay.set(text, t);
		}
		field[n] = fieldIndex;
		textId[n] = t;
		n += 1;
	};
	for (let d = 0; d < programs.length; d += 1) {
		if (d % PROGRAMS_PER_STEP === PROGRAMS_PER_STEP - 1) yield;
		docStart[d] = n;
		forEachField(programs[d]!, visit);
	}
	docStart[programs.length] = n;
	yield;
	const doc = new Uint32Array(n);
	for (let d = 0; d < programs.length; d += 1) doc.fill(d, docStart[d]!, docStart[d + 1]!);
	yield;
	const ids = textId.slice(0, n);
	yield;
	const {textStart, textStrings} = stringsByText(ids, texts.length);
	yield;
	return {
		programs,
		stringCount: n,
		field: field.slice(0, n),
		doc,
		docStart,
		textId: ids,
		distinctTexts: texts.length,
		texts,
		textStart,
		textStrings,
	};
}

/** Runs a stepwise build to the end. */
export function finish<T>(steps: Generator<void, T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

export function buildCorpus(programs: readonly Program[]): SearchCorpus {
	return finish(buildCorpusSteps(programs));
}

/** Groups string ids by text id (a counting sort, so each group stays ascending). */
function stringsByText(
	textId: Uint32Array,
	textCount: number,
): {textStart: Uint32Array; textStrings: Uint32Array} {
	const textStart = new Uint32Array(textCount + 1);
	for (let id = 0; id < textId.length; id += 1) textStart[textId[id]! + 1]! += 1;
	for (let t = 1; t <= textCount; t += 1) textStart[t]! += textStart[t - 1]!;
	const cursor = textStart.slice(0, textCount);
	const textStrings = new Uint32Array(textId.length);
	for (let id = 0; id < textId.length; id += 1) textStrings[cursor[textId[id]!]!++] = id;
	return {textStart, textStrings};
}

/** The normalised text of string `id`. */
export function textOf(corpus: SearchCorpus, id: number): string {
	return corpus.texts[corpus.textId[id]!]!;
}

/** The displayed texts of program `doc`'s strings, in string order. */
export function displayTexts(corpus: SearchCorpus, doc: number): string[] {
	const out: string[] = [];
	forEachField(corpus.programs[doc]!, (_, text) => {
		out.push(text);
	});
	return out;
}

export function fieldOf(corpus: SearchCorpus, id: number): SearchField {
	return FIELD_ORDER[corpus.field[id]!]!;
}
