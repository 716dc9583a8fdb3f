// The help overlay, generated from the key table so it can never drift from the keys.
import {BINDINGS, keyFor, keysLabel} from '../keys/bindings.js';
import {MARK_LEGEND} from '../search/mark.js';
import {QUERY_SYNTAX_HELP} from '../search/query.js';
import {cell, fitLine, type Line, plainLine} from './line.js';
import {paragraph} from './paragraph.js';
import {displayWidth, pad, type WidthOptions} from '../text/width.js';

export function helpLines(width: number, options: WidthOptions): Line[] {
	// As wide as the longest keys (Ctrl-w Alt-Backspace), within reason.
	const keys = Math.min(22, Math.max(16, ...BINDINGS.map((b) => displayWidth(keysLabel(b)))));
	const ja = Math.max(10, Math.floor((width - keys - 2) * 0.55));
	const en = Math.max(0, width - keys - ja - 2);
	const lines: Line[] = [
		fitLine([{text: 'キー操作 · Keys', bold: true, tone: 'accent'}], width, options),
		plainLine(
			`検索行にいる間は文字キーは入力になります (${keyFor('back', 'search')}/${keyFor('switchPane', 'search')} で一覧へ)`,
			width,
			options,
		),
	];
	for (const binding of BINDINGS) {
		lines.push(
			fitLine(
				[
					cell(keysLabel(binding), keys, 'left', options, {bold: true}),
					{text: ' '},
					cell(binding.ja, ja, 'left', options),
					{text: ' '},
					cell(binding.en, en, 'left', options, {dim: true}),
				],
				width,
				options,
			),
		);
	}
	lines.push(plainLine('', width, options));
	lines.push(
		fitLine([{text: '検索の書き方 · Search syntax', bold: true, tone: 'accent'}], width, options),
	);
	for (const item of QUERY_SYNTAX_HELP) {
		lines.push(
			fitLine(
				[cell(item.syntax, keys, 'left', options, {bold: true}), {text: ' '}, {text: item.meaning}],
				width,
				options,
			),
		);
	}
	lines.push(plainLine('', width, options));
	lines.push(
		fitLine([{text: '検索結果の印 · Result marks', bold: true, tone: 'accent'}], width, options),
	);
	for (const [sample, meaning] of MARK_LEGEND) {
		lines.push(...paragraph(meaning, width, options, pad(sample, keys + 1, 'left', options)));
	}
	lines.push(plainLine('', width, options));
	lines.push(
		fitLine(
			[{text: '数字の読み方 · Reading the figures', bold: true, tone: 'accent'}],
			width,
			options,
		),
	);
	for (const [sample, meaning] of FIGURE_LEGEND) {
		lines.push(...paragraph(meaning, width, options, pad(sample, keys + 1, 'left', options)));
	}
	lines.push(plainLine('', width, options));
	lines.push(
		fitLine([{text: '年度をまたぐ系譜 · Lineage', bold: true, tone: 'accent'}], width, options),
	);
	for (const [sample, meaning] of LINEAGE_LEGEND) {
		lines.push(...paragraph(meaning, width, options, pad(sample, keys + 1, 'left', options)));
	}
	return lines;
}

/** What the lineage words mean (README, "What became of each program"). */
export const LINEAGE_LEGEND: ReadonlyArray<readonly [string, string]> = [
	['継続', '同じ名称の事業 / the same program'],
	['名称変更', '概要が一致し名称が変わった事業 / the same program under a new name'],
	['統合', '後の年度の事業の一部として名がある / goes on as a named part of another'],
	['後継', '役割を引き継いだ別設計の事業 / another program took over its role'],
	['関連', '同じ分野の別の事業 / same topic, a different program'],
	['新規・終了', '前の・後の年度に対応する事業がない / no counterpart in that year'],
	['0.95', '確からしさ: 0.9以上は同じ事業と言える / score: 0.9+ is the same program'],
	[
		'系 継改統後',
		'一覧の印: 次の年度でどうなったか (最新年度は前の年度から) / the list: what it became next year (newest: where it came from)',
	],
	['系 新 終', '新規 (前の年度にない)・終了 (次の年度にない) / new; ended'],
];

/** What the list's and the detail's figures mean (README, "How numbers are read"). */
export const FIGURE_LEGEND: ReadonlyArray<readonly [string, string]> = [
	['91%', '指標が1つ: 実績 ÷ 計画 / one measure: actual ÷ plan'],
	[
		'25% 1/3',
		'指標が複数: 最も低い達成率、計画に届いた数/比較できた数 / lowest ratio; reached of compared',
	],
	['≈64%', '約・程度のついた数字から計算 / from an approximate figure'],
	['約2.9億', '約つきの金額。億・万の下の桁まで表示 / printed with 約; every digit down to 万'],
	['差 -25', '実績 − 計画 (マイナスは未達分) / actual − plan'],
	[
		'比較不可',
		'計画と実績が別のものを数えている (単位・対象・各回・期間・行為) / not the same measure',
	],
	[
		'(1件不明)',
		'金額の記載がない事業の数: 合計に含まれない / programs without an amount, not in the sum',
	],
];
