// shuro's frame buffer must put the same characters, with the same styles, in the same
// cells as Ink's own (it stands in for it in the build): rows written whole from
// column 0 take the fast path; anything else must come out byte for byte as Ink's.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import InkOutput from '../../node_modules/ink/build/output.js';
import Output from '../../source/ink/output.js';

type Write = {x: number; y: number; text: string};
type Frame = {width: number; height: number; writes: Write[]; clip?: boolean};

const SGR = [
	['\u001B[1m', '\u001B[22m'],
	['\u001B[7m', '\u001B[27m'],
	['\u001B[4m', '\u001B[24m'],
	['\u001B[33m', '\u001B[39m'],
	['\u001B[2m', '\u001B[22m'],
] as const;
const PIECES = ['a', ' ', '女', '性', 'ｱ', '▶', '█', '…', '👩‍💻', 'é', '  '];

const styled = fc
	.array(
		fc.record({
			text: fc.array(fc.constantFrom(...PIECES), {minLength: 0, maxLength: 6}),
			style: fc.option(fc.constantFrom(...SGR), {nil: undefined}),
		}),
		{maxLength: 5},
	)
	.map((segments) =>
		segments
			.map(({text, style}) => (style ? `${style[0]}${text.join('')}${style[1]}` : text.join('')))
			.join(''),
	);

function render(OutputClass: typeof InkOutput | typeof Output, frame: Frame): string {
	const output = new OutputClass({width: frame.width, height: frame.height});
	if (frame.clip) output.clip({x1: 1, x2: frame.width - 1, y1: 0, y2: frame.height});
	for (const w of frame.writes) output.write(w.x, w.y, w.text, {transformers: []});
	if (frame.clip) output.unclip();
	return output.get().output;
}

/** What Ink makes of one line written at column 0: its characters, styles and cells. */
const asInk = (line: string, width: number) =>
	render(InkOutput, {width, height: 1, writes: [{x: 0, y: 0, text: line}]});

describe('ink-output', () => {
	it('rows written whole from column 0: the same cells and styles as Ink', () => {
		fc.assert(
			fc.property(
				fc.integer({min: 1, max: 30}),
				fc.array(fc.option(styled, {nil: undefined}), {minLength: 1, maxLength: 8}),
				(width, rows) => {
					const frame: Frame = {
						width,
						height: rows.length,
						writes: rows.flatMap((text, y) => (text === undefined ? [] : [{x: 0, y, text}])),
					};
					const ours = render(Output, frame).split('\n');
					const ink = render(InkOutput, frame).split('\n');
					expect(ours).toHaveLength(ink.length);
					for (const [y, line] of ours.entries()) expect(asInk(line, width)).toBe(ink[y]);
				},
			),
			{numRuns: 500},
		);
	});

	it('a row of several lines, and rows past the bottom, as Ink places them', () => {
		const frame = {width: 10, height: 2, writes: [{x: 0, y: 1, text: 'ab\ncd\nef'}]};
		expect(render(Output, frame)).toBe(render(InkOutput, frame));
		expect(render(Output, frame)).toBe('\nab');
	});

	const write = fc.record({
		x: fc.integer({min: 0, max: 6}),
		y: fc.integer({min: -1, max: 4}),
		text: styled,
	});
	const frame = (clip: fc.Arbitrary<boolean>) =>
		fc.record({
			width: fc.integer({min: 2, max: 20}),
			height: fc.constant(4),
			writes: fc.array(write, {maxLength: 6}),
			clip,
		});

	it('any frame (overlaps, other columns, clips): the same cells and styles as Ink', () => {
		fc.assert(
			fc.property(frame(fc.boolean()), (f) => {
				const ink = render(InkOutput, f).split('\n');
				for (const [y, line] of render(Output, f).split('\n').entries()) {
					expect(asInk(line, f.width)).toBe(asInk(ink[y] ?? '', f.width));
				}
			}),
			{numRuns: 500},
		);
	});

	it('a frame that clips comes out byte for byte as Ink makes it', () => {
		fc.assert(
			fc.property(frame(fc.constant(true)), (f) => {
				expect(render(Output, f)).toBe(render(InkOutput, f));
			}),
			{numRuns: 300},
		);
	});

	it('overlapping rows and rows off column 0 come out byte for byte as Ink makes them', () => {
		const overlap = {
			width: 8,
			height: 2,
			writes: [
				{x: 0, y: 0, text: 'abcdef'},
				{x: 2, y: 0, text: '女'},
			],
		};
		expect(render(Output, overlap)).toBe(render(InkOutput, overlap));
		expect(render(Output, overlap)).toBe('ab女ef\n');
		const indented = {width: 8, height: 1, writes: [{x: 3, y: 0, text: '\u001B[1mx\u001B[22m'}]};
		expect(render(Output, indented)).toBe(render(InkOutput, indented));
	});
});
