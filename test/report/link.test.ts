import {describe, expect, it} from 'vitest';
import {linkReports, nameSimilarity, sameKey} from '../../source/report/link.js';
import type {Program, Report} from '../../source/report/model.js';
import {parseReport} from '../../source/report/parse.js';
import {program, seeds} from '../helpers/seeds.js';

const sameLinks = (p: Program) =>
	p.links.filter((l) => l.kind === 'same').map((l) => `${l.fiscalYear}#${l.no}`);

describe('cross-year links on the seeds', () => {
	it('links programs of the same name', () => {
		expect(sameLinks(program(2024, 10))).toEqual(['2022#3']);
		expect(sameLinks(program(2022, 3))).toEqual(['2024#10']);
		expect(sameLinks(program(2024, 19))).toEqual(['2022#38']);
		expect(sameLinks(program(2024, 36))).toEqual(['2022#24']);
	});
	it('links a name with a trailing parenthetical to the name without it', () => {
		expect(
			sameKey('特別支援学校の規模と配置の適性化(就業技術科・職能開発科を有する学校の設置)'),
		).toBe(sameKey('特別支援学校の規模と配置の適性化'));
		expect(sameLinks(program(2024, 44))).toEqual(['2022#14']);
	});
	it('has exactly the expected same links and no false positives', () => {
		const all = seeds()
			.reports.flatMap((r) => r.programs)
			.filter((p) => p.fiscalYear === 2024)
			.flatMap((p) => sameLinks(p).map((l) => `${p.no}→${l}`));
		expect(all).toEqual([
			'3→2022#29',
			'10→2022#3',
			'19→2022#38',
			'35→2022#25',
			'36→2022#24',
			'40→2022#4',
			'44→2022#14',
			'45→2022#5',
		]);
	});
	it('lists related programs with a score', () => {
		const related = program(2022, 30).links.find((l) => l.kind === 'related' && l.no === 47);
		expect(related?.fiscalYear).toBe(2024);
		expect(related?.score).toBeGreaterThan(0.4);
		expect(related?.score).toBeLessThan(1);
		expect(
			nameSimilarity('特定技能外国人雇用支援事業', 'TOKYO特定技能Jobマッチング支援事業'),
		).toBeGreaterThan(0.4);
		expect(nameSimilarity('テレワークの推進', '東京セカンドキャリア塾')).toBe(0);
	});
	it('never links a nameless program', () => {
		expect(program(2022, 12).links).toEqual([]);
	});
});

describe('link rules', () => {
	const make = (title: string, rows: string[]): Report => {
		const text = [
			title,
			'\t重点事業\t事業概要\t計画\t\t実績\t',
			'\t\t\t予算\t規模\t規模\t単位の説明',
			...rows,
		].join('\n');
		const {report} = parseReport(text, `${title}.txt`);
		if (!report) throw new Error('not parsed');
		return report;
	};
	const row = (no: number, name: string) => `${no}\t${name}\t○概要\t約1億円\t10人\t9人\t人数`;

	it('joins reports of the same issuing body only', () => {
		const osaka24 = make('大阪府 令和6年度 就労支援事業計画 事業の実施状況', [
			row(1, 'テレワークの推進'),
		]);
		const osaka22 = make('大阪府 令和4年度 就労支援事業計画 事業の実施状況', [
			row(1, 'テレワークの推進'),
		]);
		const tokyo22 = make('令和4年度 就労支援事業計画 事業の実施状況', [row(1, 'テレワークの推進')]);
		expect(osaka24.body).toBe('大阪府');
		linkReports([osaka24, osaka22, tokyo22]);
		expect(osaka24.programs[0]?.links.map((l) => l.id)).toEqual(['大阪府|2022|1']);
		expect(tokyo22.programs[0]?.links).toEqual([]);
	});

	it('makes no same link when a year has two programs of that name', () => {
		const a = make('令和6年度 就労支援事業計画 事業の実施状況', [row(1, 'テレワークの推進')]);
		const b = make('令和4年度 就労支援事業計画 事業の実施状況', [
			row(1, 'テレワークの推進'),
			row(2, 'テレワークの推進'),
		]);
		linkReports([a, b]);
		expect(a.programs[0]?.links.filter((l) => l.kind === 'same')).toEqual([]);
	});

	it('measures shared runs in characters, not UTF-16 units (𠮷 is one character)', () => {
		// 𠮷野家 shared: 3 of the shorter core name's 6 characters (𠮷野家の𠮷田).
		expect(nameSimilarity('𠮷野家の𠮷田支援事業', '𠮷田𠮷野家キャリア')).toBe(0.5);
		expect(nameSimilarity('𠮷𠮷𠮷', '𠮷𠮷𠮷𠮷')).toBe(1);
	});

	it('links related names through the bigram index, best score first, none of the same year', () => {
		const r24 = make('令和6年度 就労支援事業計画 事業の実施状況', [
			row(1, 'デジタル人材育成支援事業'),
			row(2, 'デジタル人材育成'),
		]);
		const r22 = make('令和4年度 就労支援事業計画 事業の実施状況', [
			row(1, 'デジタル人材リスキリング支援事業'),
			row(2, '女性のデジタル人材育成プロジェクト'),
		]);
		linkReports([r24, r22]);
		expect(r24.programs[0]?.links.map((l) => `${l.kind} ${l.id} ${l.score}`)).toEqual([
			// デジタル人材育成 inside 女性のデジタル人材育成: 8 of 8 (capped below a same link).
			'related |2022|2 0.99',
			// デジタル人材 shared with デジタル人材リスキリング: 6 of the shorter core's 8.
			'related |2022|1 0.75',
		]);
	});
});
