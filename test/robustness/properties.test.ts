// Issue 6 proofs by property: decode and parse never throw for any input, the sanitiser
// leaves nothing a terminal would act on, and the screen fits even terminals too small
// to use (test/ui/screen-width.test.tsx covers 60×16 and up).
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {decode} from '../../source/report/decode.js';
import {parseReport} from '../../source/report/parse.js';
import {buildCatalog} from '../../source/state/catalog.js';
import {initialState} from '../../source/state/explorer.js';
import {deriveResults} from '../../source/state/results.js';
import {splitKeys, withoutCtrlModifier} from '../../source/ink/key-input.js';
import {lineText} from '../../source/ui/line.js';
import {pillarEntries} from '../../source/ui/pillar-pane.js';
import {sanitize, sanitizeInput} from '../../source/text/sanitize.js';
import {FigureBook} from '../../source/figures/book.js';
import {buildScreen} from '../../source/ui/screen.js';
import {displayWidth} from '../../source/text/width.js';
import {hostileReports, hostileText} from '../helpers/arbitrary.js';
import {allPrograms, createSimpleEngine} from '../helpers/simple-engine.js';

// Pieces of real report rows and of everything that goes wrong with them.
const CELL_PIECES = [
	'令和6年度 就労支援事業計画 事業の実施状況',
	'平成元年度',
	'令和６年度',
	'重点事業',
	'予算',
	'規模',
	'1',
	'9999',
	'10000',
	'12 名前',
	'○概要',
	'〇',
	'・項目',
	'①',
	'約1.9億円',
	'- 約3億円',
	'71-9 = 1051 J',
	'支援規模 200件/年',
	'※注',
	'\u001B[2J',
	'\u009B',
	'\u202E',
	'\uFEFF',
	'\uD800',
	'\r',
	'\u0000',
	' ',
	'\u3000',
];
const cell = fc.oneof(
	fc.constantFrom(...CELL_PIECES),
	fc.string({unit: 'binary', maxLength: 30}),
	fc.array(fc.constantFrom(...CELL_PIECES), {maxLength: 4}).map((a) => a.join('')),
);
const line = fc.oneof(
	fc.array(cell, {maxLength: 12}).map((cells) => cells.join('\t')),
	fc.constant(''),
	fc.constant('\t\t\t\t\t\t'),
);
const report = fc.array(line, {maxLength: 40}).map((lines) => lines.join('\n'));

describe('never throws, always answers', () => {
	it('parseReport returns a model or issues for any text', () => {
		fc.assert(
			fc.property(report, (text) => {
				const out = parseReport(text, 'f.txt');
				expect(out.report !== null || out.issues.length > 0).toBe(true);
				for (const issue of out.issues) {
					expect(issue.file).toBe('f.txt');
					expect(issue.message.length).toBeGreaterThan(0);
				}
			}),
			{numRuns: 500},
		);
	});

	it('decode returns text or a reason for any bytes', () => {
		const bytes = fc.oneof(
			fc.uint8Array({maxLength: 300}),
			// Byte-order marks and magic numbers followed by anything.
			fc
				.tuple(
					fc.constantFrom(
						[0xef, 0xbb, 0xbf],
						[0xff, 0xfe],
						[0xfe, 0xff],
						[0x89, 0x50, 0x4e, 0x47],
						[0x25, 0x50, 0x44, 0x46],
						[],
					),
					fc.uint8Array({maxLength: 200}),
				)
				.map(([head, tail]) => Uint8Array.from([...head, ...tail])),
		);
		fc.assert(
			fc.property(bytes, (input) => {
				const out = decode(input);
				if (out.ok) expect(out.text).not.toMatch(/\r/);
				else expect(['empty', 'binary', 'encoding']).toContain(out.reason);
			}),
			{numRuns: 1000},
		);
	});

	it('the whole path: decode then parse, for any bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({maxLength: 500}), (bytes) => {
				const out = decode(bytes);
				if (out.ok) parseReport(out.text, 'f.txt');
			}),
			{numRuns: 500},
		);
	});
});

describe('the sanitiser', () => {
	const any = fc.oneof(fc.string({unit: 'binary', maxLength: 80}), hostileText(40));
	it('leaves no C0, DEL, C1, ESC or BiDi control, for any string', () => {
		fc.assert(
			fc.property(any, (text) => {
				for (const out of [sanitize(text), sanitizeInput(text)]) {
					expect(out).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/u);
					expect(out).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u);
				}
			}),
			{numRuns: 2000},
		);
	});
});

describe('keys that arrive in one read', () => {
	it('reach Ink one control key at a time; printable runs stay whole', () => {
		expect(splitKeys('\r\u0003')).toEqual(['\r', '\u0003']);
		expect(splitKeys('テレワーク\r')).toEqual(['テレワーク', '\r']);
		expect(splitKeys('ab\u007F\u007Fc')).toEqual(['ab', '\u007F', '\u007F', 'c']);
		expect(splitKeys('\tq')).toEqual(['\t', 'q']);
		expect(splitKeys('\u001B[A\u001B[B')).toEqual(['\u001B[A\u001B[B']); // Ink splits escapes itself
	});
	it('never lose or reorder a character', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary', maxLength: 60}), (input) => {
				expect(splitKeys(input).join('')).toBe(input);
			}),
		);
	});
});

describe('Ctrl-modified key sequences Ink cannot name', () => {
	it('lose the Ctrl bit; everything else is untouched', () => {
		expect(withoutCtrlModifier('\u001B[1;5j')).toBe('\u001B[j');
		expect(withoutCtrlModifier('\u001B[5j')).toBe('\u001B[j');
		expect(withoutCtrlModifier('\u001BO5x')).toBe('\u001BOx');
		expect(withoutCtrlModifier('\u001B[15;5~')).toBe('\u001B[15~');
		expect(withoutCtrlModifier('\u001B[1;2A')).toBe('\u001B[1;2A');
		expect(withoutCtrlModifier('\u001B[5~テ\u001B[A')).toBe('\u001B[5~テ\u001B[A');
	});
});

describe('terminals too small to use', () => {
	it('every line fits, down to 0×0', () => {
		fc.assert(
			fc.property(
				hostileReports,
				fc.integer({min: 0, max: 59}),
				fc.integer({min: 0, max: 15}),
				fc.boolean(),
				(reports, width, height, ambiguousWide) => {
					const catalog = buildCatalog(reports);
					const engine = createSimpleEngine(allPrograms(reports));
					const state = initialState({years: catalog.years});
					const screen = buildScreen({
						state,
						results: deriveResults(engine.search(state.query), state, new FigureBook()),
						total: engine.size,
						catalog,
						figures: new FigureBook(),
						pillars: pillarEntries(catalog, state.yearFilter),
						width,
						height,
						options: {ambiguousWide},
					});
					for (const l of screen.lines) {
						expect(displayWidth(lineText(l), {ambiguousWide})).toBeLessThanOrEqual(width);
					}
				},
			),
			{numRuns: 300},
		);
	});
});
