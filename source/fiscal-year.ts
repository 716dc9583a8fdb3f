// Fiscal years as people write them (--year) and as messages name them.

const ERA_START: Record<string, number> = {r: 2018, 令和: 2018, h: 1988, 平成: 1988};

/**
 * A fiscal year as people write it: 2024, FY2024, R6, 令和6, 令和6年度, 令和元年 (and 平成 /
 * H for older reports); full-width digits too. Null when the text is not a year.
 */
export function parseFiscalYear(text: string): number | null {
	const t = text.normalize('NFKC').trim().replace(/\s+/g, '');
	const western = /^(?:FY)?(\d{4})(?:年度?)?$/i.exec(t);
	if (western) return Number(western[1]);
	const era = /^(R|H|令和|平成)(\d{1,2}|元)(?:年度?)?$/i.exec(t);
	if (!era) return null;
	const start = ERA_START[(era[1] ?? '').toLowerCase()];
	const n = era[2] === '元' ? 1 : Number(era[2]);
	return start === undefined || n < 1 ? null : start + n;
}

export const eraName = (y: number) =>
	y > 2018 ? `令和${y - 2018}年度` : y > 1988 ? `平成${y - 1988}年度` : '';

/** 'no report for fiscal year 2023 (令和5年度); loaded: 2022 (令和4年度), 2024 (令和6年度)'. */
export function unknownYearMessage(year: number, loaded: readonly number[]): string {
	const name = (y: number) => (eraName(y) ? `${y} (${eraName(y)})` : String(y));
	const list = [...loaded]
		.sort((a, b) => a - b)
		.map(name)
		.join(', ');
	return `no report for fiscal year ${name(year)}; loaded: ${list || 'none'}`;
}

/** The explorer's words for it: 'FY2023 (令和5年度) の報告書はありません (読み込み済み: FY2024, FY2022)'. */
export function unknownYearStatus(year: number, loaded: readonly number[]): string {
	const list = [...loaded]
		.sort((a, b) => b - a)
		.map((y) => `FY${y}`)
		.join(', ');
	return `FY${year}${eraName(year) ? ` (${eraName(year)})` : ''} の報告書はありません (読み込み済み: ${list || 'なし'})`;
}
