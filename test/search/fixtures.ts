// Hand-built programs for the search tests, with names and summaries copied from
// seeds/*.txt (FY2024 = 令和6年度, FY2022 = 令和4年度), independent of the parser.
import type {Program} from '../../source/report/model.js';

type Spec = {
	fy: number;
	no: number;
	name: string;
	summary: string[];
	nameHint?: string;
	plan?: string;
	actual?: string;
	items?: string[];
	unit?: string;
	pillar?: string;
};

export function makeProgram(spec: Spec): Program {
	const scale = (text = '') => ({text, metrics: []});
	const budget = {text: '', yen: null, approximate: false};
	return {
		id: `|${spec.fy}|${spec.no}`,
		body: '',
		no: spec.no,
		noInferred: false,
		name: spec.name,
		...(spec.nameHint ? {nameHint: spec.nameHint} : {}),
		pillar: spec.pillar ? {no: 1, title: spec.pillar} : null,
		summary: spec.summary,
		budget,
		plan: scale(spec.plan),
		actual: scale(spec.actual),
		unit: spec.unit ?? '',
		items: (spec.items ?? []).map((name, i) => ({
			name,
			budget,
			plan: scale(),
			actual: scale(),
			unit: '',
			line: 100 + i,
		})),
		lines: [spec.no],
		fiscalYear: spec.fy,
		era: spec.fy === 2024 ? '令和6年度' : '令和4年度',
		file: `fixture-${spec.fy}.txt`,
	};
}

export const FIXTURE_PROGRAMS: Program[] = [
	makeProgram({
		fy: 2024,
		no: 1,
		name: 'ものづくり等産業人材育成支援事業',
		summary: [
			'ものづくり等の中小企業は、指導者等が不足しており、人材育成が困難な状況',
			'職業能力開発センターの訓練を通じて従業員の技能習得を図る中小企業に対して、奨励金を支給し、ものづくり人材等の育成を推進',
		],
		plan: '支援規模 200件/年',
		unit: '支給件数',
		pillar: '円滑な人材シフトの促進とリスキングの強化',
	}),
	makeProgram({
		fy: 2024,
		no: 6,
		name: '中小企業人財推進事業',
		summary: [
			'中小企業の人財推進をナビゲートするため、専門家によるハンズオン支援の他、セミナーの開催など、中小企業における人材の確保から育成・定着までを一貫して支援する。',
		],
		plan: '人財ナビゲータハンズオン支援',
	}),
	makeProgram({
		fy: 2024,
		no: 15,
		name: '女性ITエンジニア育成事業',
		summary: [
			'非正規雇用で働く女性等が、プログラミング等を学び、ITエンジニアとしての再就職やキャリア形成を実現できるよう支援',
		],
		unit: '入校者数',
	}),
	makeProgram({
		fy: 2024,
		no: 16,
		name: 'キャリアチェンジ再就職支援事業',
		summary: [
			'トライアル就労とリスキングを組み合わせ、求職者の最適なキャリアチェンジの実現と人手不足分野への労働移動を促進',
		],
		unit: '派遣決定実人数',
	}),
	makeProgram({
		fy: 2024,
		no: 19,
		name: 'テレワークの推進',
		summary: ['テレワークの一層の促進を図るため、テレワーク推進センターにおいて情報提供等を行う'],
		items: ['育児・介護との両立のためのテレワーク導入支援事業', 'テレワーク定着強化事業'],
	}),
	makeProgram({
		fy: 2024,
		no: 23,
		name: '男性育業推進リーダー事業',
		summary: [
			'更なる男性育業の促進に向けて、取組等の要件を満たした企業等を「男性育業推進リーダー設置企業」として認定',
		],
	}),
	makeProgram({
		fy: 2024,
		no: 30,
		name: 'シルバー人材センターの多様な求人開拓の強化',
		summary: [
			'シルバー人材センターが、より高度な業務、経験や専門性を活かせる業務を希望する高齢者の受け皿となるよう支援',
		],
	}),
	makeProgram({
		fy: 2024,
		no: 36,
		name: '東京セカンドキャリア塾',
		summary: [
			'人生100年時代において、新たな働き方にチャレンジするための学びの場を設けることで、意欲あるシニア及びシニア予備群の活躍を支援',
		],
		plan: '65歳以上コース 対象予定人数 180名/年、シニア予備群コース 講座',
	}),
	makeProgram({
		fy: 2024,
		no: 37,
		name: '新たな時代のニーズに対応するためのシニアの再活躍応援講座',
		summary: ['中小企業に再就職するシニアの職場適応や定着につなげるため、短期集中型の講座を実施'],
	}),
	makeProgram({
		fy: 2024,
		no: 42,
		name: '分身ロボットを活用した新たな働き方の支援事業',
		summary: [
			'新たな働き方の実践を通じて障害者の働き方に係る普及啓発等を行い、障害者雇用に係る理解を促進',
		],
		plan: '遠隔操作が可能な分身ロボット等を活用した重度障害者等の新たな働き方の支援',
	}),
	makeProgram({
		fy: 2022,
		no: 12,
		name: '',
		nameHint: '「TOKYOチャレンジネット」',
		summary: [
			'住居を失い、インターネットカフェや漫画喫茶等で寝泊りしながら不安定な就労に従事する者や離職者に対して、サポートセンターである「TOKYOチャレンジネット」において支援',
		],
	}),
	makeProgram({
		fy: 2022,
		no: 24,
		name: '東京セカンドキャリア塾',
		summary: [
			'人生100年時代において、新たな働き方にチャレンジするための学びの場を設けることで、意欲あるシニア及びシニア予備群の活躍を支援',
		],
	}),
	makeProgram({
		fy: 2022,
		no: 36,
		name: '働くパパママ育休取得応援事業',
		summary: [
			'女性の活躍推進には、育児と仕事の両立に向けた職場環境の整備とともに、男性の育児参加についても後押しが必要',
		],
		items: ['働くママコース', '働くパパコース'],
	}),
	makeProgram({
		fy: 2022,
		no: 38,
		name: 'テレワークの推進',
		summary: ['テレワークの一層の促進・定着に向け、「テレワーク東京ルール」を普及する'],
	}),
];

/** "FY/no" labels of results, for readable expectations. */
export function labels(results: Iterable<{program: Program}>): string[] {
	return [...results].map((r) => `${r.program.fiscalYear}/${r.program.no}`);
}
