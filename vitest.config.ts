import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import type {Plugin} from 'vite';
import {defineConfig} from 'vitest/config';
import {INK_MEASURERS, INK_STRING_WIDTH, inkSwap} from './source/ink/swaps.mjs';

/** Run through vite (not node's loader), so that the swaps below apply to them. */
const INLINED = [...INK_MEASURERS, 'ink-testing-library'];

/**
 * The UI tests render through the same patched Ink modules as the bundle (build.mjs):
 * Ink's frame buffer and sanitiser swapped for source/ink/'s, and Ink measuring with
 * shuro's remembered widths (test/ink/patched-ink.test.tsx holds it).
 */
const inkSwaps: Plugin = {
	name: 'ink-swaps',
	enforce: 'pre',
	resolveId(request, importer) {
		const target = inkSwap(request, importer);
		if (target) return resolve(target);
		const measurer = INK_MEASURERS.some((name) => importer?.includes(`/node_modules/${name}/`));
		if (request === 'string-width' && measurer) return resolve(INK_STRING_WIDTH);
		return undefined;
	},
	// Ink's source maps name sources it does not ship: vite would warn once per module.
	load(id) {
		if (!INLINED.some((name) => id.includes(`/node_modules/${name}/`))) return undefined;
		return readFileSync(id, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
	},
};

export default defineConfig({
	plugins: [inkSwaps],
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		testTimeout: 30_000,
		pool: 'forks',
		// Through vite, not node's own loader, so the swaps above apply to Ink's modules
		// (ink-testing-library too: it must render with the same Ink as the App).
		server: {deps: {inline: INLINED}},
	},
});
