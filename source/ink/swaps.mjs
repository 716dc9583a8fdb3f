// Ink's own modules that shuro bundles in their place (index.ts says why), read by both
// build.mjs (esbuild) and vitest.config.ts (vite), so the bundle and the UI tests render
// through the same patched modules. Checked against Ink 6.8.0.

/**
 * `request`, imported by Ink's `importer` (a file of ink/build/), resolves to `target`
 * (relative to the package root) instead.
 * @type {ReadonlyArray<{importer: string; request: string; target: string}>}
 */
export const INK_SWAPS = [
	{importer: 'renderer.js', request: './output.js', target: 'source/ink/output.ts'},
	{
		importer: 'squash-text-nodes.js',
		request: './sanitize-ansi.js',
		target: 'source/ink/sanitize.ts',
	},
	{
		importer: 'hooks/use-input.js',
		request: '../reconciler.js',
		target: 'source/ink/discrete-input.ts',
	},
];

/** What `string-width` resolves to for Ink and its helpers. */
export const INK_STRING_WIDTH = 'source/ink/string-width.ts';

/**
 * The packages of Ink's that import `string-width` (the bundle aliases it for every
 * importer; the tests, which compare with string-width itself, for these only).
 */
export const INK_MEASURERS = ['ink', 'widest-line', 'wrap-ansi', 'cli-truncate'];

/**
 * The swap for `request` from `importer` (a path), or undefined.
 * @param {string} request
 * @param {string | undefined} importer
 * @returns {string | undefined} the target, relative to the package root
 */
export function inkSwap(request, importer) {
	if (!importer) return undefined;
	const file = importer.replaceAll('\\', '/');
	return INK_SWAPS.find(
		(swap) => swap.request === request && file.endsWith(`/ink/build/${swap.importer}`),
	)?.target;
}
