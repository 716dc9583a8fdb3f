// Programs flattened into one table of field strings (display text + normalised copy),
// laid out program by program so a program's strings are one contiguous id range.
import type {Program} from '../report/model.js';
import {FIELD_ORDER, programFields} from './fields.js';
import {normalizeForSearch} from './normalize.js';
import type {SearchField} from './types.js';

export type SearchCorpus = {
	programs: readonly Program[];
	/** Per string: the normalised copy that is matched. */
	normalized: string[];
	/** Per string: the displayed text that highlights refer to. */
	display: string[];
	/** Per string: its field, as an index into FIELD_ORDER. */
	field: Uint8Array;
	/** Per string: the index of its program. */
	doc: Uint32Array;
	/** Program d owns strings docStart[d] .. docStart[d + 1] - 1; the first one is its name. */
	docStart: Uint32Array;
	/** Per string: the id of its normalised text among the distinct ones. */
	textId: Uint32Array;
	distinctTexts: number;
};

export function buildCorpus(programs: readonly Program[]): SearchCorpus {
	const normalized: string[] = [];
	const display: string[] = [];
	const field: number[] = [];
	const docOf: number[] = [];
	const docStart = new Uint32Array(programs.length + 1);
	programs.forEach((program, d) => {
		docStart[d] = normalized.length;
		for (const f of programFields(program)) {
			normalized.push(normalizeForSearch(f.text));
			display.push(f.text);
			field.push(FIELD_ORDER.indexOf(f.field));
			docOf.push(d);
		}
	});
	docStart[programs.length] = normalized.length;
	const distinct = new Map<string, number>();
	const textId = Uint32Array.from(normalized, (text) => {
		let id = distinct.get(text);
		if (id === undefined) {
			id = distinct.size;
			distinct.set(text, id);
		}
		return id;
	});
	return {
		programs,
		normalized,
		display,
		field: Uint8Array.from(field),
		doc: Uint32Array.from(docOf),
		docStart,
		textId,
		distinctTexts: distinct.size,
	};
}

export function fieldOf(corpus: SearchCorpus, id: number): SearchField {
	return FIELD_ORDER[corpus.field[id]!]!;
}
