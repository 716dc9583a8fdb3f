// The typed model of a 就労支援事業計画 事業の実施状況 report.
// Every parsed value keeps the raw cell text it came from (`text`), so the UI can
// always show what the report said next to what shuro computed from it.

/** `約1.9億円` → {text: '約1.9億円', yen: 190000000, approximate: true}. */
export type Budget = {
	/** Cleaned cell text as printed (empty string when the cell was empty). */
	readonly text: string;
	/** Amount in yen, or null when the text is not an amount (`各事業欄記載`, `—`). */
	readonly yen: number | null;
	/** The amount was printed with 約 (about). */
	readonly approximate: boolean;
	/** The amount was printed once for the program on its first sub-item row (a merged cell). */
	readonly mergedFromLine?: number;
};

/** One number read out of a plan or actual cell: `支援規模 200件/年`. */
export type Metric = {
	/** Words before the number within its segment (`支援規模`), when there are any. */
	readonly label?: string;
	readonly value: number;
	/** Counter word: 件, 人, 名, 社, 回, 団体 … */
	readonly unit: string;
	/** Period written after a slash: `/年` → '年'. */
	readonly per?: string;
	/** Printed with 約 (about) or 以上 (at least). */
	readonly approximate?: boolean;
	/** The exact characters the metric was read from. */
	readonly raw: string;
};

/** A plan or actual cell. */
export type Scale = {
	readonly text: string;
	readonly metrics: readonly Metric[];
};

/** A sub-row of a program (`・テレワーク定着強化事業`, `①都営住宅への優先入居`, `「職場定着チーム」…`). */
export type Item = {
	/** The marker the row began with (`・`, `①`), if any. */
	readonly marker?: string;
	readonly name: string;
	readonly budget: Budget;
	readonly plan: Scale;
	readonly actual: Scale;
	readonly unit: string;
	readonly line: number;
};

export type Pillar = {
	readonly no: number;
	readonly title: string;
	readonly line: number;
};

export type Program = {
	/** Stable id: `<body>|<fiscalYear>|<no>`. */
	readonly id: string;
	readonly no: number;
	/** The row had lost its number; it was inferred from the sequence. */
	readonly noInferred: boolean;
	/** Cleaned name; empty string when the report lost it (see nameHint). */
	readonly name: string;
	/** For a nameless program, a hint taken from its summary (e.g. 「TOKYOチャレンジネット」). */
	readonly nameHint?: string;
	readonly pillar: {readonly no: number; readonly title: string} | null;
	/** The ○/〇 bullets, cleaned, without the bullet mark. */
	readonly summary: readonly string[];
	readonly budget: Budget;
	readonly plan: Scale;
	readonly actual: Scale;
	/** 単位の説明: what the actual figure counts. */
	readonly unit: string;
	readonly items: readonly Item[];
	/** Source lines the program was assembled from (first is the program row). */
	readonly lines: readonly number[];
	readonly fiscalYear: number;
	readonly era: string;
	/** Issuing body named in the report's title (`大阪府`); '' when it names none. */
	readonly body: string;
	readonly file: string;
};

export type Report = {
	/** Issuing body named before the era in the title (`大阪府`); '' when the title names none. */
	readonly body: string;
	/** `令和6年度` */
	readonly era: string;
	/** 2024 */
	readonly fiscalYear: number;
	readonly title: string;
	readonly file: string;
	readonly notes: readonly string[];
	readonly pillars: readonly Pillar[];
	readonly programs: readonly Program[];
};

export type IssueCode =
	| 'missing-path'
	| 'no-reports'
	| 'unreadable'
	| 'empty-file'
	| 'binary-file'
	| 'not-a-report'
	| 'no-era'
	| 'duplicate-report'
	| 'unplaced-row'
	| 'garbage-cell'
	| 'inferred-number'
	| 'missing-name'
	| 'number-gap'
	| 'long-line'
	| 'incomplete-row'
	| 'amount-overflow'
	| 'stray-title'
	| 'bad-encoding'
	| 'invalid-bytes'
	| 'not-regular-file'
	| 'too-large'
	| 'skipped-directory'
	/** The link worker failed; linking went on in the UI thread. */
	| 'link-worker-failed';

export type LoadIssue = {
	readonly code: IssueCode;
	readonly severity: 'error' | 'warning' | 'info';
	readonly message: string;
	readonly file: string;
	readonly line?: number;
};

/** The display name of a program: its name, or a hint for nameless ones. */
export function displayName(program: Program): string {
	if (program.name) return program.name;
	return program.nameHint ? `(名称なし) ${program.nameHint}` : '(名称なし)';
}
