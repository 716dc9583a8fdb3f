// The searchable texts of a program, as displayed: highlights are ranges on these strings.
import {displayName, type Program} from '../report/model.js';
import type {SearchField} from './types.js';

/** Field order, highest weight first (also the order of FieldMatch lists). */
export const FIELD_ORDER: readonly SearchField[] = [
	'name',
	'summary',
	'plan',
	'actual',
	'items',
	'unit',
	'pillar',
];

const SUMMARY = FIELD_ORDER.indexOf('summary');
const PLAN = FIELD_ORDER.indexOf('plan');
const ACTUAL = FIELD_ORDER.indexOf('actual');
const ITEMS = FIELD_ORDER.indexOf('items');
const UNIT = FIELD_ORDER.indexOf('unit');
const PILLAR = FIELD_ORDER.indexOf('pillar');

/**
 * Whether `text` holds more than whitespace, as `text.trim() !== ''`, without copying the
 * text when its first character already settles it (the common case).
 */
function hasContent(text: string): boolean {
	if (text.length === 0) return false;
	const c = text.charCodeAt(0);
	// No whitespace among printable ASCII or above U+3000 except U+FEFF (see String#trim).
	if ((c > 0x20 && c < 0x7f) || (c > 0x3000 && c !== 0xfeff)) return true;
	return text.trim() !== '';
}

/** Receives a field string: its field as an index into FIELD_ORDER, and its displayed text. */
export type FieldVisit = (fieldIndex: number, text: string) => void;

/**
 * The name first (always present, so the engine finds it at a fixed place), then the
 * rest. A callback rather than a list: the corpus walks ~170,000 strings at 25,000
 * programs and a {field, text} object for each is pure garbage.
 */
export function forEachField(program: Program, visit: FieldVisit): void {
	visit(0, displayName(program));
	const add = (fieldIndex: number, text: string | undefined) => {
		if (text !== undefined && hasContent(text)) visit(fieldIndex, text);
	};
	for (const bullet of program.summary) add(SUMMARY, bullet);
	add(PLAN, program.plan.text);
	add(ACTUAL, program.actual.text);
	for (const item of program.items) add(ITEMS, item.name);
	add(UNIT, program.unit);
	add(PILLAR, program.pillar?.title);
}
