// The parser on the real bundled reports: every kind of noise they contain.
import {describe, expect, it} from 'vitest';
import {FY2022_FILE, program, report, seeds} from '../helpers/seeds.js';

describe('the bundled seeds', () => {
	it('load without errors', () => {
		expect(seeds().issues.filter((i) => i.severity === 'error')).toEqual([]);
		expect(seeds().reports.map((r) => r.fiscalYear)).toEqual([2024, 2022]);
	});

	it('FY2024 has programs 1–47 in 3 pillars', () => {
		const r = report(2024);
		expect(r.era).toBe('令和6年度');
		expect(r.title).toBe('令和6年度 就労支援事業計画 事業の実施状況');
		expect(r.body).toBe('');
		expect(r.programs.map((p) => p.no)).toEqual(Array.from({length: 47}, (_, i) => i + 1));
		expect(r.pillars.map((p) => p.no)).toEqual([1, 2, 3]);
		expect(r.pillars[0]?.title).toBe('円滑な人材シフトの促進とリスキングの強化');
		expect(r.notes[0]).toContain('令和7年度就労支援事業計画の3つの柱');
	});

	it('FY2022 has programs 1–38 in 5 pillars', () => {
		const r = report(2022);
		expect(r.era).toBe('令和4年度');
		expect(r.programs.map((p) => p.no)).toEqual(Array.from({length: 38}, (_, i) => i + 1));
		expect(r.pillars.map((p) => p.title)).toEqual([
			'新型コロナウイルス感染症の影響による雇用就業情勢に対応した雇用緊急対策',
			'障害者など就労に困難を抱える方への支援',
			'女性・高齢者の活躍に向けた就業支援',
			'東京の持続的な成長を支える産業人材の育成・確保',
			'働き方改革の推進',
		]);
	});

	it('assigns programs to their pillars', () => {
		expect(program(2024, 18).pillar?.no).toBe(1);
		expect(program(2024, 19).pillar?.no).toBe(2);
		expect(program(2024, 25).pillar?.no).toBe(3);
		expect(program(2022, 3).pillar?.no).toBe(1);
		expect(program(2022, 4).pillar?.no).toBe(2);
		expect(program(2022, 35).pillar).toEqual({no: 5, title: '働き方改革の推進'});
	});
});

describe('program rows', () => {
	it('reads a plain row with its fields and raw text', () => {
		const p = program(2024, 1);
		expect(p.name).toBe('ものづくり等産業人材育成支援事業');
		expect(p.summary).toEqual([
			'ものづくり等の中小企業は、指導者等が不足しており、人材育成が困難な状況',
			'職業能力開発センターの訓練を通じて従業員の技能習得を図る中小企業に対して、奨励金を支給し、ものづくり人材等の育成を推進',
		]);
		expect(p.budget).toEqual({text: '約1.9億円', yen: 190_000_000, approximate: true});
		expect(p.plan.text).toBe('支援規模 200件/年');
		expect(p.plan.metrics).toMatchObject([{label: '支援規模', value: 200, unit: '件', per: '年'}]);
		expect(p.actual.metrics).toMatchObject([{label: '支援規模', value: 2, unit: '件'}]);
		expect(p.unit).toBe('支給件数');
		expect(p.lines).toEqual([10]);
		expect(p.era).toBe('令和6年度');
	});

	it('splits a number joined to its name by a space', () => {
		const p = program(2022, 33);
		expect(p.name).toBe('ものづくり産業人材確保支援事業');
		expect(p.budget.yen).toBe(200_000_000);
		expect([p.plan.metrics[0]?.value, p.actual.metrics[0]?.value]).toEqual([100, 112]);
		expect(p.unit).toBe('派遣決定実人数');
	});

	it('keeps a continuation line with the program above and drops its extraction garbage', () => {
		const p = program(2022, 33);
		expect(p.summary).toHaveLength(3);
		expect(p.summary[2]).toBe(
			'地域のものづくり企業に1か月のチャレンジ就労を実施し、正社員就職を目指す。',
		);
		expect(p.lines).toEqual([60, 61]);
		expect(JSON.stringify(p)).not.toContain('1051');
		expect(seeds().issues).toContainEqual(
			expect.objectContaining({code: 'garbage-cell', file: FY2022_FILE, line: 61}),
		);
	});

	it('infers lost numbers 13 and 14 and marks them', () => {
		const p13 = program(2022, 13);
		const p14 = program(2022, 14);
		expect(p13.noInferred).toBe(true);
		expect(p13.name).toBe('保護観察対象少年の会計年度任用職員としての雇用');
		expect(p13.budget).toEqual({text: '約58万円', yen: 580_000, approximate: true});
		expect(p14.noInferred).toBe(true);
		expect(p14.name).toBe(
			'特別支援学校の規模と配置の適性化(就業技術科・職能開発科を有する学校の設置)',
		);
		expect(p14.budget.yen).toBe(45_000_000);
		expect(program(2022, 12).noInferred).toBe(false);
	});

	it('keeps nameless no. 12 nameless, with a hint from its summary', () => {
		const p = program(2022, 12);
		expect(p.name).toBe('');
		expect(p.nameHint).toBe('「TOKYOチャレンジネット」');
		expect(p.budget.yen).toBe(2_380_000_000);
		expect(p.plan.metrics).toMatchObject([{value: 500, unit: '戸'}]);
		expect(p.actual.metrics).toMatchObject([{value: 500, unit: '戸'}]);
	});

	it('accepts both ○ and 〇 bullets', () => {
		expect(program(2022, 13).summary[0]).toMatch(/^非行少年や非行歴のある若者/);
		expect(program(2022, 29).summary[0]).toMatch(/^中小企業等が従業員に対して実施する/);
		expect(program(2022, 8).summary).toHaveLength(2);
	});

	it('cleans wrap spaces and spaced letters', () => {
		expect(program(2022, 19).name).toBe('女性向けデジタル・ビジネススキル習得訓練事業');
		expect(program(2022, 9).summary[0]).toContain('スキルの習得と就職支援');
		expect(program(2022, 9).summary[0]).toMatch(/^PCやWi-Fi/);
		expect(program(2022, 1).summary[0]).toContain('成長産業であるITや');
		expect(program(2022, 10).budget.text).toBe('障害者施策推進区市町村包括補助事業(一部都区財調)');
		expect(program(2022, 20).name).toBe('オーダーメイド型 女性しごと応援出張テラス');
		expect(program(2022, 37).unit).toBe('「TOKYOパパ育業促進企業」登録社数');
	});

	it('gives non-amount budgets no yen', () => {
		expect(program(2022, 10).budget.yen).toBeNull();
		expect(program(2022, 16).budget).toEqual({text: '各事業欄記載', yen: null, approximate: false});
		expect(program(2022, 15).budget).toEqual({text: '', yen: null, approximate: false});
	});

	it('reads cells with several metrics', () => {
		const p = program(2024, 10);
		expect(p.plan.metrics.map((m) => [m.label, m.value, m.unit])).toEqual([
			['連携団体', 5, '団体'],
			['支援対象数', 300, '名'],
		]);
		expect(p.actual.metrics.map((m) => [m.label, m.value, m.unit])).toEqual([
			['連携団体', 5, '団体'],
			['支援対象数', 287, '名'],
		]);
	});
});

describe('sub-items', () => {
	it('reads ・ items with their own plan and actual (FY2024 テレワークの推進)', () => {
		const p = program(2024, 19);
		expect(p.budget.yen).toBe(3_980_000_000);
		expect(p.items.map((i) => i.name)).toEqual([
			'育児・介護との両立のためのテレワーク導入支援事業',
			'テレワーク定着強化事業',
			'サテライトオフィス利用促進事業',
			'サテライトオフィス勤務応援事業',
		]);
		expect(p.items[0]).toMatchObject({marker: '・', unit: '交付決定件数', line: 39});
		expect(p.items[0]?.plan.metrics).toMatchObject([{value: 500, unit: '件', per: '年'}]);
		expect(p.items[1]?.actual.metrics).toMatchObject([{value: 52, unit: '件', per: '年'}]);
		expect(p.lines).toEqual([35, 39, 40, 41, 42]);
	});

	it('gives a merged budget printed on the first sub-item row to the program', () => {
		const p35 = program(2022, 35);
		expect(p35.budget).toEqual({
			text: '約3.6億円',
			yen: 360_000_000,
			approximate: true,
			mergedFromLine: 65,
		});
		expect(p35.items[0]?.budget.yen).toBeNull();
		expect(p35.items.map((i) => i.name)).toEqual([
			'TOKYO「働き方改革、ライフ・ワーク・バランス」相談窓口',
			'働き方改革集中講座',
			'専門家派遣',
		]);
		const p38 = program(2022, 38);
		expect(p38.budget).toMatchObject({text: '約31.8億円', yen: 3_180_000_000, mergedFromLine: 73});
		expect(p38.items).toHaveLength(4);
	});

	it('reads ① items and 「…」 items', () => {
		const p16 = program(2022, 16);
		expect(p16.items.map((i) => [i.marker, i.name, i.budget.yen])).toEqual([
			['①', '都営住宅への優先入居', null],
			['②', '東京ささエール住宅の供給促進・居住支援法人の指定推進', 340_000_000],
			['③', '東京都居住支援協議会', 10_000_000],
		]);
		const p15 = program(2022, 15);
		expect(p15.items).toHaveLength(4);
		expect(p15.items[2]?.name).toMatch(/^「職場定着チーム」/);
		expect(p15.items[1]?.budget.yen).toBe(80_000_000);
		expect(p15.lines).toEqual([24, 25, 29, 30, 31]);
	});
});
