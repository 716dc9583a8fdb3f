// The one table of keys. The input router asks it which command a keypress means, and the
// help overlay is rendered from it, so what the help says is what the keys do.
import type {Key} from 'ink';

/** Ink's key, plus what Ink does not name: F1 (read from the raw input, ink/function-keys.ts). */
export type KeyPress = Key & {f1?: boolean};

export type Command =
	| 'cursorUp'
	| 'cursorDown'
	| 'pageUp'
	| 'pageDown'
	| 'halfPageUp'
	| 'halfPageDown'
	| 'first'
	| 'last'
	| 'open'
	| 'back'
	| 'close'
	| 'jump'
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
	| 'editWordLeft'
	| 'editWordRight'
	| 'editHome'
	| 'editEnd'
	| 'editDeleteWordBack'
	| 'editBackspace'
	| 'editDelete'
	| 'editKillToStart'
	| 'editKillToEnd';

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
				| 'backspace'
				| 'f1';
			/** With Alt (meta): Alt-Backspace. */
			meta?: boolean;
	  }
	| {
			char: string;
			ctrl?: boolean;
			/** Alt-b: Alt (meta) held, or Esc then the letter. */
			meta?: boolean;
			/**
			 * On the search line a character is typed, not a command, except this one
			 * while the line is empty (`?` opens the help at start; `a?` is a query).
			 */
			onEmptyLine?: boolean;
	  };

export type Binding = {
	command: Command;
	keys: readonly KeyPattern[];
	scopes: readonly Scope[];
	ja: string;
	en: string;
};

/** What the help and the README say about a key that matters only in some places. */
export type ResolveContext = {
	/** The query is empty (`?` then opens the help from the search line). */
	queryEmpty?: boolean;
};

const up = {special: 'up'} as const;
const down = {special: 'down'} as const;
const ch = (char: string) => ({char});
const ctrl = (char: string) => ({char, ctrl: true});
const alt = (char: string) => ({char, meta: true});

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
		// b and Space as in less; on the search line they are typed.
		keys: [{special: 'pageUp'}, ctrl('b'), ch('b')],
		scopes: ALL_SCOPES,
		ja: '1ページ上へ',
		en: 'Page up',
	},
	{
		command: 'pageDown',
		keys: [{special: 'pageDown'}, ctrl('f'), ch(' ')],
		scopes: ALL_SCOPES,
		ja: '1ページ下へ',
		en: 'Page down',
	},
	{
		// Not on the search line, where Ctrl-u and Ctrl-d edit the line as in readline.
		command: 'halfPageUp',
		keys: [ctrl('u')],
		scopes: VIEWS,
		ja: '半ページ上へ',
		en: 'Half a page up',
	},
	{
		command: 'halfPageDown',
		keys: [ctrl('d')],
		scopes: VIEWS,
		ja: '半ページ下へ',
		en: 'Half a page down',
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
		ja: '戻る(一覧では検索語を消去、検索語が空なら終了)',
		en: 'Back (clears the query; quits when it is empty)',
	},
	{
		command: 'close',
		keys: [ch('q')],
		scopes: ['detail', 'compare', 'pillars', 'changes', 'help'],
		ja: '閉じて戻る',
		en: 'Close this view and go back',
	},
	{
		command: 'jump',
		keys: [ch(':')],
		scopes: VIEWS,
		ja: '事業番号へ (:23 Enter)',
		en: 'Jump to a report number (:23 Enter)',
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
	{
		command: 'help',
		keys: [{char: '?', onEmptyLine: true}, {special: 'f1'}],
		scopes: ALL_SCOPES,
		ja: 'ヘルプ (検索行では空のとき ?)',
		en: 'Help (? on the search line when it is empty)',
	},
	{
		command: 'copy',
		keys: [ch('c')],
		scopes: ['list', 'detail', 'compare'],
		ja: '選択中の事業を1行でコピー',
		en: 'Copy the program as one line',
	},
	{
		command: 'exportCsv',
		keys: [ch('e')],
		scopes: ['list'],
		ja: '結果一覧をCSVに書き出し',
		en: 'Export the results as CSV',
	},
	{command: 'quit', keys: [ch('q')], scopes: ['list'], ja: '終了', en: 'Quit'},
	{command: 'forceQuit', keys: [ctrl('c')], scopes: ALL_SCOPES, ja: '終了', en: 'Quit'},
	// Ctrl-z never reaches the router: the terminal layer stops the process on it, as the
	// line discipline would (ink/key-input.ts, guardKeyInput). Listed here so the help shows it.
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
		command: 'editWordLeft',
		keys: [alt('b')],
		scopes: ['search'],
		ja: '1語左へ',
		en: 'Word left',
	},
	{
		command: 'editWordRight',
		keys: [alt('f')],
		scopes: ['search'],
		ja: '1語右へ',
		en: 'Word right',
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
		// Before editBackspace: Alt-Backspace is Backspace with Alt.
		command: 'editDeleteWordBack',
		keys: [ctrl('w'), {special: 'backspace', meta: true}],
		scopes: ['search'],
		ja: '1語削除(前)',
		en: 'Delete the word before the cursor',
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
		command: 'editKillToStart',
		keys: [ctrl('u')],
		scopes: ['search'],
		ja: '行頭まで削除',
		en: 'Delete to the start of the line',
	},
	{
		command: 'editKillToEnd',
		keys: [ctrl('k')],
		scopes: ['search'],
		ja: '行末まで削除',
		en: 'Delete to the end of the line',
	},
];

export function matchesKey(pattern: KeyPattern, input: string, key: KeyPress): boolean {
	if ('special' in pattern) {
		if (pattern.meta && !key.meta) return false;
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
			case 'f1':
				return key.f1 === true;
		}
	}
	if (Boolean(pattern.ctrl) !== key.ctrl) return false;
	if (Boolean(pattern.meta) !== key.meta) return false;
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
export function resolveCommand(
	input: string,
	key: KeyPress,
	scope: Scope,
	context: ResolveContext = {},
): Command | null {
	const typing = scope === 'search' && isTypedText(input, key);
	for (const binding of BINDINGS) {
		if (!binding.scopes.includes(scope)) continue;
		for (const pattern of binding.keys) {
			if (typing && !applies(pattern, scope, context)) continue;
			if (matchesKey(pattern, input, key)) return binding.command;
		}
	}
	return null;
}

/** Whether a key pattern is a command in `scope` (on the search line, characters are text). */
function applies(pattern: KeyPattern, scope: Scope, context: ResolveContext): boolean {
	if (scope !== 'search' || !('char' in pattern) || pattern.ctrl || pattern.meta) return true;
	return pattern.onEmptyLine === true && context.queryEmpty === true;
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
	f1: 'F1',
};

export function keyLabel(pattern: KeyPattern): string {
	if ('special' in pattern) return `${pattern.meta ? 'Alt-' : ''}${SPECIAL_LABEL[pattern.special]}`;
	const char = pattern.char === ' ' ? 'Space' : pattern.char;
	return pattern.ctrl ? `Ctrl-${char}` : pattern.meta ? `Alt-${char}` : char;
}

/** Keys of a command for the help overlay and hints, e.g. '↑ k Ctrl-p'. */
export function keysLabel(binding: Binding): string {
	return binding.keys.map(keyLabel).join(' ');
}

/** A binding by its command (every command has one: test/keys/bindings.test.ts). */
export function bindingOf(command: Command): Binding {
	const binding = BINDINGS.find((b) => b.command === command);
	if (!binding) throw new Error(`no binding for ${command}`);
	return binding;
}

/** The first key of `command` that works in `scope` now: what a hint names. */
export function keyFor(command: Command, scope: Scope, context: ResolveContext = {}): string {
	const binding = bindingOf(command);
	const pattern = binding.keys.find((p) => applies(p, scope, context)) ?? binding.keys[0];
	return pattern ? keyLabel(pattern) : '';
}

/** One hint of the status line: the keys of some commands and what they do there. */
export type Hint = {commands: readonly Command[]; ja: string};

/**
 * The status line's hints for each place, most useful first. Words are the place's own
 * ("Tab 一覧へ" on the search line, "Tab 年度比較" in the detail); the keys come from the
 * table above, so a changed key changes its hint.
 */
export const HINTS: Record<Scope, readonly Hint[]> = {
	search: [
		{commands: ['switchPane'], ja: '一覧へ'},
		{commands: ['help'], ja: 'ヘルプ'},
		{commands: ['forceQuit'], ja: '終了'},
	],
	list: [
		{commands: ['help'], ja: 'ヘルプ'},
		{commands: ['jump'], ja: '番号'},
		{commands: ['quit'], ja: '終了'},
	],
	detail: [
		{commands: ['cursorUp', 'cursorDown'], ja: 'スクロール'},
		{commands: ['switchPane'], ja: '年度比較'},
		{commands: ['close', 'back'], ja: '戻る'},
	],
	compare: [
		{commands: ['open'], ja: '関連事業へ'},
		{commands: ['close', 'back'], ja: '戻る'},
	],
	pillars: [
		{commands: ['open'], ja: '一覧'},
		{commands: ['close', 'back'], ja: '戻る'},
	],
	changes: [
		{commands: ['cursorUp', 'cursorDown', 'pageDown'], ja: 'スクロール'},
		{commands: ['close', 'back'], ja: '戻る'},
	],
	help: [
		{commands: ['cursorUp', 'cursorDown', 'pageDown'], ja: 'スクロール'},
		{commands: ['close', 'back'], ja: '閉じる'},
	],
};

/** ' · Tab 一覧へ · ? ヘルプ · Ctrl-c 終了': the hints of `scope`, from the key table. */
export function hintText(scope: Scope, context: ResolveContext = {}): string {
	return HINTS[scope]
		.map((hint) => {
			const keys = hint.commands.map((c) => keyFor(c, scope, context)).join('/');
			return ` · ${keys} ${hint.ja}`;
		})
		.join('');
}
