// Runs the built CLI (dist/cli.js, made by `npm run build` before the tests) as a child process.
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export function runCli(
	args: string[],
	options: {input?: string; env?: Record<string, string>} = {},
) {
	if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
	const result = spawnSync(process.execPath, [CLI, ...args], {
		encoding: 'utf8',
		input: options.input ?? '',
		env: {...process.env, NO_COLOR: '1', ...options.env},
		timeout: 30_000,
	});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}
