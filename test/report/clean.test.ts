import {describe, expect, it} from 'vitest';
import {cleanText, measureWraps, type WrapProfile} from '../../source/report/clean.js';

const wrapped: WrapProfile = {wrapped: true, columnWidths: new Map([[1, 42]])};

describe('cleanText', () => {
	it('removes wrap spaces next to particles', () => {
		expect(cleanText('スキルの習得と 就職支援', wrapped)).toBe('スキルの習得と就職支援');
		expect(cleanText('「TOKYOチャレンジネット」 を設置', wrapped)).toBe(
			'「TOKYOチャレンジネット」を設置',
		);
	});
	it('removes a wrap between two kanji at the column width', () => {
		expect(cleanText('女性向けデジタル・ビジネススキル習得訓練事 業', wrapped, 1)).toBe(
			'女性向けデジタル・ビジネススキル習得訓練事業',
		);
		expect(cleanText('一時利用住宅の提 供 500戸', wrapped, 4)).toBe('一時利用住宅の提供 500戸');
	});
	it('keeps real spaces', () => {
		expect(cleanText('オーダーメイド型 女性しごと応援出張テラス', wrapped, 1)).toBe(
			'オーダーメイド型 女性しごと応援出張テラス',
		);
		expect(cleanText('「Tokyo 就職 Navi」アプリ', wrapped)).toBe('「Tokyo 就職 Navi」アプリ');
		expect(cleanText('65歳以上コース:151人 シニア予備群コース:185人', wrapped, 5)).toBe(
			'65歳以上コース:151人 シニア予備群コース:185人',
		);
	});
	it('joins spaced letters', () => {
		expect(cleanText('成長産業である I T や、', wrapped)).toBe('成長産業であるITや、');
		expect(cleanText('○ P C やWi-Fi', wrapped)).toBe('○ PCやWi-Fi');
		expect(cleanText('I T 分野')).toBe('IT 分野');
	});
	it('tightens a spaced dash next to a Latin word, and only there', () => {
		expect(cleanText('Wi - Fi を貸与')).toBe('Wi-Fi を貸与');
		expect(cleanText('5 days - 講座')).toBe('5 days-講座');
		expect(cleanText('研修 - 講座')).toBe('研修 - 講座');
		expect(cleanText('研修 - 講座 e ラーニング', wrapped)).toBe('研修 - 講座eラーニング');
	});
	it('leaves a report without wrap spaces alone', () => {
		expect(cleanText('取組を後押し 女性管理職の増加')).toBe('取組を後押し 女性管理職の増加');
	});
	it('collapses runs of spaces and trims', () => {
		expect(cleanText('  支援規模   200件/年 ')).toBe('支援規模 200件/年');
	});
});

describe('measureWraps', () => {
	it('detects a report that wraps with spaces, and its column width', () => {
		const cells = [
			'保護観察対象少年の会計年度任用職員としての 雇用',
			'スキルの習得と 就職支援',
			'男性の 育児参加',
		].map((text) => ({column: 1, text}));
		const profile = measureWraps(
			cells.map((c) => c.column),
			cells.map((c) => c.text),
		);
		expect(profile.wrapped).toBe(true);
		expect(profile.columnWidths.get(1)).toBe(14);
	});
	it('does not call one stray space a wrapped report', () => {
		expect(measureWraps([2], ['後押し 女性管理職']).wrapped).toBe(false);
	});
});
