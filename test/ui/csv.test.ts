import {describe, expect, it} from 'vitest';
import {copyLine, osc52} from '../../source/ui/clipboard.js';
import {basename} from 'node:path';
import {FigureBook} from '../../source/figures/book.js';
import {CSV_HEADER, csvField, toCsv} from '../../source/output/csv.js';
import {exportFileName} from '../../source/ui/export-file.js';
import {joseiSaishushoku, program, scale, telework2024} from '../helpers/fixtures.js';

describe('csv', () => {
	it('is the same CSV as --csv: BOM, header, CRLF, one row per measure, numbers as numbers', () => {
		const csv = toCsv([joseiSaishushoku, telework2024], new FigureBook(), (f) => basename(f));
		const rows = csv.slice(1).split('\r\n');
		expect(rows[0]).toBe(CSV_HEADER.join(','));
		expect(csv.startsWith('\uFEFFfiscal_year,era,no,no_inferred,program_row,name,')).toBe(true);
		// Two sites of #14, one row each, with their own plan, actual and ratio.
		expect(rows[1]).toContain(
			'2024,令和6年度,14,false,1,女性再就職支援事業,1,円滑な人材シフトの促進とリスキングの強化,247百万円,247000000,false,program,指標 2 · 計画達成 0/2 · 最低 79% · 最高 91%,2,2,0,,,,飯田橋,受講人数,275,名,false,250,名,false,0.9091,false,,',
		);
		expect(rows[2]).toContain(',2,女性再就職支援事業,');
		expect(rows[2]).toContain(',多摩,受講人数,150,名,false,119,名,false,0.7933,false,,');
		expect(rows[1]?.endsWith(',000_2ee8157e7a543789.txt,24')).toBe(true);
		// #19: a row for the program, one per sub-item measure.
		expect(rows[3]).toContain(',19,false,1,テレワークの推進,');
		expect(rows[5]).toContain(
			',・テレワーク定着強化事業,,,,交付決定件数,1000,件,false,52,件,false,0.052,false,,',
		);
		expect(rows).toHaveLength(9); // header, 2 + 1 + 4 rows, and '' after the last CRLF
		expect(csv.endsWith('\r\n')).toBe(true);
	});
	it('keeps the reason when a pair is not comparable', () => {
		const p = program({
			fiscalYear: 2024,
			no: 23,
			name: '男性育業推進リーダー事業',
			plan: scale(
				'中堅・中小企業等に奨励金を支給するとともに、取組等の要件を満たした企業等を「男性育業推進リーダー設置企業」として認定（75社/年）',
			),
			actual: scale(
				'・中堅・中小企業等に奨励金を支給（4社） ・取組等の要件を満たした企業等を「男性育業推進リーダー設置企業」として認定',
			),
		});
		const csv = toCsv([p], new FigureBook(), (f) => basename(f));
		expect(csv).toContain(
			',75,社,false,4,社,false,,,計画は「認定」、実績は「支給」の数: 比較できません,',
		);
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
	it('copies one line with every measure, never one standing for the program', () => {
		const figures = new FigureBook();
		expect(copyLine(joseiSaishushoku, figures.of(joseiSaishushoku))).toBe(
			'女性再就職支援事業 · FY2024 No.14 · 予算 2.47億 (247百万円) · 指標 2 · 計画達成 0/2 · 最低 79% · 最高 91% · 飯田橋 受講人数 275名/年→250名 91% · 多摩 受講人数 150名/年→119名 79%',
		);
		expect(copyLine(telework2024, figures.of(telework2024))).toBe(
			'テレワークの推進 · FY2024 No.19 · 予算 約39.8億 (約39.8億円) · 指標 4 · 計画達成 1/4 · 最低 5% · 最高 100% · [・育児・介護との両立のためのテレワーク導入支援事業] 交付決定件数 500件/年→33件/年 7% · [・テレワーク定着強化事業] 交付決定件数 1,000件/年→52件/年 5% · [・サテライトオフィス利用促進事業] サテライトオフィス交流フェアの開催 2回/年→2回/年 100% · [・サテライトオフィス勤務応援事業] 交付決定件数 300件/年→60件/年 20%',
		);
	});
	it('wraps text in an OSC 52 sequence', () => {
		expect(osc52('テレ')).toBe(`\u001B]52;c;${Buffer.from('テレ').toString('base64')}\u0007`);
	});
});
