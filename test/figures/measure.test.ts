// Pairing rules on real cells from the seeds, and properties over generated cells.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {readFigures} from '../../source/figures/figure.js';
import {type Measure, readMeasures} from '../../source/figures/measure.js';
import {parseScale} from '../../source/report/metric.js';

const measures = (plan: string, actual: string, unit = '') =>
	readMeasures(parseScale(plan), parseScale(actual), unit);
const brief = (m: Measure) => [
	m.part ? `${m.part} ${m.label}` : m.label,
	m.plan?.value ?? null,
	m.actual?.value ?? null,
	m.ratio === null ? (m.reason?.code ?? null) : Math.round(m.ratio * 100),
];

describe('reading what a figure counts', () => {
	it('reads the site after a figure in brackets and before one in brackets (FY2024 #14)', () => {
		const plan = readFigures(
			parseScale(
				'プログラムを実施（対象人数275名/年・飯田橋） プログラムを実施（対象人数150名/年・多摩）',
			),
		);
		expect(plan.map((f) => [f.part, f.label, f.value])).toEqual([
			['飯田橋', '対象人数', 275],
			['多摩', '対象人数', 150],
		]);
		const actual = readFigures(
			parseScale('プログラムを実施 （飯田橋）受講人数250名 （多摩）受講人数119名'),
		);
		expect(actual.map((f) => [f.part, f.label, f.value])).toEqual([
			['飯田橋', '受講人数', 250],
			['多摩', '受講人数', 119],
		]);
	});
	it('reads the action a bracketed figure counts (FY2024 #23)', () => {
		const [plan] = readFigures(
			parseScale(
				'奨励金を支給するとともに、要件を満たした企業等を「リーダー設置企業」として認定（75社/年）',
			),
		);
		expect(plan?.head).toBe('認定');
		const [actual] = readFigures(parseScale('・中小企業等に奨励金を支給（4社） ・企業等を認定'));
		expect(actual?.head).toBe('支給');
	});
	it('marks per-session figures, several-year figures and restated plans', () => {
		const [, each] = readFigures(parseScale('マッチング面談の開催 年6回（各回20社程度）'));
		expect(each).toMatchObject({each: true, approximate: true, value: 20, parent: 0});
		const [restated, actual] = readFigures(
			parseScale('2年間で5,000人計画規模のうち令和4年度 3,757人'),
		);
		expect(restated).toMatchObject({years: 2, restatesPlan: true});
		expect(actual).toMatchObject({years: 1, restatesPlan: false, label: ''});
	});
	it('keeps 以上 as a lower bound, not as 約', () => {
		const [f] = readFigures(parseScale('・企業開拓 年間150社以上'));
		expect(f).toMatchObject({value: 150, atLeast: true, approximate: false, label: '企業開拓'});
	});
});

describe('pairing, like with like', () => {
	it('pairs by site, whatever the order and the labels (対象人数 / 受講人数)', () => {
		expect(
			measures(
				'（対象人数150名/年・多摩） （対象人数275名/年・飯田橋）',
				'（飯田橋）受講人数250名 （多摩）受講人数119名',
			).map(brief),
		).toEqual([
			['多摩 受講人数', 150, 119, 79],
			['飯田橋 受講人数', 275, 250, 91],
		]);
	});
	it('pairs by label, and by a shared word only when it is the one candidate both ways', () => {
		expect(
			measures(
				'○セミナー 5回 ○専門家を派遣 500社 ○奨励金支給 500社',
				'○セミナー 5回 ○専門家を派遣 134社 ○支給決定数 124社',
			).map(brief),
		).toEqual([
			['セミナー', 5, 5, 100],
			['専門家を派遣', 500, 134, 27],
			['支給決定数', 500, 124, 25],
		]);
	});
	it('pairs notes on paired figures with each other (4回（800人）)', () => {
		expect(
			measures(
				'○専門家の派遣 60回 ○普及啓発セミナー 4回（800人） ○奨励金交付 1,000社',
				'○専門家の派遣 61回 ○普及啓発セミナー 4回（1358人） ○交付決定数：68社',
			).map(brief),
		).toEqual([
			['専門家の派遣', 60, 61, 102],
			['普及啓発セミナー', 4, 4, 100],
			['普及啓発セミナー 人数', 800, 1358, 170],
			['交付決定数', 1000, 68, 7],
		]);
	});
	it('pairs by order only what lines up one to one', () => {
		expect(measures('250社(500人)', '268社(465人)').map(brief)).toEqual([
			['社数', 250, 268, 107],
			['人数', 500, 465, 93],
		]);
		expect(measures('1,540人', '1,559人', '面接会参加人数').map(brief)).toEqual([
			['面接会参加人数', 1540, 1559, 101],
		]);
	});
	it('never pairs different actions: 認定 with 支給, 制作 with 配布', () => {
		const [certified] = measures(
			'奨励金を支給するとともに、企業等を「リーダー設置企業」として認定（75社/年）',
			'・中小企業等に奨励金を支給（4社） ・企業等を「リーダー設置企業」として認定',
		);
		expect(certified?.ratio).toBeNull();
		expect(certified?.reason?.message).toBe('計画は「認定」、実績は「支給」の数: 比較できません');
		const [printed] = measures(
			'デジタルブック・リーフレットの制作（145,000部）',
			'・ リーフレットの配布（120,500部） ・ デジタルブックの制作',
		);
		expect(printed?.reason?.code).toBe('measure');
		expect(printed?.label).toBe('デジタルブック・リーフレットの制作 / リーフレットの配布');
	});
	it('never pairs different units, per-session with total, or two years with one', () => {
		expect(measures('1,700社', '858件').map(brief)).toEqual([['社数 / 件数', 1700, 858, 'unit']]);
		expect(
			measures(
				'交流イベント・マッチング面談の開催 年6回（各回20社程度）',
				'交流イベント・マッチング面談の開催 6回（参加企業121社）',
			).map(brief),
		).toEqual([
			['交流イベント・マッチング面談の開催', 6, 6, 100],
			['交流イベント・マッチング面談の開催: 社数（各回） / 参加企業', 20, 121, 'each'],
		]);
		expect(
			measures('5,000人', '2年間で5,000人計画規模の うち 令和4年度 3,757人', '派遣決定実人数').map(
				brief,
			),
		).toEqual([['派遣決定実人数', 5000, 3757, 'period']]);
	});
	it('never sets a total against a breakdown', () => {
		expect(
			measures('930人', '65歳以上コース:151人 シニア予備群コース:185人 オンライン講座:1,102人').map(
				brief,
			),
		).toEqual([
			['人数（合計）', 930, null, 'breakdown'],
			['65歳以上コース 人数', null, 151, 'breakdown'],
			['シニア予備群コース 人数', null, 185, 'breakdown'],
			['オンライン講座 人数', null, 1102, 'breakdown'],
		]);
	});
	it('keeps figures without a counterpart, and computes nothing against a zero plan', () => {
		expect(measures('—', '・都立校5校').map(brief)).toEqual([['都立校', null, 5, 'no-plan']]);
		expect(measures('0件', '5件').map(brief)).toEqual([['件数', 0, 5, 'zero-plan']]);
	});
	it('names a single measure by the row’s 単位の説明 when it names one', () => {
		expect(measures('支援規模 300名/年', '307名', '入校者数').map(brief)).toEqual([
			['入校者数', 300, 307, 102],
		]);
		// A list, a bare counter or a sentence is no name.
		expect(measures('2拠点', '2拠点', '区部と市部の2拠点で実施')[0]?.label).toBe('拠点数');
		expect(measures('750件', '674件', '数')[0]?.label).toBe('件数');
	});
	it('carries 約 to the ratio', () => {
		expect(measures('約1,800人', '1,147人')[0]).toMatchObject({approximate: true});
		expect(measures('1,800人', '1,147人')[0]).toMatchObject({approximate: false});
	});
});

describe('properties', () => {
	const PIECES = [
		'支援規模 ',
		'対象人数',
		'受講者数',
		'セミナー',
		'（',
		'）',
		'・',
		' ・ ',
		'、',
		'約',
		'各回',
		'2年間で',
		'飯田橋',
		'多摩',
		'として認定',
		'を支給',
		'65歳以上コース ',
		'300',
		'1,540',
		'12',
		'名',
		'人',
		'件',
		'社',
		'回',
		'/年',
		'以上',
		'程度',
	];
	const cell = fc.array(fc.constantFrom(...PIECES), {maxLength: 20}).map((a) => a.join(''));
	const unitClass = (u: string) => (u === '名' ? '人' : u);
	it('a ratio only ever pairs the same unit, period, session basis and part; every figure is kept', () => {
		fc.assert(
			fc.property(cell, cell, (p, a) => {
				const plan = parseScale(p);
				const actual = parseScale(a);
				const list = readMeasures(plan, actual, '');
				for (const m of list) {
					if (m.ratio === null) {
						expect(m.reason).not.toBeNull();
						continue;
					}
					const {plan: pf, actual: af} = m as Required<Measure>;
					expect(pf && af).toBeTruthy();
					if (!pf || !af) continue;
					expect(unitClass(pf.unit)).toBe(unitClass(af.unit));
					expect(pf.each).toBe(af.each);
					expect(pf.years).toBe(af.years);
					if (pf.part && af.part) expect(pf.part).toBe(af.part);
					expect(m.ratio).toBeCloseTo(af.value / pf.value);
				}
				// No figure is dropped: each plan and actual figure is in one measure (a plan
				// restated in the actual cell is the plan's, not an actual).
				const planCount = list.filter((m) => m.plan).length;
				expect(planCount).toBe(plan.metrics.length);
				const restated = readFigures(actual).filter((f) => f.restatesPlan).length;
				expect(list.filter((m) => m.actual).length).toBe(actual.metrics.length - restated);
			}),
			{numRuns: 3000},
		);
	});
});
