// Hand-built reports with real names and figures from seeds/*.txt (FY2024 = 令和6年度,
// FY2022 = 令和4年度), for UI tests that must not depend on the parser.
import {parseScale} from '../../source/report/metric.js';
import type {Budget, Item, Metric, Program, Report, Scale} from '../../source/report/model.js';

const FILE_2024 = 'seeds/000_2ee8157e7a543789.txt';
const FILE_2022 = 'seeds/001_79635e35f1de570f.txt';

export function budget(
	text: string,
	yen: number | null,
	approximate = text.startsWith('約'),
): Budget {
	return {text, yen, approximate};
}

/** A plan or actual cell; its metrics are read from the text unless given. */
export function scale(text: string, metrics: readonly Metric[] = parseScale(text).metrics): Scale {
	return {text, metrics};
}

type ProgramSpec = Partial<Program> & {fiscalYear: number; no: number; name: string};

export function program(spec: ProgramSpec): Program {
	const era =
		spec.fiscalYear === 2024
			? '令和6年度'
			: spec.fiscalYear === 2022
				? '令和4年度'
				: `FY${spec.fiscalYear}`;
	return {
		id: `|${spec.fiscalYear}|${spec.no}`,
		noInferred: false,
		pillar: null,
		body: '',
		summary: [],
		budget: budget('', null),
		plan: scale(''),
		actual: scale(''),
		unit: '',
		items: [],
		lines: [10 + spec.no],
		era,
		file: spec.fiscalYear === 2024 ? FILE_2024 : FILE_2022,
		...spec,
	};
}

function item(name: string, plan: string, actual: string, unitText: string, line: number): Item {
	return {
		marker: '・',
		name,
		budget: budget('', null),
		plan: scale(plan),
		actual: scale(actual),
		unit: unitText,
		line,
	};
}

const PILLAR_2024_1 = {no: 1, title: '円滑な人材シフトの促進とリスキングの強化'};
const PILLAR_2024_2 = {no: 2, title: '安心して働ける労働環境の整備や多様で柔軟な働き方の実現'};
const PILLAR_2022_1 = {
	no: 1,
	title: '新型コロナウイルス感染症の影響による雇用就業情勢に対応した雇用緊急対策',
};
const PILLAR_2022_3 = {no: 3, title: '多様な働き方の推進'};

export const gyokaiRenkei2024 = program({
	fiscalYear: 2024,
	no: 10,
	name: '業界連携再就職支援事業',
	pillar: PILLAR_2024_1,
	summary: [
		'人材を確保したい業界団体と連携し、業界知識と技能を付与する短期間の講習プログラムと業界傘下企業とのマッチングを組み合わせた再就職支援を実施',
	],
	budget: budget('約2.7億円', 270_000_000),
	plan: scale('連携団体 5 団体、支援対象数 300 名'),
	actual: scale('・ 連携団体 5 団体 ・ 支援対象数 287 名'),
	unit: '・ 連携団体数 ・ 受講者数',
});

export const joseiSaishushoku = program({
	fiscalYear: 2024,
	no: 14,
	name: '女性再就職支援事業',
	pillar: PILLAR_2024_1,
	summary: [
		'再就職を目指す女性を支援するため、就職活動に関するノウハウや知識の習得、就職に必要な能力の開発等に資する支援プログラムや各種セミナーを実施する。',
	],
	budget: budget('247百万円', 247_000_000, false),
	plan: scale(
		'女性の再就職をサポートする総合的なプログラムを実施（対象人数275名/年・飯田橋） 女性の再就職をサポートする総合的なプログラムを実施（対象人数150名/年・多摩）',
	),
	actual: scale(
		'女性の再就職をサポートする総合的なプログラムを実施 （飯田橋）受講人数250名 （多摩）受講人数119名',
	),
	unit: '受講者数',
});

export const telework2024 = program({
	fiscalYear: 2024,
	no: 19,
	name: 'テレワークの推進',
	pillar: PILLAR_2024_2,
	summary: [
		'テレワークの一層の促進を図るため、テレワーク推進センターにおいて情報提供等を行うとともに、新たな導入支援策を実施',
		'テレワークの定着に向けて、企業が行う新たなテレワークルールづくりを支援するとともに、サテライトオフィス勤務の導入・利用を促進する取組を開始',
	],
	budget: budget('約39.8億円', 3_980_000_000),
	plan: scale('各事業欄記載'),
	actual: scale('各事業欄記載'),
	unit: '各事業欄記載',
	items: [
		item(
			'育児・介護との両立のためのテレワーク導入支援事業',
			'500件/年',
			'33件/年（2024年度新規受付終了）',
			'交付決定件数',
			55,
		),
		item('テレワーク定着強化事業', '1,000件/年', '52件/年', '交付決定件数', 56),
		item(
			'サテライトオフィス利用促進事業',
			'2回/年',
			'2回/年',
			'サテライトオフィス交流フェアの開催',
			57,
		),
		item('サテライトオフィス勤務応援事業', '300件/年', '60件/年', '交付決定件数', 58),
	],
	lines: [49, 55, 56, 57, 58],
});

export const monozukuri = program({
	fiscalYear: 2024,
	no: 1,
	name: 'ものづくり等産業人材育成支援事業',
	pillar: PILLAR_2024_1,
	summary: ['ものづくり等の中小企業は、指導者等が不足しており、人材育成が困難な状況'],
	budget: budget('約1.9億円', 190_000_000),
	plan: scale('支援規模 200件/年'),
	actual: scale('・支援規模 2件'),
	unit: '支給件数',
});

export const soukiSaishushoku = program({
	fiscalYear: 2022,
	no: 2,
	name: '早期再就職緊急支援事業',
	pillar: PILLAR_2022_1,
	summary: [
		'キャリアカウンセリングから面接技法や業界研究に関するセミナー、就職面接会までを一日で集中して行う特別プログラムを提供し、離職者の早期再就職を支援',
	],
	budget: budget('約2.9億円', 290_000_000),
	plan: scale('1,540人'),
	actual: scale('1,559人'),
	unit: '面接会参加者数',
});

export const gyokaiRenkei2022 = program({
	fiscalYear: 2022,
	no: 3,
	name: '業界連携再就職支援事業',
	pillar: PILLAR_2022_1,
	summary: [
		'コロナの影響による離職者などを対象に、人材を確保したい業界団体と連携し、再就職支援を実施',
	],
	budget: budget('約2.4億円', 240_000_000),
	plan: scale('支援対象数 300 名'),
	actual: scale('支援対象数 265 名'),
});

export const telework2022 = program({
	fiscalYear: 2022,
	no: 38,
	name: 'テレワークの推進',
	pillar: PILLAR_2022_3,
	budget: budget('約31.8億円', 3_180_000_000),
	plan: scale('各事業欄記載'),
	actual: scale('各事業欄記載'),
});

export const socialFirm = program({
	fiscalYear: 2022,
	no: 5,
	name: 'ソーシャルファーム支援事業',
	budget: budget('約9.2億円', 920_000_000),
	plan: scale('約10事業所'),
	actual: scale('14事業所'),
	unit: '認証事業所数',
});

export const report2024: Report = {
	body: '',
	era: '令和6年度',
	fiscalYear: 2024,
	title: '令和6年度 就労支援事業計画 事業の実施状況',
	file: FILE_2024,
	notes: [],
	pillars: [
		{...PILLAR_2024_1, line: 8},
		{...PILLAR_2024_2, line: 48},
	],
	programs: [monozukuri, gyokaiRenkei2024, joseiSaishushoku, telework2024],
};

export const report2022: Report = {
	body: '',
	era: '令和4年度',
	fiscalYear: 2022,
	title: '令和4年度 就労支援事業計画 事業の実施状況',
	file: FILE_2022,
	notes: [],
	pillars: [
		{...PILLAR_2022_1, line: 6},
		{...PILLAR_2022_3, line: 40},
	],
	programs: [soukiSaishushoku, gyokaiRenkei2022, socialFirm, telework2022],
};

export const reports: Report[] = [report2024, report2022];
