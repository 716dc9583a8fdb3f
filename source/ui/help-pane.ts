// The help overlay, generated from the key table so it can never drift from the keys.
import {BINDINGS, keysLabel} from '../keys/bindings.js';
import {QUERY_SYNTAX_HELP} from '../search/query.js';
import {cell, fitLine, type Line, plainLine} from './line.js';
import type {WidthOptions} from './text.js';

export function helpLines(width: number, options: WidthOptions): Line[] {
	const keys = 16;
	const ja = Math.max(10, Math.floor((width - keys - 2) * 0.55));
	const en = Math.max(0, width - keys - ja - 2);
	const lines: Line[] = [
		fitLine([{text: 'キー操作 · Keys', bold: true, tone: 'accent'}], width, options),
		plainLine('検索行にいる間は文字キーは入力になります (Esc/Tab で一覧へ)', width, options),
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
	return lines;
}
