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
	/** Throttled (es-toolkit): a frame of the old layout may be waiting in either. */
	throttledLog: {cancel?: () => void};
	throttledOnRender?: {cancel?: () => void};
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
		ink.throttledLog.cancel?.();
		ink.throttledOnRender?.cancel?.();
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
	let pending: NodeJS.Timeout | undefined;
	const onResize = () => {
		if (ink.isUnmounted) return;
		// Before the size hook's own listener: its state update re-renders the tree for the
		// new size, and that frame, whenever React commits it, is written whole. Nothing is
		// drawn from the tree of the old size (Ink's own listener did, at once).
		forget();
		// Should no frame come (nothing re-rendered), draw the current one, late enough
		// that React has committed the new size. One for a storm of resizes.
		if (pending) clearTimeout(pending);
		pending = setTimeout(() => {
			pending = undefined;
			if (ink.lastOutput === '') draw();
		}, 100);
	};
	stdout.off('resize', ink.resized);
	stdout.prependListener('resize', onResize);
	return {
		repaint,
		stop: () => {
			if (pending) clearTimeout(pending);
			stdout.off('resize', onResize);
		},
	};
}
