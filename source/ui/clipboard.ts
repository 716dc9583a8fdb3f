// Copying a program as one line: with the system's clipboard program when one is found,
// otherwise through the terminal (OSC 52), which works over SSH and in tmux (with
// set-clipboard on) but may also go nowhere, so the status says which was used.
import type * as ChildProcess from 'node:child_process';
import {accessSync, constants} from 'node:fs';
import {createRequire} from 'node:module';
import {delimiter, join} from 'node:path';
import type {ProgramFigures} from '../figures/program.js';
import type {Program} from '../report/model.js';
import {displayName} from '../report/model.js';
import {measureSummaries, moneyCompact, resultSummary} from '../figures/format.js';
import {sanitize} from '../text/sanitize.js';

// node:child_process is loaded on the first copy, not with the explorer: loading it (and
// the net, dgram and stream modules it pulls in) took ~3.5 ms of every start (issue 17).
const require = createRequire(import.meta.url);
const childProcess = () => require('node:child_process') as typeof ChildProcess;

/**
 * '女性再就職支援事業 · FY2024 No.14 · 予算 2.47億 (247百万円) · 指標 2 · 計画達成 0/2 · 最低 79% ·
 * 最高 91% · 飯田橋 受講人数 275名/年→250名 91% · 多摩 受講人数 150名/年→119名 79%': every
 * measure, never one standing for the program.
 */
export function copyLine(program: Program, figures: ProgramFigures): string {
	const parts = [
		sanitize(displayName(program)),
		`${program.body ? `${sanitize(program.body)} ` : ''}FY${program.fiscalYear} No.${program.no}`,
	];
	const printed = sanitize(program.budget.text).trim();
	const compact = moneyCompact(program);
	parts.push(`予算 ${compact}${printed && printed !== compact ? ` (${printed})` : ''}`);
	parts.push(resultSummary(figures.result));
	const measures = measureSummaries(figures);
	if (measures.length > 0) parts.push(...measures);
	else {
		const plan = sanitize(program.plan.text).trim();
		const actual = sanitize(program.actual.text).trim();
		if (plan || actual) parts.push(`計画 ${plan || '—'} → 実績 ${actual || '—'}`);
	}
	return parts.join(' · ');
}

/** The OSC 52 "set clipboard" sequence for `text` (UTF-8, base64). */
export function osc52(text: string): string {
	return `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}

/** How a copy went: through a clipboard program, or only sent to the terminal (OSC 52). */
export type CopyVia = 'wl-copy' | 'xclip' | 'xsel' | 'pbcopy' | 'clip.exe' | 'osc52';

type Tool = {
	via: Exclude<CopyVia, 'osc52'>;
	args: string[];
	/** Whether the tool can work here (a display to copy to, the right system). */
	usable: (env: NodeJS.ProcessEnv, platform: NodeJS.Platform) => boolean;
};

/** Tried in this order; the first one found on the PATH that works is used. */
export const CLIPBOARD_TOOLS: readonly Tool[] = [
	{via: 'wl-copy', args: [], usable: (env) => Boolean(env.WAYLAND_DISPLAY)},
	{via: 'xclip', args: ['-selection', 'clipboard'], usable: (env) => Boolean(env.DISPLAY)},
	{via: 'xsel', args: ['--clipboard', '--input'], usable: (env) => Boolean(env.DISPLAY)},
	{via: 'pbcopy', args: [], usable: (_env, platform) => platform === 'darwin'},
	// Windows, and WSL (where clip.exe is on the PATH of a Linux shell).
	{via: 'clip.exe', args: [], usable: () => true},
];

/** The executable `name` on `env.PATH`, or null. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv): string | null {
	for (const dir of (env.PATH ?? '').split(delimiter)) {
		if (!dir) continue;
		const path = join(dir, name);
		try {
			accessSync(path, constants.X_OK);
			return path;
		} catch {
			// not here
		}
	}
	return null;
}

export type CopyOptions = {
	/** Writes the OSC 52 sequence to the terminal (the fallback). */
	writeOsc52: (sequence: string) => void;
	env?: NodeJS.ProcessEnv;
	platform?: NodeJS.Platform;
};

/**
 * Copies `text` with the first clipboard program found (wl-copy, xclip, xsel, pbcopy,
 * clip.exe), and otherwise sends it to the terminal as OSC 52, which may or may not reach
 * a clipboard (tmux drops it unless set-clipboard is on): the caller says which it was.
 */
export function copyToClipboard(text: string, options: CopyOptions): CopyVia {
	const env = options.env ?? process.env;
	const platform = options.platform ?? process.platform;
	for (const tool of CLIPBOARD_TOOLS) {
		if (!tool.usable(env, platform)) continue;
		const path = findOnPath(tool.via, env);
		if (!path) continue;
		// Output ignored, not piped: wl-copy and xclip stay behind to serve the clipboard,
		// and a pipe they hold would keep this call waiting for them.
		const run = childProcess().spawnSync(path, tool.args, {
			input: text,
			env,
			stdio: ['pipe', 'ignore', 'ignore'],
			timeout: 3000,
		});
		if (run.status === 0) return tool.via;
	}
	options.writeOsc52(osc52(text));
	return 'osc52';
}

/** The status line's words for a copy. */
export function copyStatus(via: CopyVia, line: string): string {
	return via === 'osc52'
		? `端末へ送信しました (OSC 52、クリップボードに届くかは端末次第): ${line}`
		: `コピーしました (${via}): ${line}`;
}
