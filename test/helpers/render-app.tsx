// Rendering the App in a fake terminal, pressing keys by name, and waiting for frames.
import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink-testing-library';
import {App, type AppProps} from '../../source/app.js';
import {reports as fixtureReports} from './fixtures.js';
import {allPrograms, createSimpleEngine} from './simple-engine.js';

export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	home: '\u001B[H',
	end: '\u001B[F',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	backspace: '\u007F',
	ctrlC: '\u0003',
	ctrlN: '\u000E',
	ctrlP: '\u0010',
} as const;

export type Harness = ReturnType<typeof renderApp>;

export function renderApp(props: Partial<AppProps> & {width?: number; height?: number} = {}) {
	const reports = props.reports ?? fixtureReports;
	const engine = props.engine ?? createSimpleEngine(allPrograms(reports));
	const element = (more: Partial<AppProps> = {}) => (
		<App
			reports={reports}
			engine={engine}
			width={80}
			height={24}
			writeClipboard={() => {}}
			{...props}
			{...more}
		/>
	);
	const instance = render(element());
	/** Renders the app again with some props changed (as its parent would). */
	const rerenderWith = (more: Partial<AppProps>) => instance.rerender(element(more));
	// The fake stdout reports 100 columns; make Ink lay out at the size under test.
	const width = props.width ?? 80;
	const height = props.height ?? 24;
	Object.defineProperty(instance.stdout, 'columns', {value: width, configurable: true});
	Object.defineProperty(instance.stdout, 'rows', {value: height, configurable: true});
	instance.stdout.emit('resize');
	const frame = () => stripVTControlCharacters(instance.lastFrame() ?? '');
	/** Resolves once `predicate(frame)` holds; fails with the last frame after `timeout` ms. */
	const waitFor = async (
		predicate: (frame: string) => boolean,
		timeout = 2000,
	): Promise<string> => {
		const started = Date.now();
		for (;;) {
			const current = frame();
			if (predicate(current)) return current;
			if (Date.now() - started > timeout) {
				throw new Error(`Timed out waiting; last frame:\n${current}`);
			}
			await new Promise((resolve) => setTimeout(resolve, 5));
		}
	};
	/** Press a key and wait until the frame changes (or `until` holds). */
	const press = async (input: string, until?: (frame: string) => boolean): Promise<string> => {
		const before = instance.lastFrame();
		instance.stdin.write(input);
		return waitFor(until ?? (() => instance.lastFrame() !== before));
	};
	/** Type text one key at a time, waiting for each echo. */
	const type = async (text: string): Promise<string> => {
		let last = frame();
		for (const char of text) last = await press(char);
		return last;
	};
	return {...instance, frame, waitFor, press, type, rerenderWith};
}
