// What one number in a plan or actual cell counts: its label, the part it belongs to (a
// course, a site), the action it counts (認定, 支給, 制作, 配布), and whether it is a
// per-session figure (各回) or a several-year total (2年間で). The parser reads the numbers
// (report/metric.ts); this reads the words around them, so that only like is paired with like.
import type {Metric, Scale} from '../report/model.js';

export type Figure = {
	value: number;
	unit: string;
	/** `/年` → '年'. */
	per?: string;
	/** Printed with 約 or 程度. */
	approximate: boolean;
	/** Printed with 以上: a lower bound. */
	atLeast: boolean;
	/** The characters the number was read from (`約1,800人`, `150社以上`). */
	raw: string;
	/** What is counted, cleaned (`受講人数`, `セミナーの実施`); '' when the cell says nothing. */
	label: string;
	/** The part of the program counted (`飯田橋`, `65歳以上コース`); '' for the whole. */
	part: string;
	/** The head of the action counted (`認定`, `支給`, `制作`): compared, never shown alone. */
	head: string;
	/** A per-session or per-item figure (`各回20社`, `各1回`). */
	each: boolean;
	/** Several years in one figure (`2年間で5,000人`): the number of years; 1 otherwise. */
	years: number;
	/** An actual cell restating the plan (`2年間で5,000人計画規模`): not an actual figure. */
	restatesPlan: boolean;
	/** Index of the figure this one qualifies (`4回（800人）`: 800人 belongs to 4回). */
	parent: number | null;
};

const OPEN = '（(';
const CLOSE = '）)';
/** Where a clause (one listed thing) begins. */
const SEPARATOR = /[○〇◯①-⑳、，,;；。\n]|(?:^|\s)[・･·‧]|[・･·‧](?=\s)|\s[-–—]\s/gu;
const PARTICLE =
	/(?:として|による|における|を|に|の|が|は|で|へ|と)(?!.*(?:として|による|における|を|に|の|が|は|で|へ|と))/u;
/** Words that say "planned", "scale", "number of": they name no measure. */
const GENERIC =
	/(?:令和|平成)?[0-9０-９]+年度?|対象|予定|計画|目標|規模|実績|延べ|合計|人数|者数|年間|各|約|程度|以上|[数人者名年回の等・･\s:：（）()「」『』]/gu;
/** Suffixes of a word that names a part of a program rather than a measure. */
const PART_SUFFIX = /(?:コース|講座|事業|校|拠点|会場|地区|センター|部門)$/u;
const HAS_PARTICLE = /[をにがはでへとの]|として|による/u;

/** A label with the words that name no measure removed: '' means "a count, of something". */
export function core(label: string): string {
	return label.replace(GENERIC, '');
}

/** The action a phrase ends in: `…として認定` → 認定, `奨励金を支給` → 支給. */
export function headOf(phrase: string): string {
	const m = PARTICLE.exec(phrase);
	const tail = m ? phrase.slice(m.index + m[0].length) : phrase;
	return core(tail.replace(/[「」『』]/gu, ''));
}

function cleanLabel(text: string): string {
	return (
		text
			.replace(/^[\s・･·‧:：、，,]+|[\s・･·‧:：、，,]+$/gu, '')
			// `計画規模のうち 令和4年度 3,757人`: what comes before うち ("of which") is not the label.
			.replace(/^.*うち/u, '')
			.replace(/(?:令和|平成)?[0-9０-９]+年度/gu, '')
			.replace(/^(?:年間|毎年|年|月間|毎月)\s*|\s*(?:年間|毎年|年|月間|毎月)$/u, '')
			.replace(/\s+/gu, ' ')
			.trim()
	);
}

/** The innermost bracket open at `end` (after `from`), or -1. */
function openBracket(text: string, from: number, end: number): number {
	const stack: number[] = [];
	for (let i = from; i < end; i++) {
		const c = text[i] ?? '';
		if (OPEN.includes(c)) stack.push(i);
		else if (CLOSE.includes(c)) stack.pop();
	}
	return stack.at(-1) ?? -1;
}

function closeBracket(text: string, from: number): number {
	for (let i = from; i < text.length; i++) if (CLOSE.includes(text[i] ?? '')) return i;
	return text.length;
}

/** The start of the clause that ends at `end`: after the last separator at or after `from`. */
function clauseStart(text: string, from: number, end: number): number {
	let start = from;
	SEPARATOR.lastIndex = 0;
	const part = text.slice(from, end);
	for (let m = SEPARATOR.exec(part); m !== null; m = SEPARATOR.exec(part)) {
		start = from + m.index + m[0].length;
	}
	return start;
}

type Words = {label: string; part: string};

/** `（飯田橋）受講人数` → part 飯田橋; `65歳以上コース 対象予定人数` → part and label. */
function splitWords(context: string): Words {
	let text = context;
	// A bracket closed here that opened before: what is left of the previous figure's note.
	const stray = Math.max(text.lastIndexOf('）'), text.lastIndexOf(')'));
	if (stray >= 0 && openBracket(text, 0, stray + 1) < 0 && !/^[（(]/u.test(text.trim())) {
		const opened = [...text.slice(0, stray)].some((c) => OPEN.includes(c));
		if (!opened) text = text.slice(stray + 1);
	}
	// Punctuation alone (`優遇抽せん : 5,200戸`) is no word.
	const words = text
		.trim()
		.split(/\s+/u)
		.filter((w) => cleanLabel(w) !== '' || /^[（(].*[）)]$/u.test(w));
	let last = words.pop() ?? '';
	let part = '';
	const lead = /^[（(]([^）)]+)[）)](.*)$/u.exec(last);
	if (lead) {
		part = lead[1] ?? '';
		last = lead[2] ?? '';
	}
	let label = cleanLabel(last);
	const before = words.at(-1);
	if (!part && before !== undefined && !HAS_PARTICLE.test(before) && [...before].length <= 14) {
		const word = cleanLabel(before);
		if (PART_SUFFIX.test(word)) part = word;
		else if (word && label) label = `${word} ${label}`;
	}
	// `65歳以上コース:151人`: a course named alone is the part, counted by the unit.
	if (!part && words.length === 0 && /(?:コース|講座)$/u.test(label)) {
		part = label;
		label = '';
	}
	return {label, part};
}

/** The last space-separated chunk, not splitting inside 「」 (`「Tokyo Future Work Award」の表彰`). */
function lastChunk(phrase: string): string {
	let depth = 0;
	let start = 0;
	for (let i = 0; i < phrase.length; i++) {
		const c = phrase[i];
		if (c === '「' || c === '『') depth++;
		else if ((c === '」' || c === '』') && depth > 0) depth--;
		else if (c === ' ' && depth === 0) start = i + 1;
	}
	return phrase.slice(start);
}

function yearsIn(text: string): number {
	const m = /([0-9０-９]+)\s*(?:年間|か年|ヶ年|カ年)/u.exec(text);
	const n = m
		? Number((m[1] ?? '').replace(/[０-９]/gu, (c) => String(c.charCodeAt(0) - 0xff10)))
		: 1;
	return n >= 2 ? n : 1;
}

/** The figures of one plan or actual cell, with what each counts. */
export function readFigures(scale: Scale): Figure[] {
	const text = scale.text;
	const out: Figure[] = [];
	let previousEnd = 0;
	scale.metrics.forEach((metric: Metric, index) => {
		const found = text.indexOf(metric.raw, previousEnd);
		const start = found < 0 ? previousEnd : found;
		const end = found < 0 ? previousEnd : found + metric.raw.length;
		const open = openBracket(text, 0, start);
		let words: Words;
		let subject = '';
		let after: string;
		let parent: number | null = null;
		if (open >= 0) {
			after = text.slice(end, closeBracket(text, end));
			words = splitWords(text.slice(Math.max(open + 1, previousEnd), start));
			// `（対象人数275名/年・飯田橋）`: the site follows the figure.
			const site = /^\s*[・･／/、]\s*([^・･／/、\s]+)/u.exec(after);
			if (site && !words.part) words.part = cleanLabel(site[1] ?? '');
			if (index > 0 && open >= previousEnd && /^\s*$/u.test(text.slice(previousEnd, open)))
				parent = index - 1; // `4回（800人）`
			else if (index > 0 && open < previousEnd) parent = out[index - 1]?.parent ?? null;
			else {
				// The phrase before the bracket; of a run of phrases, the last (what is counted).
				const phrase = cleanLabel(text.slice(clauseStart(text, previousEnd, open), open));
				const last = lastChunk(phrase);
				subject = [...last].length >= 4 ? last : phrase;
			}
		} else {
			const from = clauseStart(text, previousEnd, start);
			const context = text.slice(from, start);
			words = splitWords(context);
			// `(4回開催)受講者数107人`: a note on the figure whose bracket just closed.
			if (index > 0 && from === previousEnd && /^[^（(]*[）)]/u.test(context)) parent = index - 1;
			after = text.slice(end, end + 8);
		}
		const each =
			/^各/u.test(words.label) || /各(?:回|年)?$/u.test(text.slice(Math.max(0, start - 2), start));
		const label = words.label.replace(/^各(?:回|年)?\s*/u, '') || subject;
		const clause = `${text.slice(clauseStart(text, previousEnd, start), start)}${metric.raw}${after}`;
		out.push({
			value: metric.value,
			unit: metric.unit,
			...(metric.per ? {per: metric.per} : {}),
			approximate: /約|程度|およそ|概ね/u.test(metric.raw) || /^\s*(?:程度|前後)/u.test(after),
			atLeast: /以上/u.test(metric.raw),
			raw: metric.raw,
			label,
			part: words.part,
			head: headOf(label),
			each,
			years: yearsIn(clause),
			restatesPlan: /^\s*計画/u.test(after),
			parent,
		});
		previousEnd = end;
	});
	return out;
}
