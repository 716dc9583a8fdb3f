// The one table of keys. The input router asks it which command a keypress means, and the
// help overlay is rendered from it, so what the help says is what the keys do.
import type {Key} from 'ink';

export type Command =
	| 'cursorUp'
	| 'cursorDown'
	| 'pageUp'
	| 'pageDown'
	| 'first'
	| 'last'
	| 'open'
	| 'back'
	| 'switchPane'
	| 'focusSearch'
	| 'compare'
	| 'pillars'
	| 'changes'
	| 'cycleYear'
	| 'cycleSort'
	| 'reverseSort'
	| 'toggleBelowPlan'
	| 'help'
	| 'copy'
	| 'exportCsv'
	| 'quit'
	| 'forceQuit'
	| 'suspend'
	| 'editLeft'
	| 'editRight'
	| 'editHome'
	| 'editEnd'
	| 'editBackspace'
	| 'editDelete'
	| 'editClear';

/**
 * Where a binding applies. 'search' = the search line has focus: there printable keys are
 * typed into the query, so letter bindings never apply there (see `resolveCommand`).
 * 'list' = the result list has focus; 'detail', 'compare', 'pillars', 'help' are the views.
 */
export type Scope = 'search' | 'list' | 'detail' | 'compare' | 'pillars' | 'changes' | 'help';

export const ALL_SCOPES: readonly Scope[] = [
	'search',
	'list',
	'detail',
	'compare',
	'pillars',
	'changes',
	'help',
];
const VIEWS: readonly Scope[] = ['list', 'detail', 'compare', 'pillars', 'changes', 'help'];

/** A key: a named special key, or a character (with ctrl when `ctrl` is set). */
export type KeyPattern =
	| {
			special:
				| 'up'
				| 'down'
				| 'left'
				| 'right'
				| 'pageUp'
				| 'pageDown'
				| 'home'
				| 'end'
				| 'return'
				| 'escape'
				| 'tab'
				| 'backspace';
	  }
	| {char: string; ctrl?: boolean};

export type Binding = {
	command: Command;
	keys: readonly KeyPattern[];
	scopes: readonly Scope[];
	ja: string;
	en: string;
};

const up = {special: 'up'} as const;
const down = {special: 'down'} as const;
const ch = (char: string) => ({char});
const ctrl = (char: string) => ({char, ctrl: true});

export const BINDINGS: readonly Binding[] = [
	{
		command: 'cursorUp',
		keys: [up, ch('k'), ctrl('p')],
		scopes: ALL_SCOPES,
		ja: '上へ',
		en: 'Move up',
	},
	{
		command: 'cursorDown',
		keys: [down, ch('j'), ctrl('n')],
		scopes: ALL_SCOPES,
		ja: '下へ',
		en: 'Move down',
	},
	{
		command: 'pageUp',
		keys: [{special: 'pageUp'}, ctrl('b')],
		scopes: ALL_SCOPES,
		ja: '1ページ上へ',
		en: 'Page up',
	},
	{
		command: 'pageDown',
		keys: [{special: 'pageDown'}, ctrl('f')],
		scopes: ALL_SCOPES,
		ja: '1ページ下へ',
		en: 'Page down',
	},
	{
		command: 'first',
		keys: [ch('g'), {special: 'home'}],
		scopes: VIEWS,
		ja: '先頭へ',
		en: 'Go to first',
	},
	{
		command: 'last',
		keys: [ch('G'), {special: 'end'}],
		scopes: VIEWS,
		ja: '末尾へ',
		en: 'Go to last',
	},
	{
		command: 'open',
		keys: [{special: 'return'}],
		scopes: ['search', 'list', 'detail', 'compare', 'pillars'],
		ja: '開く(詳細・関連事業・柱の事業一覧)',
		en: 'Open (detail, related program, pillar)',
	},
	{
		command: 'back',
		keys: [{special: 'escape'}],
		scopes: ALL_SCOPES,
		ja: '戻る(一覧では検索語を消去)',
		en: 'Back (clears the query in the list)',
	},
	{
		command: 'switchPane',
		keys: [{special: 'tab'}],
		scopes: ['search', 'list', 'detail', 'compare'],
		ja: '切替: 検索行→一覧→詳細→年度比較',
		en: 'Switch pane: search → list → detail → years',
	},
	{
		command: 'focusSearch',
		keys: [ch('/')],
		scopes: VIEWS,
		ja: '検索行へ',
		en: 'Focus the search line',
	},
	{
		command: 'compare',
		keys: [ch('t')],
		scopes: ['list', 'detail', 'compare'],
		ja: '年度比較(同じ事業を年度ごとに)',
		en: 'Across years',
	},
	{
		command: 'pillars',
		keys: [ch('p')],
		scopes: ['list', 'detail', 'pillars'],
		ja: '柱ごとに見る',
		en: 'Browse by pillar',
	},
	{
		command: 'changes',
		keys: [ch('C')],
		scopes: ['list', 'detail', 'compare', 'pillars'],
		ja: '年度間の変化(終了・新規・名称変更・統合・後継)',
		en: 'What changed between the newest two years',
	},
	{
		command: 'cycleYear',
		keys: [ch('y')],
		scopes: ['list', 'pillars'],
		ja: '年度で絞り込み(全て→各年度)',
		en: 'Cycle year filter',
	},
	{
		command: 'cycleSort',
		keys: [ch('s')],
		scopes: ['list'],
		ja: '並び替え(関連度・予算・達成率・番号)',
		en: 'Cycle sort order',
	},
	{
		command: 'reverseSort',
		keys: [ch('S')],
		scopes: ['list'],
		ja: '並びを逆に(達成率: 低い順⇔高い順)',
		en: 'Reverse the sort',
	},
	{
		command: 'toggleBelowPlan',
		keys: [ch('u')],
		scopes: ['list'],
		ja: '未達のみ(計画に届かない指標がある事業)',
		en: 'Only programs below plan on any measure',
	},
	{command: 'help', keys: [ch('?')], scopes: VIEWS, ja: 'ヘルプ', en: 'Help'},
	{
		command: 'copy',
		keys: [ch('c')],
		scopes: ['list', 'detail', 'compare'],
		ja: '選択中の事業を1行でコピー(OSC 52)',
		en: 'Copy the program as one line (OSC 52)',
	},
	{
		command: 'exportCsv',
		keys: [ch('e')],
		scopes: ['list'],
		ja: '結果一覧をCSVに書き出し',
		en: 'Export the results as CSV',
	},
	{command: 'quit', keys: [ch('q')], scopes: VIEWS, ja: '終了', en: 'Quit'},
	{command: 'forceQuit', keys: [ctrl('c')], scopes: ALL_SCOPES, ja: '終了', en: 'Quit'},
	// Ctrl-z never reaches the router: the terminal layer stops the process on it, as the
	// line discipline would (terminal.ts, guardKeyInput). Listed here so the help shows it.
	{
		command: 'suspend',
		keys: [ctrl('z')],
		scopes: ALL_SCOPES,
		ja: '一時停止 (fg で再開)',
		en: 'Suspend (fg resumes)',
	},
	{
		command: 'editLeft',
		keys: [{special: 'left'}],
		scopes: ['search'],
		ja: 'カーソルを左へ',
		en: 'Cursor left',
	},
	{
		command: 'editRight',
		keys: [{special: 'right'}],
		scopes: ['search'],
		ja: 'カーソルを右へ',
		en: 'Cursor right',
	},
	{
		command: 'editHome',
		keys: [ctrl('a'), {special: 'home'}],
		scopes: ['search'],
		ja: '行頭へ',
		en: 'Start of line',
	},
	{
		command: 'editEnd',
		keys: [ctrl('e'), {special: 'end'}],
		scopes: ['search'],
		ja: '行末へ',
		en: 'End of line',
	},
	{
		command: 'editBackspace',
		keys: [{special: 'backspace'}, ctrl('h')],
		scopes: ['search'],
		ja: '1文字削除(前)',
		en: 'Delete character before cursor',
	},
	{
		command: 'editDelete',
		keys: [ctrl('d')],
		scopes: ['search'],
		ja: '1文字削除(後)',
		en: 'Delete character after cursor',
	},
	{
		command: 'editClear',
		keys: [ctrl('u')],
		scopes: ['search'],
		ja: '検索語を消去',
		en: 'Clear the query',
	},
];

export function matchesKey(pattern: KeyPattern, input: string, key: Key): boolean {
	if ('special' in pattern) {
		switch (pattern.special) {
			case 'up':
				return key.upArrow;
			case 'down':
				return key.downArrow;
			case 'left':
				return key.leftArrow;
			case 'right':
				return key.rightArrow;
			case 'pageUp':
				return key.pageUp;
			case 'pageDown':
				return key.pageDown;
			case 'home':
				return key.home;
			case 'end':
				return key.end;
			case 'return':
				return key.return;
			case 'escape':
				return key.escape;
			case 'tab':
				return key.tab && !key.shift;
			case 'backspace':
				// Most terminals send DEL (0x7f) for Backspace, which Ink reports as `delete`.
				return key.backspace || key.delete;
		}
	}
	if (Boolean(pattern.ctrl) !== key.ctrl) return false;
	return input === pattern.char;
}

/** A key that types text: not a control key, not a named key, not an escape sequence. */
export function isTypedText(input: string, key: Key): boolean {
	if (input === '' || key.ctrl || key.meta || key.escape || key.return || key.tab) return false;
	return !(key.backspace || key.delete);
}

/**
 * What a keypress means in a scope. In the search scope a printable key is text, never a
 * command, so `q` or `j` can be typed into a query; named and Ctrl keys still command.
 */
export function resolveCommand(input: string, key: Key, scope: Scope): Command | null {
	const typing = scope === 'search' && isTypedText(input, key);
	for (const binding of BINDINGS) {
		if (!binding.scopes.includes(scope)) continue;
		for (const pattern of binding.keys) {
			if (typing && 'char' in pattern && !pattern.ctrl) continue;
			if (matchesKey(pattern, input, key)) return binding.command;
		}
	}
	return null;
}

const SPECIAL_LABEL: Record<Extract<KeyPattern, {special: string}>['special'], string> = {
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	pageUp: 'PgUp',
	pageDown: 'PgDn',
	home: 'Home',
	end: 'End',
	return: 'Enter',
	escape: 'Esc',
	tab: 'Tab',
	backspace: 'Backspace',
};

export function keyLabel(pattern: KeyPattern): string {
	if ('special' in pattern) return SPECIAL_LABEL[pattern.special];
	return pattern.ctrl ? `Ctrl-${pattern.char}` : pattern.char;
}

/** Keys of a command for the help overlay and hints, e.g. '↑ k Ctrl-p'. */
export function keysLabel(binding: Binding): string {
	return binding.keys.map(keyLabel).join(' ');
}
