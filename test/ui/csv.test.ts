import {describe, expect, it} from 'vitest';
import {copyLine, osc52} from '../../source/ui/clipboard.js';
import {csvField, toCsv} from '../../source/output/csv.js';
import {exportFileName} from '../../source/ui/export-file.js';
import {joseiSaishushoku, telework2024} from '../helpers/fixtures.js';

describe('csv', () => {
	it('is the same CSV as --csv: BOM, header, CRLF, one row per program and sub-item', () => {
		const csv = toCsv([joseiSaishushoku, telework2024]);
		expect(csv.startsWith('\uFEFFfiscal_year,era,no,no_inferred,row,name,')).toBe(true);
		expect(csv).toContain('2024,令和6年度,14,false,program,女性再就職支援事業,1,');
		expect(csv).toContain(',247百万円,247000000,');
		expect(csv).toContain('2024,令和6年度,19,false,item,・テレワーク定着強化事業');
		expect(csv.endsWith('\r\n')).toBe(true);
	});
	it('neutralises formulas and quotes separators', () => {
		expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField(null)).toBe('');
	});
	it('names the file by date and time', () => {
		expect(exportFileName(new Date(2025, 2, 14, 9, 30, 5))).toBe('shuro-20250314-093005.csv');
	});
});

describe('clipboard', () => {
	it('copies one line with name, year, budget, plan → actual and achievement', () => {
		expect(copyLine(joseiSaishushoku)).toBe(
			'女性再就職支援事業 · FY2024 No.14 · 予算 2.5億 (247百万円) · 計画 275名 → 実績 250名 · 達成率 91%',
		);
		expect(copyLine(telework2024)).toBe(
			'テレワークの推進 · FY2024 No.19 · 予算 39.8億 (約39.8億円) · 計画 各事業欄記載 → 実績 各事業欄記載',
		);
	});
	it('wraps text in an OSC 52 sequence', () => {
		expect(osc52('テレ')).toBe(`\u001B]52;c;${Buffer.from('テレ').toString('base64')}\u0007`);
	});
});
