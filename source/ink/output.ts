// Ink's frame buffer (ink/build/output.js), with a fast path for the frames shuro draws.
// The build puts this class in place of Ink's own (build.mjs, `inkOutput`).
//
// On every frame Ink turns each written line into one object per character, lays them
// on a grid and turns the grid back into text: at 80×24 that is about 5 ms a frame and
// most of a keystroke's garbage. shuro's screen (ui/screen-view.tsx) writes each row
// once, whole, already styled and exactly as wide as the terminal, from column 0: the
// text Ink would rebuild from the grid is then that row itself, with the same characters
// in the same cells and the same styles. Frames that clip, write off column 0 or write a
// row twice go through Ink's own code unchanged.
import InkOutput from '../../node_modules/ink/build/output.js';

type Transformer = (line: string, index: number) => string;
type Clip = Parameters<InkOutput['clip']>[0];
type Operation =
	| {type: 'write'; x: number; y: number; text: string; transformers: Transformer[]}
	| {type: 'clip'; clip: Clip}
	| {type: 'unclip'};

export default class Output {
	readonly width: number;
	readonly height: number;
	readonly #operations: Operation[] = [];

	constructor({width, height}: {width: number; height: number}) {
		this.width = width;
		this.height = height;
	}

	write(x: number, y: number, text: string, {transformers}: {transformers: Transformer[]}): void {
		if (text) this.#operations.push({type: 'write', x, y, text, transformers});
	}

	clip(clip: Clip): void {
		this.#operations.push({type: 'clip', clip});
	}

	unclip(): void {
		this.#operations.push({type: 'unclip'});
	}

	get(): {output: string; height: number} {
		return this.#wholeRows() ?? this.#ink();
	}

	/** The frame when every row is written at most once, whole, from column 0; else null. */
	#wholeRows(): {output: string; height: number} | null {
		const rows: Array<string | undefined> = new Array(this.height);
		for (const op of this.#operations) {
			if (op.type !== 'write' || op.x !== 0 || op.y < 0) return null;
			const lines = op.text.split('\n');
			for (let i = 0; i < lines.length && op.y + i < this.height; i += 1) {
				if (rows[op.y + i] !== undefined) return null;
				let line = lines[i]!;
				for (const transform of op.transformers) line = transform(line, i);
				rows[op.y + i] = line;
			}
		}
		let output = '';
		for (let y = 0; y < this.height; y += 1) {
			output += `${y > 0 ? '\n' : ''}${(rows[y] ?? '').trimEnd()}`;
		}
		return {output, height: this.height};
	}

	#ink(): {output: string; height: number} {
		const ink = new InkOutput({width: this.width, height: this.height});
		for (const op of this.#operations) {
			if (op.type === 'write') ink.write(op.x, op.y, op.text, {transformers: op.transformers});
			else if (op.type === 'clip') ink.clip(op.clip);
			else ink.unclip();
		}
		return ink.get();
	}
}
