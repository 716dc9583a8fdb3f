import {describe, expect, it} from 'vitest';
import {parseMetrics, parseScale} from '../../source/report/metric.js';

const pick = (text: string) =>
	parseMetrics(text).map(({label, value, unit, per}) => ({label, value, unit, per}));

describe('parseMetrics', () => {
	it('takes the label after the last boundary before the number', () => {
		// Boundaries: 、 ・ （ and a spaced dash; the label is what follows the last one.
		expect(pick('研修、交流会・参加企業 - 企業数 120社（延べ 15回）')).toEqual([
			{label: '企業数', value: 120, unit: '社', per: undefined},
			{label: '延べ', value: 15, unit: '回', per: undefined},
		]);
		// A one- or two-character label takes the word before it too.
		expect(pick('相談件数 年 12件')[0]?.label).toBe('相談件数');
		expect(pick('支援 𠮷田 4人')[0]?.label).toBe('支援 𠮷田');
	});
	it('reads a labelled count per year', () => {
		expect(pick('支援規模 200件/年')).toEqual([
			{label: '支援規模', value: 200, unit: '件', per: '年'},
		]);
	});
	it('reads several metrics in one cell', () => {
		expect(pick('・ 連携団体 5 団体 ・ 支援対象数 287 名')).toEqual([
			{label: '連携団体', value: 5, unit: '団体', per: undefined},
			{label: '支援対象数', value: 287, unit: '名', per: undefined},
		]);
	});
	it('reads thousands separators, bracketed second figures and 約', () => {
		expect(pick('250社(500人)')).toEqual([
			{label: undefined, value: 250, unit: '社', per: undefined},
			{label: undefined, value: 500, unit: '人', per: undefined},
		]);
		expect(parseMetrics('約1,800人')[0]).toMatchObject({
			value: 1800,
			unit: '人',
			approximate: true,
		});
		expect(parseMetrics('派遣規模 2,009名')[0]).toMatchObject({label: '派遣規模', value: 2009});
	});
	it('takes a leading 年 as the period', () => {
		expect(pick('年6回（180人）')[0]).toEqual({label: undefined, value: 6, unit: '回', per: '年'});
	});
	it('never reads dates, eras, ages or decades as metrics', () => {
		expect(parseMetrics('令和4年度 (令和6年6月18日) 65歳以上 50代以降 2024年度終了')).toEqual([]);
	});
	it('gives no metrics for placeholders', () => {
		expect(parseScale('—').metrics).toEqual([]);
		expect(parseScale('_').metrics).toEqual([]);
		expect(parseScale('各事業欄記載').metrics).toEqual([]);
	});
});
