// Renders the explorer full screen (alternate screen buffer) and resolves when the user quits.
import {render} from 'ink';
import {App} from './app.js';
import type {LoadIssue, Report} from './report/model.js';
import type {SearchEngine} from './search/types.js';
import {
	crashAfterRenderIfAsked,
	enterFullScreen,
	restoreTerminal,
	setTeardown,
} from './terminal.js';

export type ExplorerOptions = {
	reports: Report[];
	engine: SearchEngine;
	issues: LoadIssue[];
	query: string;
	years: number[];
	ambiguousWide: boolean;
};

export async function runExplorer(options: ExplorerOptions): Promise<void> {
	enterFullScreen();
	const instance = render(
		<App
			reports={options.reports}
			engine={options.engine}
			initialQuery={options.query}
			ambiguousWide={options.ambiguousWide}
		/>,
		{exitOnCtrlC: false, patchConsole: false, maxFps: 60},
	);
	// A signal or crash unmounts Ink while the alternate screen is still up.
	setTeardown(() => instance.unmount());
	crashAfterRenderIfAsked();
	try {
		await instance.waitUntilExit();
	} finally {
		instance.cleanup();
		restoreTerminal();
	}
}
