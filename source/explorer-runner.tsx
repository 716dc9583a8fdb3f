// Renders the explorer full screen (alternate screen buffer) and resolves when the user quits.
import chalk from 'chalk';
import {render} from 'ink';
import type {ColorWhen} from './cli-flags.js';
import type {FigureBook} from './figures/book.js';
import {crashAfterRenderIfAsked} from './ink/exit-guards.js';
import {installJobControl} from './ink/job-control.js';
import {guardKeyInput} from './ink/key-input.js';
import {installRepaints} from './ink/repaint.js';
import type {Screen} from './ink/screen.js';
import {type MouseEvent, parseSgrMouse} from './keys/mouse.js';
import {LiveApp} from './live-app.js';
import type {ReportStore} from './state/report-store.js';

export type ExplorerOptions = {
	store: ReportStore;
	/** The terminal's screen (the CLI's exit guards restore it on every way out). */
	screen: Screen;
	query: string;
	years: number[];
	ambiguousWide: boolean;
	/** never: no colour (tones dropped; bold and inverse stay); always: at least 16 colours. */
	color: ColorWhen;
	/** Mouse reports on (wheel, click); `--no-mouse` turns them off. */
	mouse: boolean;
	/** Figures worked out ahead, if any (cli.tsx's prepare()). */
	figures?: FigureBook;
};

export async function runExplorer(options: ExplorerOptions): Promise<void> {
	const {screen} = options;
	// chalk reads FORCE_COLOR and the terminal itself; `--color=always` (or FORCE_COLOR on
	// a terminal chalk thinks colourless) asks for colour anyway.
	if (options.color === 'always' && chalk.level === 0) chalk.level = 1;
	// A resize, or coming back from Ctrl-z, repaints the whole screen (ink/repaint.ts).
	let repaint = () => {};
	const stopJobControl = installJobControl(screen, () => repaint());
	screen.enter(options.mouse);
	// Mouse reports go from the key guard to the explorer, for as long as it runs.
	const mouseListeners = new Set<(event: MouseEvent) => void>();
	guardKeyInput(process.stdin, {
		onMouse: options.mouse
			? (sequence) => {
					const event = parseSgrMouse(sequence);
					if (event) for (const listener of mouseListeners) listener(event);
				}
			: undefined,
	});
	const subscribeMouse = (listener: (event: MouseEvent) => void) => {
		mouseListeners.add(listener);
		return () => {
			mouseListeners.delete(listener);
		};
	};
	const instance = render(
		<LiveApp
			store={options.store}
			initialQuery={options.query}
			{...(options.years.length === 1 ? {initialYear: options.years[0]} : {})}
			ambiguousWide={options.ambiguousWide}
			color={options.color !== 'never'}
			subscribeMouse={subscribeMouse}
			{...(options.figures ? {figures: options.figures} : {})}
		/>,
		// Incremental: a frame rewrites only the rows that changed (moving the selection
		// rewrites two rows, not 24), so less is written to the terminal per keystroke.
		{exitOnCtrlC: false, patchConsole: false, maxFps: 1000, incrementalRendering: true},
	);
	// A signal or crash unmounts Ink while the alternate screen is still up.
	screen.setTeardown(() => instance.unmount());
	const repaints = installRepaints(process.stdout);
	repaint = repaints.repaint;
	crashAfterRenderIfAsked();
	try {
		await instance.waitUntilExit();
	} finally {
		stopJobControl();
		repaints.stop();
		instance.cleanup();
		screen.restore();
	}
}
