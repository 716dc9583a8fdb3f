// The title line: `[issuing body] 令和6年度 就労支援事業計画 事業の実施状況`.

export type Title = {body: string; era: string; fiscalYear: number; title: string};

const ERA = /(令和|平成)\s*([0-9０-９]+|元)\s*年度/u;
const ERA_START: Record<string, number> = {令和: 2018, 平成: 1988};

export function parseTitle(text: string): Title | null {
	const m = ERA.exec(text);
	if (!m) return null;
	const name = m[1] ?? '';
	const digits = (m[2] ?? '').replace(/[０-９]/g, (c) =>
		String.fromCharCode(c.charCodeAt(0) - 0xfee0),
	);
	const n = digits === '元' ? 1 : Number(digits);
	const start = ERA_START[name];
	if (start === undefined || !Number.isInteger(n) || n < 1) return null;
	const body = text
		.slice(0, m.index)
		.replace(/[\s\u3000]+/g, ' ')
		.trim();
	return {body, era: `${name}${digits}年度`, fiscalYear: start + n, title: text.trim()};
}
