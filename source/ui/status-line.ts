// The bottom line: counts, years (the filtered one in brackets), sort, focus, and messages.
import type {MoneySum} from '../figures/money.js';
import {hintText} from '../keys/bindings.js';
import {type ExplorerState, type Mode, SORT_LABEL} from '../state/explorer.js';
import {SORT_DIRECTION} from '../state/results.js';
import {sumText} from '../figures/format.js';
import {fitLine, type Line, type Segment} from './line.js';
import {sanitize} from '../text/sanitize.js';
import {truncate, type WidthOptions} from '../text/width.js';

const FOCUS: Record<Mode, string> = {
	search: '検索',
	browse: '一覧',
	detail: '詳細',
	compare: '年度比較',
	pillars: '柱',
	changes: '変化',
	help: 'ヘルプ',
};

/** Where a background load stands, and what it found wrong. */
export type LoadingStatus = {
	done: number;
	files: number;
	finished: boolean;
	errors: number;
	warnings: number;
	/** The first problem, as one line (`file:line: message`). */
	firstIssue?: string;
};

function progressSegments(loading: LoadingStatus | undefined): Segment[] {
	if (!loading || loading.finished) return [];
	// Every file is in and searchable soon: what a large load still works out is each
	// program's lineage (the link worker's), which the list's 系 marks wait for.
	const text =
		loading.files > 0 && loading.done === loading.files
			? '系譜を計算中 · '
			: `読み込み中 ${loading.done}/${loading.files} · `;
	return [{text, bold: true, tone: 'accent'}];
}

function problemCounts(loading: LoadingStatus | undefined): string {
	if (!loading) return '';
	return [
		loading.errors ? `エラー ${loading.errors}` : '',
		loading.warnings ? `警告 ${loading.warnings}` : '',
	]
		.filter(Boolean)
		.join(' ');
}

/** `· ⚠ 警告 1` right after the counts; the first problem itself goes last, as room allows. */
function problemSegments(loading: LoadingStatus | undefined): {
	count: Segment[];
	detail: Segment[];
} {
	const counts = problemCounts(loading);
	if (!counts) return {count: [], detail: []};
	return {
		count: [{text: ` · ⚠ ${counts}`, bold: true, tone: 'warn'}],
		detail: [{text: ` · ${sanitize(loading?.firstIssue ?? '')} (終了後に全件表示)`, dim: true}],
	};
}

/**
 * The loaded years, the filtered one in brackets, each with the money of the programs in the
 * list: 'FY2024 約52.3億 · FY2022 約40.1億 (1件不明)'. A year with no program in the list
 * shows no sum.
 */
export function yearsText(
	years: readonly number[],
	yearFilter: number | null,
	totals: ReadonlyArray<{fiscalYear: number} & MoneySum>,
): string {
	return years
		.map((y) => {
			const name = y === yearFilter ? `[FY${y}]` : `FY${y}`;
			const total = totals.find((t) => t.fiscalYear === y);
			return total ? `${name} ${sumText(total)}` : name;
		})
		.join(' · ');
}

function sortText(state: ExplorerState): string {
	if (state.sort === 'relevance') return SORT_LABEL.relevance;
	const down = (SORT_DIRECTION[state.sort] === 'down') !== state.sortReverse;
	const words =
		state.sort === 'achievement'
			? down
				? '高い順'
				: '低い順'
			: state.sort === 'budget'
				? down
					? '多い順'
					: '少ない順'
				: down
					? '逆順'
					: '';
	return `${SORT_LABEL[state.sort]}${words ? ` ${words}` : ''}`;
}

export function statusLine(
	state: ExplorerState,
	shown: number,
	total: number,
	width: number,
	options: WidthOptions,
	loading?: LoadingStatus,
	pending = false,
	totals: ReadonlyArray<{fiscalYear: number} & MoneySum> = [],
): Line {
	// Most important first: a narrow terminal cuts the end of the line.
	const parts: Segment[] = [{text: `[${FOCUS[state.mode]}] `, bold: true}];
	if (state.status)
		parts.push({text: sanitize(state.status), bold: true, tone: 'accent'}, {text: ' · '});
	parts.push(...progressSegments(loading));
	if (pending) parts.push({text: '検索中… · ', bold: true, tone: 'accent'});
	parts.push({text: `${shown} / ${total} 件`, bold: true});
	// An active filter is said before anything a narrow terminal may cut.
	if (state.belowPlanOnly) parts.push({text: ' · 未達のみ', bold: true, tone: 'warn'});
	const problems = problemSegments(loading);
	parts.push(...problems.count);
	parts.push({text: ` · ${yearsText(state.years, state.yearFilter, totals)}`});
	parts.push({text: ` · 並び: ${sortText(state)}`});
	if (state.pillarFilter) {
		const p = state.pillarFilter;
		parts.push({
			text: ` · 柱 FY${p.fiscalYear}-${p.no} ${truncate(sanitize(p.title), 16, options)}`,
		});
	}
	const scope = state.mode === 'browse' ? 'list' : state.mode;
	parts.push({text: hintText(scope, {queryEmpty: state.query === ''}), dim: true});
	// The first problem itself only on the search line and the list, last, as room allows:
	// in the detail, the years and the help the count says enough.
	if (state.mode === 'browse' || state.mode === 'search') parts.push(...problems.detail);
	return fitLine(parts, width, options);
}
