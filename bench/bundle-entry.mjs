// Bundles a bench entry (bench/*-entry.ts) into a dist/ directory, next to the link
// worker the explorer starts, as one ES module (jsmigemo stays outside, as in the bin).
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles bench/`entry` into `outfile`. */
export const bundleEntry = (entry, outfile) =>
	build({
		entryPoints: [join(root, 'bench', entry)],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		minify: true,
		external: ['jsmigemo'],
		logLevel: 'warning',
		banner: {
			js: "import {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);",
		},
	});
