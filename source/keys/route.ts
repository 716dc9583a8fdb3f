// The one place input is routed: a keypress, in the current state and on the current
// screen, becomes a reducer action and/or a side effect for the App to carry out.
import type {Program} from '../report/model.js';
import type {Step} from '../state/cursor.js';
import type {Action, ExplorerState, Mode, PillarFilter} from '../state/explorer.js';
import {assertNever} from '../state/explorer.js';
import type {RelatedEntry} from '../state/catalog.js';
import {sanitizeInput} from '../text/sanitize.js';
import {isTypedText, type KeyPress, resolveCommand, type Scope} from './bindings.js';

export type Effect = {type: 'copy'; program: Program} | {type: 'exportCsv'};

export type Routed = {action?: Action; effect?: Effect};

export function scopeOf(mode: Mode): Scope {
	return mode === 'browse' ? 'list' : mode;
}

/** What routing needs to know of the screen (ui/screen.ts builds it; routing never imports views). */
export type ScreenFacts = {
	/** Rows in the list the current mode moves through, and how many are in view. */
	nav: {count: number; view: number};
	/** The program the detail/compare view is about (or the list selection). */
	program: Program | null;
	related: readonly RelatedEntry[];
};

export type RouteContext = {
	state: ExplorerState;
	screen: ScreenFacts;
	/** The pillars the pillar view lists, in order. */
	pillars: readonly PillarFilter[];
	/** The screen is too small to use: only quitting works. */
	tooSmall: boolean;
};

export function route(input: string, key: KeyPress, context: RouteContext): Routed {
	const {state, screen} = context;
	const scope = scopeOf(state.mode);
	const command = resolveCommand(input, key, scope, {queryEmpty: state.query === ''});
	if (context.tooSmall) {
		// q too wherever it closes a view: behind this message there is no view to go back to.
		return command === 'quit' || command === 'forceQuit' || command === 'close'
			? {action: {type: 'quit'}}
			: {};
	}
	if (command === null) {
		if (scope === 'search' && isTypedText(input, key)) {
			const text = sanitizeInput(input);
			return text === '' ? {} : {action: {type: 'type', text}};
		}
		return {};
	}
	const id = screen.program?.id ?? null;
	const move = (step: Step): Routed => ({
		action: {type: 'move', step, count: screen.nav.count, view: screen.nav.view},
	});
	switch (command) {
		case 'cursorUp':
			return move('up');
		case 'cursorDown':
			return move('down');
		case 'pageUp':
			return move('pageUp');
		case 'pageDown':
			return move('pageDown');
		case 'halfPageUp':
			return move('halfPageUp');
		case 'halfPageDown':
			return move('halfPageDown');
		case 'first':
			return move('first');
		case 'last':
			return move('last');
		case 'open':
			return open(context);
		case 'back':
		case 'close':
			return {action: {type: 'back'}};
		case 'jump':
			return {action: {type: 'jump'}};
		case 'switchPane':
			return {action: {type: 'switchPane', id}};
		case 'focusSearch':
			return {action: {type: 'focusSearch'}};
		case 'compare':
			return {action: {type: 'compare', id}};
		case 'pillars':
			return {action: {type: 'pillars'}};
		case 'changes':
			return {action: {type: 'changes'}};
		case 'cycleYear':
			return {action: {type: 'cycleYear'}};
		case 'cycleSort':
			return {action: {type: 'cycleSort'}};
		case 'reverseSort':
			return {action: {type: 'reverseSort'}};
		case 'toggleBelowPlan':
			return {action: {type: 'toggleBelowPlan'}};
		case 'help':
			return {action: {type: 'help'}};
		case 'copy':
			return screen.program ? {effect: {type: 'copy', program: screen.program}} : {};
		case 'exportCsv':
			return {effect: {type: 'exportCsv'}};
		case 'quit':
		case 'forceQuit':
			return {action: {type: 'quit'}};
		case 'suspend':
			return {}; // done by the terminal layer before Ink reads the key (ink/key-input.ts)
		case 'editLeft':
			return {action: {type: 'edit', op: 'left'}};
		case 'editRight':
			return {action: {type: 'edit', op: 'right'}};
		case 'editHome':
			return {action: {type: 'edit', op: 'home'}};
		case 'editEnd':
			return {action: {type: 'edit', op: 'end'}};
		case 'editBackspace':
			return {action: {type: 'edit', op: 'backspace'}};
		case 'editDelete':
			return {action: {type: 'edit', op: 'delete'}};
		case 'editWordLeft':
			return {action: {type: 'edit', op: 'wordLeft'}};
		case 'editWordRight':
			return {action: {type: 'edit', op: 'wordRight'}};
		case 'editDeleteWordBack':
			return {action: {type: 'edit', op: 'deleteWordBack'}};
		case 'editKillToStart':
			return {action: {type: 'edit', op: 'killToStart'}};
		case 'editKillToEnd':
			return {action: {type: 'edit', op: 'killToEnd'}};
		default:
			return assertNever(command);
	}
}

function open({state, screen, pillars}: RouteContext): Routed {
	switch (state.mode) {
		case 'search':
		case 'browse':
			return screen.program ? {action: {type: 'openDetail', id: screen.program.id}} : {};
		case 'compare': {
			const entry = screen.related[state.compare.index];
			return entry ? {action: {type: 'openDetail', id: entry.program.id}} : {};
		}
		case 'pillars': {
			const entry = pillars[state.pillars.index];
			if (!entry) return {};
			const {fiscalYear, no, title} = entry;
			return {action: {type: 'openPillar', pillar: {fiscalYear, no, title}}};
		}
		case 'detail':
		case 'changes':
		case 'help':
			return {};
		default:
			return assertNever(state.mode);
	}
}
