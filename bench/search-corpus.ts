// A synthetic corpus for benchmarks: the seed programs replicated across many issuing
// bodies and ten fiscal years, with names and summaries varied so that the copies are not
// identical strings. Deterministic (a fixed PRNG), so runs are comparable.
import type {Program} from '../source/report/model.js';
// Issuing bodies of the synthetic reports, shared with bench/report-files.mjs.
import BODIES from './bodies.json' with {type: 'json'};

/** Fixed queries: kanji, kana, half/full width, romaji, fuzzy, multi-token, operators, misses. */
export const BENCH_QUERIES: readonly string[] = [
	'テレワーク',
	'人材',
	'職業訓練',
	'障害者雇用',
	'ろぼっと',
	'しごと',
	'ｷｬﾘｱ',
	'ＩＴ',
	'kyaria',
	'jinzai',
	'ikuji',
	'シルバ人材',
	'キャリヤ',
	'シニア 講座',
	'女性　再就職',
	'中小企業 DX',
	"'テレワーク",
	'^シルバー',
	'事業$',
	'テレワーク !推進',
	'ロボット | 育児',
	'マッチング支援',
	'支援',
	'qwerty',
	'宇宙開発',
	// issue #15: variants, synonyms, readings, long vowels, numbers, filters, a zero result
	'障がい者',
	'高齢者',
	'じんざい',
	'terewaku',
	'No.23',
	'予算>1億',
	'R4 テレワーク',
	'就職率',
];

const YEARS = [2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015];
const NAME_SUFFIXES = ['', '', '', '（拡充）', '（新規）', '第2期', 'モデル事業', '（継続）'];
const BULLET_SUBJECTS = [
	'地域の関係機関と連携し、',
	'オンラインと対面を組み合わせ、',
	'商工団体や大学と協力して、',
	'ハローワークと一体となって、',
	'専門のコーディネーターを配置し、',
];
const BULLET_TARGETS = [
	'中小企業の人材確保と職場定着を',
	'若者・女性・高齢者など多様な人材の就業を',
	'デジタル技術を活用した新たな働き方を',
	'離職者の早期再就職を',
	'障害者の職域拡大を',
];
const BULLET_ACTIONS = [
	'後押しする。',
	'促進する。',
	'支援する。',
	'普及する。',
	'一体的に推進する。',
];

function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function era(year: number): string {
	return year >= 2019 ? `令和${year === 2019 ? '元' : year - 2018}年度` : `平成${year - 1988}年度`;
}

/** The body's short name (大阪府 → 大阪) replaces 東京 / 都 in the copied texts. */
function localise(text: string, body: string): string {
	const short = body.replace(/[都道府県市]$/, '') || body;
	const area = body.endsWith('市') ? '市' : body.slice(-1);
	return text
		.replace(/東京都/g, body)
		.replace(/東京/g, short)
		.replace(/都内/g, `${area}内`)
		.replace(/都立/g, `${area}立`);
}

function pick<T>(random: () => number, list: readonly T[]): T {
	return list[Math.floor(random() * list.length)]!;
}

/**
 * `n` programs copied from `seeds`: for each body and each of ten fiscal years a report
 * of 30–50 programs drawn from the seeds, renumbered 1…, with localised names and
 * summaries. Ids follow the model (`<body>|<fiscalYear>|<no>`).
 */
export function makeCorpus(seeds: readonly Program[], n: number, seed = 42): Program[] {
	if (seeds.length === 0 || n <= 0) return [];
	const random = mulberry32(seed);
	const out: Program[] = [];
	for (let round = 0; out.length < n; round += 1) {
		for (const bodyName of BODIES) {
			const body = round === 0 ? bodyName : `${bodyName}${round + 1}`;
			for (const year of YEARS) {
				const count = Math.min(seeds.length, 30 + Math.floor(random() * 21));
				const start = Math.floor(random() * seeds.length);
				for (let no = 1; no <= count && out.length < n; no += 1) {
					const base = seeds[(start + no * 7) % seeds.length]!;
					// Each body words its reports differently: its name in the first bullet,
					// its own figures, extra bullets; half the names carry the body's name.
					const summary = base.summary.map((s, i) =>
						i === 0 ? `${body}では、${localise(s, body)}` : localise(s, body),
					);
					if (random() < 0.6) {
						summary.push(
							`${pick(random, BULLET_SUBJECTS)}${pick(random, BULLET_TARGETS)}${pick(random, BULLET_ACTIONS)}`,
						);
					}
					const short = body.replace(/[都道府県市]\d*$/, '');
					const named = base.name && random() < 0.5 ? `${short}${base.name}` : base.name;
					const name = named ? `${localise(named, body)}${pick(random, NAME_SUFFIXES)}` : '';
					const figures = (text: string) =>
						text.replace(/\d+/g, () => String(1 + Math.floor(random() * 999)));
					out.push({
						...base,
						id: `${body}|${year}|${no}`,
						body,
						no,
						name,
						summary,
						plan: {...base.plan, text: figures(base.plan.text)},
						actual: {...base.actual, text: figures(base.actual.text)},
						fiscalYear: year,
						era: era(year),
						file: `synthetic/${body}-${year}.txt`,
					});
				}
				if (out.length >= n) return out;
			}
		}
	}
	return out;
}
