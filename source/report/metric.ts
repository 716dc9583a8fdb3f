// '支援規模 200件/年' → {label: '支援規模', value: 200, unit: '件', per: '年'}.
// Only counts with a known counter word become metrics, so dates (令和4年度,
// 6月18日), ages (65歳) and decades (50代) never do.
import type {Metric, Scale} from './model.js';

/** Counter words a metric may end in (longest first where one contains another). */
export const UNITS = [
	'区市町村',
	'区市町',
	'事業所',
	'自治体',
	'センター',
	'か所',
	'箇所',
	'団体',
	'拠点',
	'施設',
	'企業',
	'店舗',
	'講座',
	'件',
	'人',
	'名',
	'社',
	'回',
	'校',
	'戸',
	'部',
	'組',
	'台',
	'冊',
	'本',
	'区',
	'市',
	'町',
	'村',
];

const NUMBER = '[0-9０-９][0-9０-９,，.．]*';
// Starts at the digit so the regex engine skips quickly to candidate positions; what
// stands before the number (約, or 令和/平成 of an era) is checked by hand.
const METRIC = new RegExp(
	`(?<![0-9０-９.,，．])(${NUMBER})\\s*(万)?\\s*(${UNITS.join('|')})(?:\\s*[/／]\\s*(年|月|週|日|回))?(以上)?`,
	'g',
);
/** Characters that end a label's context: bullets, list separators, brackets. */
const BOUNDARY = /[・･·‧○〇◯①-⑳、，,;；()（）「」\n]|\s[-–—]\s/g;
const PERIOD_PREFIX = /(?:^|\s)(年間?|毎年|月間?|毎月)$/u;

function toNumber(text: string): number {
	// Most figures are plain ASCII digits (and maybe a dot): no rewriting needed.
	let plain = true;
	for (let i = 0; i < text.length && plain; i++)
		plain = text.charCodeAt(i) < 0x80 && text[i] !== ',';
	if (plain) return Number(text);
	return Number(
		text
			.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
			.replace(/[,，]/g, ''),
	);
}

/** A context that is one word: no space or colon anywhere, no leading ・. */
const ONE_WORD = /^[^\s:：・][^\s:：]*$/u;

function labelBefore(context: string): {label?: string; per?: string} {
	if (context === '') return {}; // a figure at the start of its cell or right after a boundary
	// Most contexts are one word (`対象人数`): nothing below would change it but a period.
	if (ONE_WORD.test(context)) {
		if (!PERIOD_PREFIX.test(context)) return {label: context};
	}
	let text = context.replace(/[:：\s]+$/u, '').replace(/^[\s:：・]+/u, '');
	let per: string | undefined;
	const period = PERIOD_PREFIX.exec(text);
	if (period?.[1]) {
		per = period[1].includes('年') ? '年' : '月';
		text = text.slice(0, period.index).trim();
	}
	const chunks = text.split(/\s+/).filter(Boolean);
	let label = chunks.at(-1) ?? '';
	if (chunks.length > 1 && label.length <= 4 && [...label].length <= 2)
		label = chunks.slice(-2).join(' ');
	label = label.replace(/[:：]$/u, '').trim();
	// Literals rather than conditional spreads, which build the object key by key.
	if (label) return per ? {label, per} : {label};
	return per ? {per} : {};
}

/**
 * A metric as one literal per set of keys (in the order the JSON shows): adding the
 * optional keys one by one moved most metrics to a slower shape with a separate
 * property store.
 */
function metric(
	value: number,
	unit: string,
	raw: string,
	label: string | undefined,
	per: string | undefined,
	approximate: boolean,
): Metric {
	if (label) {
		if (per)
			return approximate
				? {value, unit, raw, label, per, approximate}
				: {value, unit, raw, label, per};
		return approximate ? {value, unit, raw, label, approximate} : {value, unit, raw, label};
	}
	if (per) return approximate ? {value, unit, raw, per, approximate} : {value, unit, raw, per};
	return approximate ? {value, unit, raw, approximate} : {value, unit, raw};
}

/**
 * The metrics of a cell's text. The parser reads each distinct text once per load and
 * shares the answer (its interner: interner.ts).
 */
export function parseMetrics(text: string): Metric[] {
	let metrics: Metric[] = [];
	if (!/[0-9０-９]/.test(text)) return metrics;
	let contextStart = 0;
	// `exec` on the one global regex rather than `matchAll`, which clones the regex for
	// every cell. Nothing below runs METRIC, so its lastIndex is ours until the loop ends.
	METRIC.lastIndex = 0;
	for (let m = METRIC.exec(text); m !== null; m = METRIC.exec(text)) {
		let start = m.index;
		const before = text.slice(Math.max(0, start - 2), start).trimEnd();
		if (/[和成]$/.test(before)) continue; // 令和4年度 is a date, not a count
		const approximate = before.endsWith('約') || m[5] !== undefined;
		if (before.endsWith('約')) start = text.lastIndexOf('約', start);
		let context = text.slice(contextStart, start);
		// The label starts after the last boundary: `test` walks the matches without
		// building a match object for each.
		BOUNDARY.lastIndex = 0;
		let after = -1;
		while (BOUNDARY.test(context)) after = BOUNDARY.lastIndex;
		if (after >= 0) context = context.slice(after);
		const value = toNumber(m[1] ?? '') * (m[2] ? 10_000 : 1);
		if (!Number.isFinite(value)) continue;
		const {label, per: prefixPer} = labelBefore(context);
		const per = m[4] ?? prefixPer;
		const raw = text.slice(start, m.index + m[0].length).trim();
		const found = metric(value, m[3] ?? '', raw, label, per, approximate);
		// Most cells have one metric: `[found]` holds exactly one, where a first push onto
		// `[]` reserves 17 slots that the model would keep.
		if (metrics.length === 0) metrics = [found];
		else metrics.push(found);
		contextStart = m.index + m[0].length;
	}
	// An exact copy when pushes left spare slots.
	return metrics.length > 1 ? metrics.slice() : metrics;
}

export function parseScale(text: string): Scale {
	// A placeholder that means "no figure" (`_`, `-`, `—`) has no digits, so it gets no metrics.
	return {text, metrics: parseMetrics(text)};
}
