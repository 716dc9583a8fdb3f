import {describe, expect, it} from 'vitest';
import {canonicalCells, classify, headerLayout} from '../../source/report/classify.js';
import {splitRows} from '../../source/report/rows.js';

const row = (line: string, n = 1) => ({line: n, cells: line.split('\t')});

describe('splitRows', () => {
	it('keeps line numbers and skips blank lines', () => {
		const {rows} = splitRows('\n\n令和6年度\n\n1\tA\t○x\n');
		expect(rows.map((r) => [r.line, r.cells])).toEqual([
			[3, ['令和6年度']],
			[5, ['1', 'A', '○x']],
		]);
	});
});

describe('classify (real seed rows)', () => {
	it('title and note', () => {
		expect(classify(row('令和6年度 就労支援事業計画 事業の実施状況'), 'separate')).toMatchObject({
			kind: 'title',
		});
		expect(
			classify(
				row('※各重点事業は、令和7年度就労支援事業計画の3つの柱ごとに記載しています。'),
				'separate',
			),
		).toMatchObject({
			kind: 'note',
		});
	});
	it('page headers, garbled ones too', () => {
		for (const line of [
			'\t重点事業\t事業概要\t計画\t\t実績（参考値）\t',
			'\t主 从于未\t· · · ·\t予算\t規模\t規模\t単位の説明',
			'\t壬上市光\t古光柳西\t計画\t\t実績\t',
			'\tエトナル\t+ 444 lm ==\t計画\t\t実績\t',
			'主 灬\t争未恢安\t予算\t規模\t規模\t単位の説明',
		]) {
			expect(classify(row(line), 'separate').kind).toBe('header');
		}
		expect(headerLayout('主 灬\t争未恢安\t予算\t規模\t規模\t単位の説明'.split('\t'))).toBe(
			'joined',
		);
		expect(headerLayout('\t\t\t予算\t規模\t規模\t単位の説明'.split('\t'))).toBe('separate');
	});
	it('pillars: split across cells or not tab-separated', () => {
		expect(
			classify(
				row('1\t新型コロナウイルス感染症の影響による雇用就\t業情勢に対応した雇用緊急対策\t\t\t\t'),
				'separate',
			),
		).toEqual({
			kind: 'pillar',
			no: 1,
			title: '新型コロナウイルス感染症の影響による雇用就業情勢に対応した雇用緊急対策',
		});
		expect(classify(row('5 働き方改革の推進\t\t\t\t\t'), 'joined')).toEqual({
			kind: 'pillar',
			no: 5,
			title: '働き方改革の推進',
		});
		expect(
			classify(row('1 円滑な人材シフトの促進とリスキングの強化\t\t\t\t\t\t'), 'separate'),
		).toMatchObject({kind: 'pillar', no: 1});
	});
	it('programs: numbered, number joined by a space, number lost, name lost', () => {
		expect(
			classify(
				row('2\t早期再就職緊急支援事業\t○キャリア\t約2.9億円\t1,540人\t1,559人\t面接会参加人数'),
				'separate',
			),
		).toMatchObject({
			kind: 'program',
			no: 2,
		});
		const joined = classify(
			row('33 ものづくり産業人材確保支援事業\t○城東\t約2億円\t100人\t112人\t派遣決定実人数'),
			'joined',
		);
		expect(joined).toEqual({
			kind: 'program',
			no: 33,
			cells: [
				'33',
				'ものづくり産業人材確保支援事業',
				'○城東',
				'約2億円',
				'100人',
				'112人',
				'派遣決定実人数',
			],
		});
		expect(
			classify(
				row(
					'\t保護観察対象少年の会計年度任用職員としての 雇用\t〇非行少年\t約58万円\t_\t1人\t雇用者数',
				),
				'separate',
			),
		).toMatchObject({
			kind: 'program',
			no: null,
		});
		expect(
			classify(row('12\t\t○住居を失い\t約23.8億円\t500戸\t500戸\t戸数'), 'separate'),
		).toMatchObject({kind: 'program', no: 12});
	});
	it('items and continuations', () => {
		expect(
			classify(row('\t\t・テレワーク定着強化事業\t\t1,000件/年\t52件/年\t交付決定件数'), 'separate')
				.kind,
		).toBe('item');
		expect(
			classify(row('\t\t①都営住宅への優先入居\t-\t-\tポイント方式\t優先入居'), 'separate').kind,
		).toBe('item');
		expect(classify(row('\t・働き方改革集中講座\t\t1,000社\t857社\t申込社数'), 'joined')).toEqual({
			kind: 'item',
			cells: ['', '', '・働き方改革集中講座', '', '1,000社', '857社', '申込社数'],
		});
		expect(classify(row('\t○地域のものづくり企業に\t71-9 = 1051 J\t\t\t'), 'joined')).toMatchObject(
			{kind: 'continuation'},
		);
	});
	it('pads short rows to seven columns', () => {
		expect(canonicalCells(['1', 'A'], 'separate')).toEqual(['1', 'A', '', '', '', '', '']);
	});
});
