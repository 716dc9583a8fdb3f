// string → rows of cells, with 1-based line numbers.

export type Row = {line: number; cells: string[]};

/** Longest line kept whole; longer lines are cut (and reported) so one bad line cannot stall the UI. */
export const MAX_LINE_CHARS = 20_000;

export function splitRows(text: string): {rows: Row[]; longLines: number[]} {
	const rows: Row[] = [];
	const longLines: number[] = [];
	const lines = text.split('\n');
	for (let i = 0; i < lines.length; i++) {
		let raw = lines[i] ?? '';
		if (raw.length > MAX_LINE_CHARS) {
			longLines.push(i + 1);
			raw = raw.slice(0, MAX_LINE_CHARS);
		}
		if (raw.trim() === '') continue;
		rows.push({line: i + 1, cells: raw.split('\t')});
	}
	return {rows, longLines};
}
