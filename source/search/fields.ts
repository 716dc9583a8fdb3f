// The searchable texts of a program, as displayed: highlights are ranges on these strings.
import {displayName, type Program} from '../report/model.js';
import type {SearchField} from './types.js';

export type FieldText = {field: SearchField; text: string};

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

/** The name first (always present, so the engine finds it at a fixed place), then the rest. */
export function programFields(program: Program): FieldText[] {
	const fields: FieldText[] = [{field: 'name', text: displayName(program)}];
	const add = (field: SearchField, text: string | undefined) => {
		if (text?.trim()) fields.push({field, text});
	};
	for (const bullet of program.summary) add('summary', bullet);
	add('plan', program.plan.text);
	add('actual', program.actual.text);
	for (const item of program.items) add('items', item.name);
	add('unit', program.unit);
	add('pillar', program.pillar?.title);
	return fields;
}
