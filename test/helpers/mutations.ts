// Damage of the kinds PDF extraction does to report rows (issue 19), as fast-check
// arbitraries over a report's lines: deleted, duplicated, swapped, split and joined
// lines, moved tabs, cut and emptied cells, over-long cells, a second title, overflowing
// amounts, stray text.
import fc from 'fast-check';

export const MUTATION_KINDS = [
	'delete',
	'duplicate',
	'swap',
	'split',
	'split-at-tab',
	'join',
	'join-with-tab',
	'move-tab',
	'cut-cells',
	'keep-number-and-name',
	'empty-cell',
	'long-cell',
	'second-title',
	'glued-title',
	'lone-era',
	'overflow-amount',
	'junk-line',
	'blank-line',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export type Mutation = {kind: MutationKind; at: number; n: number; text: string};

export const mutation: fc.Arbitrary<Mutation> = fc.record({
	kind: fc.constantFrom(...MUTATION_KINDS),
	at: fc.nat(),
	n: fc.nat(),
	text: fc.oneof(
		fc.string({maxLength: 20}),
		fc.constantFrom('1', '99', '・項目', '○概要', '約1億円', '予算\t規模', '※注', '12 名前'),
	),
});

const OTHER_YEARS = [
	'令和5年度 就労支援事業計画 事業の実施状況',
	'令和3年度 就労支援事業計画 事業の実施状況',
	'大阪府 令和6年度 就労支援事業計画 事業の実施状況',
];

/** Applies one mutation to `lines` (in place); positions wrap around the line count. */
export function applyMutation(lines: string[], m: Mutation): void {
	if (lines.length === 0) return;
	const i = m.at % lines.length;
	const line = lines[i] as string;
	const cells = line.split('\t');
	switch (m.kind) {
		case 'delete':
			lines.splice(i, 1);
			break;
		case 'duplicate':
			lines.splice(i, 0, line);
			break;
		case 'swap':
			if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1] as string, line];
			break;
		case 'split': {
			const chars = [...line];
			const at = m.n % (chars.length + 1);
			lines.splice(i, 1, chars.slice(0, at).join(''), chars.slice(at).join(''));
			break;
		}
		case 'split-at-tab': {
			const at = m.n % cells.length;
			lines.splice(i, 1, cells.slice(0, at).join('\t'), cells.slice(at).join('\t'));
			break;
		}
		case 'join':
		case 'join-with-tab':
			if (i + 1 < lines.length)
				lines.splice(i, 2, line + (m.kind === 'join' ? '' : '\t') + lines[i + 1]);
			break;
		case 'move-tab': {
			if (cells.length < 2) break;
			const from = 1 + (m.n % (cells.length - 1)); // join cell `from` onto the one before
			const joined = [...cells.slice(0, from - 1), `${cells[from - 1]}${cells[from]}`];
			const rest = [...joined, ...cells.slice(from + 1)].join('\t');
			const chars = [...rest];
			const at = (m.n >> 3) % (chars.length + 1);
			lines[i] = `${chars.slice(0, at).join('')}\t${chars.slice(at).join('')}`;
			break;
		}
		case 'cut-cells':
			lines[i] = cells.slice(0, 1 + (m.n % cells.length)).join('\t');
			break;
		case 'keep-number-and-name':
			lines[i] = cells.slice(0, 2).join('\t');
			break;
		case 'empty-cell': {
			const at = m.n % cells.length;
			cells[at] = '';
			lines[i] = cells.join('\t');
			break;
		}
		case 'long-cell': {
			const at = m.n % cells.length;
			cells[at] = 'あ'.repeat(20_001 + (m.n % 100));
			lines[i] = cells.join('\t');
			break;
		}
		case 'second-title':
			lines.splice(i, 0, OTHER_YEARS[m.n % OTHER_YEARS.length] as string);
			break;
		case 'glued-title':
			lines[i] = `${line}${m.n % 2 === 0 ? '\t' : ''}${OTHER_YEARS[m.n % OTHER_YEARS.length]}`;
			break;
		case 'lone-era':
			lines.splice(i, 0, `令和${1 + (m.n % 9)}年度${m.text}`);
			break;
		case 'overflow-amount': {
			const at = cells.findIndex((c) => c.includes('円'));
			cells[at >= 0 ? at : Math.min(3, cells.length - 1)] = '99999999999999999999999円';
			lines[i] = cells.join('\t');
			break;
		}
		case 'junk-line':
			lines.splice(i, 0, m.text);
			break;
		case 'blank-line':
			lines.splice(i, 0, m.n % 2 === 0 ? '' : '\t\t\t\t\t\t');
			break;
		default: {
			const never: never = m.kind;
			throw new Error(`unknown mutation ${never}`);
		}
	}
}

/** `text` with each mutation applied in turn (lines split on LF, CRLF or CR). */
export function mutate(text: string, mutations: Mutation[]): string {
	const lines = text.split(/\r\n?|\n/);
	for (const m of mutations) applyMutation(lines, m);
	return lines.join('\n');
}
