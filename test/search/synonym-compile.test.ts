import {describe, expect, it} from 'vitest';
import {compileSynonymTable, type SudachiGroup} from '../../source/search/synonym-compile.js';

const item = (
	vocabularyNumber: number,
	midashi: string,
	expandControl = 0,
	taigenYogen = '体言',
) => ({
	taigenYogen,
	expandControl,
	vocabularyNumber,
	midashi,
});

describe('compileSynonymTable', () => {
	it('keeps 体言 forms that expand, normalised, by vocabulary; drops groups that cannot matter', () => {
		const groups: SudachiGroup[] = [
			{id: '1', items: [item(1, '障害者'), item(1, '障がい者'), item(2, 'ハンディキャップ')]},
			// one usable form left: dropped
			{id: '2', items: [item(1, '女'), item(2, '女性'), item(3, '婦人', 2)]},
			// verbs and never-expand forms are dropped
			{id: '3', items: [item(1, '勤務'), item(2, '勤める', 0, '用言'), item(3, 'ＤＸ')]},
			// an ambiguous abbreviation (展開制御 1, in two groups) is marked *
			{id: '4', items: [item(1, '人工知能'), item(1, 'AI', 1)]},
			{id: '5', items: [item(1, '鳥インフルエンザ'), item(1, 'AI', 1)]},
			// company names: off topic
			{
				id: '6',
				items: [
					{...item(1, '日本電信電話'), bunya: ['企業名']},
					{...item(1, 'NTT'), bunya: ['企業名']},
				],
			},
			// a field that matters is kept
			{
				id: '7',
				items: [
					{...item(1, 'ハローワーク'), bunya: ['組織名']},
					{...item(1, 'ハロワ'), bunya: ['組織名']},
				],
			},
		];
		expect(compileSynonymTable(groups).split('\n')).toEqual([
			'障害者,障がい者\tはんでぃきゃっぷ',
			'勤務\tdx',
			'人工知能,*ai',
			'鳥いんふるえんざ,*ai',
			'はろーわーく,はろわ',
			'',
			// the index: forms in code unit order, with their groups (base 36)
			'ai\t2,3',
			'dx\t1',
			'はろわ\t4',
			'はろーわーく\t4',
			'はんでぃきゃっぷ\t0',
			'人工知能\t2',
			'勤務\t1',
			'障がい者\t0',
			'障害者\t0',
			'鳥いんふるえんざ\t3',
			'',
		]);
	});
});
