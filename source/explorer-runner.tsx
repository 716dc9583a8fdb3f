// Renders the explorer full screen (alternate screen buffer) and resolves when the user quits.
import {render} from 'ink';
import {installRepaints} from './ink/repaint.js';
import {LiveApp} from './live-app.js';
import type {ReportStore} from './state/report-store.js';
import {
	crashAfterRenderIfAsked,
	enterFullScreen,
	guardKeyInput,
	installJobControl,
	restoreTerminal,
	setTeardown,
} from './terminal.js';

export type ExplorerOptions = {
	store: ReportStore;
	query: string;
	years: number[];
	ambiguousWide: boolean;
};

export async function runExplorer(options: ExplorerOptions): Promise<void> {
	// A resize, or coming back from Ctrl-z, repaints the whole screen (ink/repaint.ts).
	let repaint = () => {};
	const stopJobControl = installJobControl(() => repaint());
	enterFullScreen();
	guardKeyInput(process.stdin);
	const instance = render(
		<LiveApp
			store={options.store}
			initialQuery={options.query}
			{...(options.years.length === 1 ? {initialYear: options.years[0]} : {})}
			ambiguousWide={options.ambiguousWide}
		/>,
		// Incremental: a frame rewrites only the rows that changed (moving the selection
		// rewrites two rows, not 24), so less is written to the terminal per keystroke.
		{exitOnCtrlC: false, patchConsole: false, maxFps: 1000, incrementalRendering: true},
	);
	// A signal or crash unmounts Ink while the alternate screen is still up.
	setTeardown(() => instance.unmount());
	const repaints = installRepaints(process.stdout);
	repaint = repaints.repaint;
	crashAfterRenderIfAsked();
	try {
		await instance.waitUntilExit();
	} finally {
		stopJobControl();
		repaints.stop();
		instance.cleanup();
		restoreTerminal();
	}
}
