// Local copy of the search syntax shown in the help overlay.
// TODO(search): replace with `QUERY_SYNTAX_HELP` from source/search/query.ts once the search
// engineer lands it; it did not exist when the explorer was written.
export type SyntaxHelp = {example: string; ja: string; en: string};

export const QUERY_SYNTAX_HELP: readonly SyntaxHelp[] = [
	{
		example: 'テレワーク',
		ja: '事業名・概要・計画・実績を検索',
		en: 'Search names, summaries, plans, actuals',
	},
	{example: 'terewa-ku', ja: 'ローマ字でも検索できます', en: 'Romaji matches kana'},
	{
		example: '女性 再就職',
		ja: '空白区切りはすべてを含む',
		en: 'Space-separated words must all match',
	},
];
