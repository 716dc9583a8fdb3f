// Full repaints of the explorer's screen: after a resize and after a suspend (issue 19).
// Checked against Ink 6.8.0 (ink/build/ink.js, log-update.js, instances.js).
//
// Why: Ink redraws after a resize by moving the cursor relative to where its last frame
// ended, and at once, from the tree laid out for the old size. A frame as wide as the old
// terminal wraps in a narrower one and scrolls the top rows (the search line) away; the
// relative moves then land on the wrong rows, so stale rows stay until keys repaint. On
// the alternate screen shuro owns the whole screen, so a resize clears it, forgets the
// last frame and lets the next frame, laid out for the new size, be written whole from
// the top-left corner.
import instances from '../../node_modules/ink/build/instances.js';

/** The parts of Ink's instance a full repaint needs (private in Ink's typings). */
type InkInternals = {
	log: {sync(text: string): void};
	lastOutput: string;
	lastOutputToRender: string;
	lastOutputHeight: number;
	lastTerminalWidth: number;
	resized: () => void;
	calculateLayout(): void;
	onRender(): void;
	isUnmounted: boolean;
};

const HOME_AND_CLEAR = '\u001B[H\u001B[2J';

/**
 * Takes over Ink's resize handling for `stdout` and returns `repaint`, which clears the
 * screen and draws the current frame whole. The caller's size hook (use-terminal-size.ts)
 * still re-renders the tree for the new size; the frame it makes is written whole.
 */
export function installRepaints(stdout: NodeJS.WriteStream): {
	repaint: () => void;
	stop: () => void;
} {
	const ink = instances.get(stdout) as unknown as InkInternals | undefined;
	if (!ink) return {repaint: () => {}, stop: () => {}};
	/** Forgets the last frame, so the next one is written whole, from the top-left corner. */
	const forget = () => {
		stdout.write(HOME_AND_CLEAR);
		ink.log.sync('');
		ink.lastOutput = '';
		ink.lastOutputToRender = '';
		ink.lastOutputHeight = 0;
		ink.lastTerminalWidth = stdout.columns;
	};
	const draw = () => {
		if (ink.isUnmounted) return;
		ink.calculateLayout();
		ink.onRender();
	};
	const repaint = () => {
		if (ink.isUnmounted) return;
		forget();
		draw();
	};
	let pending: NodeJS.Immediate | undefined;
	const onResize = () => {
		if (ink.isUnmounted) return;
		forget();
		// The tree is re-rendered for the new size before this runs (a state update from
		// the size hook's own 'resize' listener); if that changed nothing on screen, no
		// frame came: draw the current one. One draw for a storm of resizes.
		if (pending) clearImmediate(pending);
		pending = setImmediate(() => {
			pending = undefined;
			if (ink.lastOutput === '') draw();
		});
	};
	stdout.off('resize', ink.resized);
	stdout.on('resize', onResize);
	return {
		repaint,
		stop: () => {
			if (pending) clearImmediate(pending);
			stdout.off('resize', onResize);
		},
	};
}
