// Build time only (build.mjs): SudachiDict's synonyms (npm sudachi-synonyms-dictionary,
// the JSON of synonyms.txt, 14 MB, 26,000 groups) → the compact table shipped in dist/
// (dist/synonyms.txt), read at run time by ./synonyms.ts. Never imported by the CLI.
//
// Kept: 体言 forms that may be expanded (展開制御 0 or 1; 2 marks words never to expand),
// in the search-normalised form (./normalize.ts), two characters or more (a one-character
// form such as 女 would match nearly every program), and only groups left with two or
// more distinct forms: a group with one form cannot change a search. 用言 are dropped:
// they inflect (勤める, 勤めて), so a form rarely stands in a report as written.
//
// Groups of fields (分野) that employment-support reports do not talk about are dropped
// too (OFF_TOPIC): company, person, university, shop and product names, sports, food,
// fashion, music, animals and plants… Their variants (ＮＹ / ニューヨーク) cost load
// time and could only find a report by accident. A group without fields is kept.
//
// Format: one group a line; its vocabularies (語彙番号) separated by a tab; a
// vocabulary's forms separated by `,`. After an empty line, the index: one line per
// form, sorted, `form<TAB>groups` (line numbers in base 36, `,`-separated), so the
// run-time side finds a form by binary search in the text as read, without splitting
// it into ~40,000 strings (~2 ms to open instead of ~25 ms, a third of the memory). A form marked `*` is an ambiguous trigger: 展開制御
// 1 ("does not trigger expansion itself") and found in more than one group (AI is 人工知能,
// 人工授精, 鳥インフルエンザ…). Typed alone it finds its vocabulary's forms only as
// synonyms, ranked below, never at full strength.
import {normalizeForSearch} from './normalize.js';

/** One entry of the package's JSON (the fields used here). */
export type SudachiItem = {
	taigenYogen: string;
	/** 分野: e.g. ['IT'], ['企業名']; empty when none. */
	bunya?: readonly string[];
	expandControl: number;
	vocabularyNumber: number | undefined;
	midashi: string;
};

export type SudachiGroup = {id: string; items: SudachiItem[]};

const MIN_FORM_LENGTH = 2;

/** Fields (分野) no employment-support report needs variants of. */
export const OFF_TOPIC: ReadonlySet<string> = new Set([
	'企業名',
	'旧企業名',
	'人名',
	'大学名',
	'地名',
	'国名',
	'地形',
	'スポーツ',
	'動植物',
	'料理',
	'ファッション',
	'音楽',
	'娯楽',
	'美容',
	'色',
	'化学',
	'商品',
	'店',
	'店名',
	'キャラ',
]);

/** Every field named in the group is off topic (a group naming none is kept). */
function offTopic(group: SudachiGroup): boolean {
	const fields = group.items.flatMap((item) => item.bunya ?? []);
	return fields.length > 0 && fields.every((field) => OFF_TOPIC.has(field));
}

function usable(item: SudachiItem): boolean {
	return item.taigenYogen !== '用言' && item.expandControl !== 2;
}

/** The table's text (see the header for the format). */
export function compileSynonymTable(groups: readonly SudachiGroup[]): string {
	// Forms with 展開制御 1, and how many groups each form appears in.
	const groupsOfForm = new Map<string, number>();
	for (const group of groups) {
		const seen = new Set<string>();
		for (const item of group.items) {
			if (!usable(item)) continue;
			const form = normalizeForSearch(item.midashi);
			if (!seen.has(form)) groupsOfForm.set(form, (groupsOfForm.get(form) ?? 0) + 1);
			seen.add(form);
		}
	}
	const lines: string[] = [];
	for (const group of groups) {
		if (offTopic(group)) continue;
		const vocabularies = new Map<number, Map<string, boolean>>();
		const forms = new Set<string>();
		for (const item of group.items) {
			if (!usable(item)) continue;
			const form = normalizeForSearch(item.midashi);
			if (form.length < MIN_FORM_LENGTH || /[,\t*\n]/.test(form)) continue;
			const number = item.vocabularyNumber ?? 0;
			let vocabulary = vocabularies.get(number);
			if (!vocabulary) {
				vocabulary = new Map();
				vocabularies.set(number, vocabulary);
			}
			const weak = item.expandControl === 1 && (groupsOfForm.get(form) ?? 0) > 1;
			// A form both weak and strong within one vocabulary is strong.
			vocabulary.set(form, (vocabulary.get(form) ?? true) && weak);
			forms.add(form);
		}
		if (forms.size < 2) continue;
		const parts = [...vocabularies.values()].map((vocabulary) =>
			[...vocabulary].map(([form, weak]) => (weak ? `*${form}` : form)).join(','),
		);
		lines.push(parts.join('\t'));
	}
	// The index: each form once, in UTF-16 code unit order (as JavaScript compares
	// strings), with the groups (line numbers, base 36) holding it.
	const index = new Map<string, number[]>();
	lines.forEach((line, g) => {
		for (const raw of line.split(/[\t,]/)) {
			const form = raw.startsWith('*') ? raw.slice(1) : raw;
			const known = index.get(form);
			if (!known) index.set(form, [g]);
			else if (known[known.length - 1] !== g) known.push(g);
		}
	});
	const sorted = [...index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	const entries = sorted.map(
		(form) =>
			`${form}\t${index
				.get(form)!
				.map((g) => g.toString(36))
				.join(',')}`,
	);
	return `${lines.join('\n')}\n\n${entries.join('\n')}\n`;
}
