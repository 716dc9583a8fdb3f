// The load-time fast paths against the plain versions they replaced: same output for
// any input. The plain versions live here as the reference.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {cleanText, measureWraps, printWidth, type WrapProfile} from '../../source/report/clean.js';
import {parseScale, UNITS} from '../../source/report/metric.js';
import type {Metric} from '../../source/report/model.js';
import {parseYen} from '../../source/report/money.js';

const PIECES = [
	' ',
	' ',
	' ',
	'  ',
	' - ',
	'-',
	'\u00a0',
	'\t',
	'\u3000',
	'の',
	'と',
	'を',
	'に',
	'訓',
	'練',
	'事',
	'業',
	'テ',
	'レ',
	'ー',
	'々',
	'、',
	'。',
	'」',
	'「',
	'）',
	'I',
	'T',
	'Wi',
	'e',
	'0',
	'5',
	'２',
	'𠮷',
	'ｶ',
	// Lone surrogates: wrap detection reads them as strings, everything else by code.
	'\ud842',
	'\udfb7',
];
const KANJI = ['訓練', '事', '業', '支援', 'テレ', '「研修」', '5人'];
const text = fc
	.array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(...KANJI)), {maxLength: 40})
	.map((a) => a.join(''));

// --- reference: cleanText and measureWraps before the range bookkeeping ---
const HIRAGANA = /\p{Script=Hiragana}/u;
const KANJI_KATA = /[\p{Script=Han}\p{Script=Katakana}ー々〆]/u;
const CJK = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー々〆]/u;
const CLOSERS = /[」』）)】、。]/u;
const lastChar = (t: string) => {
	const code = t.charCodeAt(t.length - 1);
	return code >= 0xdc00 && code <= 0xdfff ? t.slice(-2) : t.slice(-1);
};
const firstChar = (t: string) => String.fromCodePoint(t.codePointAt(0) ?? 32);
function isParticleWrap(before: string, after: string): boolean {
	if (HIRAGANA.test(after) && (CJK.test(before) || CLOSERS.test(before) || /[A-Za-z]/.test(before)))
		return true;
	return (HIRAGANA.test(before) || before === '、' || before === '，') && CJK.test(after);
}
function joinSpacedLetters(t: string): string {
	return t
		.replace(/(?<![A-Za-z])[A-Za-z](?: [A-Za-z])+(?![A-Za-z])/g, (m) => m.replace(/ /g, ''))
		.replace(/(?<=[A-Za-z]) - (?=\S)|(?<=\S) - (?=[A-Za-z])/g, '-');
}
function tightenShortLatin(t: string): string {
	return t.replace(
		/(?<=[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー、。]) ?((?<![A-Za-z])[A-Za-z]{1,2}(?:-)?(?![A-Za-z])) ?(?=[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー])/gu,
		'$1',
	);
}
function referenceClean(raw: string, profile: WrapProfile, column: number): string {
	let t = raw
		.replace(/[\t\u00a0]/g, ' ')
		.replace(/ {2,}/g, ' ')
		.trim();
	if (!t.includes(' ')) return t;
	t = joinSpacedLetters(t);
	if (!profile.wrapped) return t;
	t = tightenShortLatin(t);
	const wrapWidth = profile.columnWidths.get(column) ?? 24;
	const parts = t.split(' ');
	let out = parts[0] ?? '';
	let lineStart = 0;
	for (let i = 1; i < parts.length; i++) {
		const part = parts[i] ?? '';
		const before = lastChar(out);
		const after = firstChar(part);
		const line = out.slice(lineStart);
		const segment = out.slice(out.lastIndexOf(' ') + 1);
		let wrap = isParticleWrap(before, after);
		if (!wrap && KANJI_KATA.test(before) && KANJI_KATA.test(after)) {
			const lone = part.length === 1 || /^.[」』）)]/u.test(part);
			const full = printWidth(line) >= wrapWidth * 0.75 && !/[0-9]/.test(segment);
			wrap = lone || full;
		}
		if (wrap) {
			out += part;
			lineStart = out.length - part.length;
		} else {
			out += ` ${part}`;
		}
	}
	return out;
}
function referenceWidths(cells: Array<{column: number; text: string}>) {
	const widths = new Map<number, number[]>();
	let hits = 0;
	for (const {column, text: t} of cells) {
		if (!t.includes(' ')) continue;
		const parts = t.replace(/ {2,}/g, ' ').trim().split(' ');
		let line = parts[0] ?? '';
		for (let i = 1; i < parts.length; i++) {
			const part = parts[i] ?? '';
			if (isParticleWrap(lastChar(line), firstChar(part))) {
				hits++;
				const list = widths.get(column) ?? [];
				list.push(printWidth(line));
				widths.set(column, list);
				line = part;
			} else {
				line += ` ${part}`;
			}
		}
	}
	return {hits, widths};
}

describe('cleanText and measureWraps', () => {
	it('clean every text as the plain version does', () => {
		const profile = fc.record({
			wrapped: fc.boolean(),
			columnWidths: fc.integer({min: 1, max: 40}).map((w) => new Map([[1, w]])),
		});
		fc.assert(
			fc.property(text, profile, (t, profile) => {
				expect(cleanText(t, profile, 1)).toBe(referenceClean(t, profile, 1));
				expect(cleanText(t, profile, 2)).toBe(referenceClean(t, profile, 2));
			}),
			{numRuns: 5000},
		);
	});
	it('measure the same wrap widths as the plain version', () => {
		fc.assert(
			fc.property(fc.array(text, {maxLength: 8}), (texts) => {
				const cells = texts.map((t, i) => ({column: i % 2, text: t}));
				const {hits, widths} = referenceWidths(cells);
				const expected = new Map<number, number>();
				for (const [column, list] of widths) {
					list.sort((a, b) => a - b);
					expected.set(column, list[Math.floor(list.length / 2)] ?? 24);
				}
				expect(
					measureWraps(
						cells.map((c) => c.column),
						cells.map((c) => c.text),
					),
				).toEqual({wrapped: hits >= 3, columnWidths: expected});
			}),
			{numRuns: 5000},
		);
	});
});

// --- reference: parseMetrics with matchAll, labelBefore with spreads, toNumber by replace ---
// (the counter words are the parser's own list: data, not the logic under test)
function referenceMetrics(t: string, metric: RegExp): Metric[] {
	const metrics: Metric[] = [];
	if (/^[_\-‐−ー–—―]*$/u.test(t.trim()) || !/[0-9０-９]/.test(t)) return metrics;
	const boundary = /[・･·‧○〇◯①-⑳、，,;；()（）「」\n]|\s[-–—]\s/g;
	let contextStart = 0;
	for (const m of t.matchAll(metric)) {
		let start = m.index ?? 0;
		const before = t.slice(Math.max(0, start - 2), start).trimEnd();
		if (/[和成]$/.test(before)) continue;
		const approximate = before.endsWith('約') || m[5] !== undefined;
		if (before.endsWith('約')) start = t.lastIndexOf('約', start);
		let context = t.slice(contextStart, start);
		boundary.lastIndex = 0;
		let after = -1;
		while (boundary.test(context)) after = boundary.lastIndex;
		if (after >= 0) context = context.slice(after);
		const value =
			Number(
				(m[1] ?? '')
					.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
					.replace(/[,，]/g, ''),
			) * (m[2] ? 10_000 : 1);
		if (!Number.isFinite(value)) continue;
		let text = context.replace(/[:：\s]+$/u, '').replace(/^[\s:：・]+/u, '');
		let prefixPer: string | undefined;
		const period = /(?:^|\s)(年間?|毎年|月間?|毎月)$/u.exec(text);
		if (period?.[1]) {
			prefixPer = period[1].includes('年') ? '年' : '月';
			text = text.slice(0, period.index).trim();
		}
		const chunks = text.split(/\s+/).filter(Boolean);
		let label = chunks.at(-1) ?? '';
		if (chunks.length > 1 && label.length <= 4 && [...label].length <= 2)
			label = chunks.slice(-2).join(' ');
		label = label.replace(/[:：]$/u, '').trim();
		const per = m[4] ?? prefixPer;
		const metricOut: {-readonly [K in keyof Metric]: Metric[K]} = {
			value,
			unit: m[3] ?? '',
			raw: t.slice(start, (m.index ?? 0) + m[0].length).trim(),
		};
		if (label) metricOut.label = label;
		if (per) metricOut.per = per;
		if (approximate) metricOut.approximate = true;
		metrics.push(metricOut);
		contextStart = (m.index ?? 0) + m[0].length;
	}
	return metrics;
}

const METRIC_PIECES = [
	...['0', '12', '5,000', '２', '1.5', '３．５', '1..2', '，', ',', '.', '万', '約', '以上'],
	...['令和', '平成', '年度', '年', '年間', '毎月', '/', '／', '回', '月'],
	...[' ', ' ', '\u3000', '\n', ' - ', '、', '・', '(', '）', '「', '①', ':', '：'],
	...['支援', '規模', '各', '数', '𠮷', 'ab'],
	...UNITS,
];
const metricText = fc
	.array(fc.constantFrom(...METRIC_PIECES), {maxLength: 24})
	.map((a) => a.join(''));
const REFERENCE_METRIC = new RegExp(
	`(?<![0-9０-９.,，．])([0-9０-９][0-9０-９,，.．]*)\\s*(万)?\\s*(${UNITS.join('|')})(?:\\s*[/／]\\s*(年|月|週|日|回))?(以上)?`,
	'g',
);

describe('parseMetrics', () => {
	it('read the same metrics as the plain version', () => {
		fc.assert(
			fc.property(metricText, (t) => {
				// Compared field by field, key order included (it shows in JSON).
				expect(JSON.stringify(parseScale(t).metrics)).toBe(
					JSON.stringify(referenceMetrics(t, REFERENCE_METRIC)),
				);
			}),
			{numRuns: 5000},
		);
	});
});

// --- reference: parseYen looking characters up in objects ---
const BIG: Record<string, number> = {兆: 1e12, 億: 1e8, 万: 1e4};
const SMALL: Record<string, number> = {千: 1000, 百: 100, 十: 10};
function referenceGroup(group: string): number {
	if (group === '') return 1;
	let total = 0;
	let digits = '';
	for (const c of group) {
		const small = SMALL[c];
		if (small === undefined) {
			digits += c;
			continue;
		}
		total += (digits === '' ? 1 : Number(digits)) * small;
		digits = '';
	}
	if (digits !== '') total += Number(digits);
	return total;
}
function referenceYen(text: string): {yen: number; approximate: boolean} | null {
	const m =
		/^(約|おおよそ)?\s*([0-9０-９.,，．]+(?:[兆億万千百十][0-9０-９.,，．]*)*[兆億万千百十]?)\s*円$/u.exec(
			text
				.replace(/\s+/g, '')
				.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
		);
	if (!m) return null;
	const body = (m[2] ?? '').replace(/,/g, '');
	if (!/[0-9]/.test(body) || /\.\d*\./.test(body)) return null;
	let total = 0;
	let group = '';
	for (const c of body) {
		const big = BIG[c];
		if (big === undefined) {
			group += c;
			continue;
		}
		total += referenceGroup(group) * big;
		group = '';
	}
	if (group !== '') total += referenceGroup(group);
	// Past 2^53 a figure is not exact: no figure (issue 19).
	if (!Number.isSafeInteger(Math.round(total))) return null;
	return {yen: Math.round(total), approximate: m[1] !== undefined};
}

describe('parseYen', () => {
	it('reads every amount as the plain version does', () => {
		const pieces = [
			'約',
			'1',
			'9',
			'0',
			'.',
			',',
			'２',
			'．',
			'，',
			'兆',
			'億',
			'万',
			'千',
			'百',
			'十',
			' ',
		];
		const amount = fc
			.array(fc.constantFrom(...pieces), {maxLength: 14})
			.map((a) => `${a.join('')}円`);
		fc.assert(
			fc.property(amount, (t) => {
				expect(parseYen(t)).toEqual(referenceYen(t));
			}),
			{numRuns: 5000},
		);
	});
});
