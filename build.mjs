// Bundles source/cli.tsx into minified chunks that dist/cli.js (source/start/bin.ts) runs
// as scripts with V8's code cache (issue 17): start-up is dominated by loading and
// compiling code, so few files, compiled once.
import {
	chmodSync,
	copyFileSync,
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import {execFileSync, spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {createRequire} from 'node:module';
import {pathToFileURL} from 'node:url';
import {basename, join, resolve, sep} from 'node:path';
import {build, transform} from 'esbuild';
import {INK_STRING_WIDTH, INK_SWAPS, inkSwap} from './source/ink/swaps.mjs';
import {launcher, startCommand} from './source/start/launcher.mjs';

const out = 'dist/cli.js';
const require = createRequire(import.meta.url);

function newestSource(dir) {
	let newest = 0;
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		const stat = statSync(path);
		newest = Math.max(newest, stat.isDirectory() ? newestSource(path) : stat.mtimeMs);
	}
	return newest;
}

const linkWorker = 'dist/link-worker.js';
const app = 'dist/main.js';

const synonyms = 'dist/synonyms.txt';

// `npm start` is `node build.mjs --if-needed --start [ARGS]`: the bin, run once it is
// built, with the arguments after --start. npm runs scripts with cmd.exe on Windows, which
// cannot run `./dist/cli.js`, so the script names no shell syntax.
const startAt = process.argv.indexOf('--start');
const options = startAt < 0 ? process.argv : process.argv.slice(0, startAt);

/** Runs the bin as a user's shell would (launcher.mjs, startCommand), and exits as it did. */
function start() {
	const {command, args} = startCommand(resolve(out), process.argv.slice(startAt + 1));
	const child = spawnSync(command, args, {stdio: 'inherit'});
	if (child.error) {
		console.error(`shuro: cannot run ${command}: ${child.error.message}`);
		process.exit(1);
	}
	if (child.signal) process.kill(process.pid, child.signal);
	process.exit(child.status ?? 1);
}

if (
	options.includes('--if-needed') &&
	existsSync(out) &&
	existsSync(app) &&
	existsSync(linkWorker) &&
	existsSync(synonyms)
) {
	if (statSync(out).mtimeMs >= Math.max(newestSource('source'), statSync('package.json').mtimeMs)) {
		chmodSync(out, 0o755);
		if (startAt >= 0) start();
		process.exit(0);
	}
}

// Ink's own modules that source/ink/ stands in for (source/ink/swaps.mjs, read by
// vitest.config.ts too): its frame buffer (source/ink/output.ts, which keeps Ink's own
// for what it does not draw faster itself) and its sanitiser (source/ink/sanitize.ts
// answers shuro's rows, colour codes only, with one regex search).
const inkSwaps = {
	name: 'ink-swaps',
	setup(b) {
		const requests = INK_SWAPS.map((swap) => swap.request.replaceAll('.', '\\.'));
		b.onResolve({filter: new RegExp(`^(?:${requests.join('|')})$`)}, (args) => {
			const target = inkSwap(args.path, args.importer);
			if (!target) return undefined;
			patched.add(`ink-swap ${target}`);
			return {path: resolve(target)};
		});
	},
};

// string-width compiles large Unicode regexes when its module loads and again on first
// use (~35 ms). source/text/width-cache.ts answers most text without it (fast-width.ts), so
// the bundle evaluates string-width only when a string first needs it, not at start-up.
const lazyStringWidth = {
	name: 'lazy-string-width',
	setup(b) {
		b.onResolve({filter: /string-width\/index\.js$/}, (args) => {
			if (!args.importer.endsWith(`${sep}text${sep}width-cache.ts`)) return undefined;
			patched.add('lazy-string-width');
			return {path: resolve(args.resolveDir, args.path), namespace: 'lazy-string-width'};
		});
		b.onLoad({filter: /.*/, namespace: 'lazy-string-width'}, (args) => ({
			resolveDir: resolve('.'),
			contents: `let measure;
export default function lazyStringWidth(text, options) {
	measure ??= require(${JSON.stringify(args.path)}).default;
	return measure(text, options);
}`,
		}));
	},
};

/**
 * Replaces one exact piece of a dependency's file as it is bundled, for start-up (issue
 * 17). If the piece is not found (the dependency changed), the build warns and bundles
 * the file unchanged: slower, never broken.
 */
const patched = new Set();
const patchText = (name, file, pieces) => ({
	name,
	setup(b) {
		b.onLoad({filter: file}, (args) => {
			let source = readFileSync(args.path, 'utf8');
			for (const [from, to] of pieces) {
				if (!source.includes(from)) {
					console.warn(`build.mjs: ${name}: ${args.path} changed; left as it is`);
					return undefined;
				}
				source = source.replace(from, to);
			}
			patched.add(name);
			return {contents: source, loader: 'js'};
		});
	},
});

// meow's bundled dependencies normalise package.json eagerly when the module loads:
// normalize-package-data builds semver's regexes, hosted-git-info's tables and sorts
// spdx-correct's list with localeCompare (ICU's collator), ~10 ms of every start-up.
// meow calls it only when `cli.pkg` is read, which shuro never does; this defers the
// set-up to that call. Checked against meow 14.1.0.
const lazyMeowNormalize = patchText('lazy-meow-normalize', /meow[\\/]build[\\/]dependencies\.js$/, [
	[
		'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);',
		'const normalizePackageData = (...a) => getDefaultExportFromCjs(requireNormalize())(...a);',
	],
	// Babel's code frame (with picocolors, which reads the terminal and the environment
	// when it loads) is made for a package.json that does not parse, not at start-up.
	[
		'var libExports = requireLib$1();',
		'var libExports = {codeFrameColumns: (...a) => requireLib$1().codeFrameColumns(...a)};',
	],
	// camelcase and decamelize (meow's flag names) match Unicode letter classes, and V8
	// compiles such a regex on its first use in every process (~2 ms for meow's, from a
	// snapshot too). Flag names are ASCII: ASCII classes that match the same there.
	[
		'const postProcess = (input, toUpperCase, {capitalizeAfterNumber}) => {',
		'const ASCII_ONLY = /^[\\x00-\\x7F]*$/;\nconst postProcess = (input, toUpperCase, {capitalizeAfterNumber}) => {\n\tconst ascii = ASCII_ONLY.test(input);',
	],
	[
		'\t\t.replaceAll(NUMBERS_AND_IDENTIFIER, transformNumericIdentifier)',
		'\t\t.replaceAll(ascii ? /\\d+([A-Za-z0-9_]|$)/g : NUMBERS_AND_IDENTIFIER, transformNumericIdentifier)',
	],
	[
		'\t\t\tSEPARATORS_AND_IDENTIFIER,\n',
		'\t\t\tascii ? /[_.\\- ]+([A-Za-z0-9_]|$)/g : SEPARATORS_AND_IDENTIFIER,\n',
	],
	[
		'\tconst decamelized = text.replace(\n\t\t/([\\p{Lowercase_Letter}\\d])(\\p{Uppercase_Letter})/gu,',
		'\tconst ascii = ASCII_ONLY.test(text);\n\tconst decamelized = text.replace(\n\t\tascii ? /([a-z\\d])([A-Z])/g : /([\\p{Lowercase_Letter}\\d])(\\p{Uppercase_Letter})/gu,',
	],
	[
		'\t\t\t/(\\p{Uppercase_Letter})(\\p{Uppercase_Letter}\\p{Lowercase_Letter}+)/gu,',
		'\t\t\tascii ? /([A-Z])([A-Z][a-z]+)/g : /(\\p{Uppercase_Letter})(\\p{Uppercase_Letter}\\p{Lowercase_Letter}+)/gu,',
	],
	// A bundled helper's top level calls promisify(execFile) and drops the result, which
	// loads node:child_process (and net, dgram and streams with it): ~3.5 ms.
	["import { execFile } from 'node:child_process';", ''],
	['\npromisify(execFile);\n', '\n'],
]);

// terminal-size (Ink's) asks `tput` and `stty` through child_process only when stdout
// does not know its size; child_process is loaded when that happens, not with Ink (~3.5
// ms). Checked against terminal-size 4.0.1 (Ink 6.8.0).
const lazyTerminalSizeChildProcess = patchText(
	'lazy-terminal-size-child-process',
	/terminal-size[\\/]index\.js$/,
	[
		[
			"import {execFileSync} from 'node:child_process';",
			"const execFileSync = (...a) => require('node:child_process').execFileSync(...a);",
		],
	],
);

// yoga-layout's index.js awaits its WebAssembly at the top level (`wrapAssembly(await
// loadYoga())`), which keeps the explorer an ES module, and Node 20 keeps no compiled code
// of ES modules. Node may compile and instantiate a module of any size synchronously, so
// yoga's Emscripten loader does that before it would fetch or await anything, and the
// index takes the module object it fills in (loadYoga's promise is resolved already).
// The base64 is decoded by Buffer (yoga's own loop over atob took 6–15 ms). Checked
// against yoga-layout 3.2.1 (Ink 6.8.0).
const syncYoga = [
	patchText('sync-yoga-instantiate', /yoga-wasm-base64-esm\.js$/, [
		[
			'if(h.instantiateWasm)try{',
			'{const m=new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(H.slice(37),"base64")),d);a(m);return m.exports}if(h.instantiateWasm)try{',
		],
	]),
	patchText('sync-yoga-index', /yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/, [
		[
			'const Yoga = wrapAssembly(await loadYoga());\nexport default Yoga;',
			`const makeYoga = () => wrapAssembly((() => {
	const module = {};
	loadYoga(module);
	if (!module.calledRun) throw new Error('yoga-layout did not load synchronously');
	return module;
})());
// A startup snapshot cannot hold WebAssembly (node's snapshot maker has none): when one is
// made, yoga is made as it is read (source/start/bin.ts runs these hooks; issue 17).
let Yoga;
if (globalThis.__shuroSnapshotRefresh) globalThis.__shuroSnapshotRefresh.push(() => { Yoga = makeYoga(); });
else Yoga = makeYoga();
export {Yoga as default};`,
		],
	]),
];

// Ink's reconciler awaits its devtools and its package.json at the top level when
// DEV=true. shuro bundles no devtools (react-devtools-core is a stub, so DEV=true could
// only warn), and the top-level await would keep the explorer an ES module; so the
// DEV=true branch is dropped, and with it `ws` (49 kB). Checked against Ink 6.8.0.
const inkWithoutTopLevelAwait = patchText(
	'ink-without-top-level-await',
	/ink[\\/]build[\\/]reconciler\.js$/,
	[
		["await import('./devtools.js');", '/* devtools: not bundled (build.mjs) */'],
		['? await loadPackageJson()', '? {name: undefined, version: undefined}'],
	],
);

// Two of Ink's dependencies make an Intl.Segmenter when their modules load. The first one
// made loads ICU's break rules (~8 ms), and shuro's first frame segments nothing (its
// rows take source/ink/output.ts's path), so both are made on first use instead.
// Checked against slice-ansi 8.0.0 and @alcalzone/ansi-tokenize 0.2.5 (Ink 6.8.0), which
// only call the segmenter's segment().
const lazySegmenter = (name) =>
	`{segment: (text) => (${name}Made ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'})).segment(text)}`;
const lazyInkSegmenters = [
	patchText('lazy-slice-ansi-segmenter', /slice-ansi[\\/]tokenize-ansi\.js$/, [
		[
			"const GRAPHEME_SEGMENTER = new Intl.Segmenter(undefined, {granularity: 'grapheme'});",
			`let graphemeMade;\nconst GRAPHEME_SEGMENTER = ${lazySegmenter('grapheme')};`,
		],
	]),
	patchText('lazy-ansi-tokenize-segmenter', /ansi-tokenize[\\/]build[\\/]tokenize\.js$/, [
		[
			'const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });',
			`let segmenterMade;\nconst segmenter = ${lazySegmenter('segmenter')};`,
		],
	]),
];

// chalk decides its colour level when its module loads, from the terminal and the
// environment. A startup snapshot runs that once, in its maker, which has no terminal
// (issue 17); so when a snapshot is made, chalk's level and supports-color's answers are
// worked out again when it is read (source/start/bin.ts runs the hooks pushed here), and
// supports-color reads the real environment, not the recorder of source/start/snapshot.ts.
// Checked against chalk 5.6.2.
const refreshHook = 'globalThis.__shuroSnapshotRefresh?.push';
const chalkAtRunTime = [
	patchText(
		'chalk-supports-color-at-run-time',
		/chalk[\\/]source[\\/]vendor[\\/]supports-color[\\/]index\.js$/,
		[
			['const {env} = process;', 'const env = globalThis.__shuroSnapshotEnv ?? process.env;'],
			[
				'let flagForceColor;\nif (',
				'let flagForceColor;\nconst readColorFlags = () => {\nflagForceColor = undefined;\nif (',
			],
			['\tflagForceColor = 1;\n}\n', '\tflagForceColor = 1;\n}\n};\nreadColorFlags();\n'],
			[
				'export default supportsColor;',
				`${refreshHook}(() => {
	readColorFlags();
	supportsColor.stdout = createSupportsColor({isTTY: tty.isatty(1)});
	supportsColor.stderr = createSupportsColor({isTTY: tty.isatty(2)});
});
export default supportsColor;`,
			],
		],
	),
	patchText('chalk-level-at-run-time', /chalk[\\/]source[\\/]index\.js$/, [
		[
			'const {stdout: stdoutColor, stderr: stderrColor} = supportsColor;',
			'let {stdout: stdoutColor, stderr: stderrColor} = supportsColor;',
		],
		[
			'export const chalkStderr = createChalk({level: stderrColor ? stderrColor.level : 0});',
			`export const chalkStderr = createChalk({level: stderrColor ? stderrColor.level : 0});
${refreshHook}(() => {
	({stdout: stdoutColor, stderr: stderrColor} = supportsColor);
	chalk.level = stdoutColor ? stdoutColor.level : 0;
	chalkStderr.level = stderrColor ? stderrColor.level : 0;
});`,
		],
	]),
];

// ansi-escapes reads the terminal's kind from the environment when it loads (Apple's
// Terminal, tmux). When a startup snapshot is made, that is read again when it is read
// (as chalk's level above), so one snapshot serves inside tmux and out. Checked against
// ansi-escapes 7.3.0 (Ink 6.8.0).
const ansiEscapesAtRunTime = patchText('ansi-escapes-at-run-time', /ansi-escapes[\\/]base\.js$/, [
	[
		"const isTerminalApp = !isBrowser && process.env.TERM_PROGRAM === 'Apple_Terminal';",
		`const terminalEnv = () => globalThis.__shuroSnapshotEnv ?? process.env;
const readTerminalApp = () => !isBrowser && terminalEnv().TERM_PROGRAM === 'Apple_Terminal';
const readTmux = () => !isBrowser && (terminalEnv().TERM?.startsWith('screen') || terminalEnv().TERM?.startsWith('tmux') || terminalEnv().TMUX !== undefined);
let isTerminalApp = readTerminalApp();`,
	],
	[
		"const isTmux = !isBrowser && (process.env.TERM?.startsWith('screen') || process.env.TERM?.startsWith('tmux') || process.env.TMUX !== undefined);",
		'let isTmux = readTmux();',
	],
	[
		"export const cursorSavePosition = isTerminalApp ? '\\u001B7' : ESC + 's';",
		"export let cursorSavePosition = isTerminalApp ? '\\u001B7' : ESC + 's';",
	],
	[
		"export const cursorRestorePosition = isTerminalApp ? '\\u001B8' : ESC + 'u';",
		`export let cursorRestorePosition = isTerminalApp ? '\\u001B8' : ESC + 'u';
${refreshHook}(() => {
	isTerminalApp = readTerminalApp();
	isTmux = readTmux();
	cursorSavePosition = isTerminalApp ? '\\u001B7' : ESC + 's';
	cursorRestorePosition = isTerminalApp ? '\\u001B8' : ESC + 'u';
});`,
	],
]);

mkdirSync('dist', {recursive: true});
const common = {
	bundle: true,
	minify: !process.env.SHURO_NO_MINIFY,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	legalComments: 'none',
	logLevel: 'warning',
};
// dist/ holds CommonJS (dist/package.json): the bin and the chunks it runs as scripts, and
// the link worker. The library, an ES module, is dist/lib.mjs.
// meow reads the nearest package.json for --version (and the help's description), so this
// one carries them too.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
writeFileSync(
	'dist/package.json',
	`${JSON.stringify({name: pkg.name, version: pkg.version, description: pkg.description, private: true, type: 'commonjs'}, null, '\t')}\n`,
);
// Lineage is worked out in a worker thread once the UI thread has parsed and indexed
// (source/report/load-in-background.ts).
await build({
	...common,
	format: 'cjs',
	entryPoints: ['source/report/link-worker.ts'],
	outfile: linkWorker,
});
// Split (issue 17): dist/main.js holds what every run needs (flags, the report parser,
// search, the --json/--csv/table writers); Ink, React, yoga and the views are in the
// chunk that `import('./explorer-runner.js')` loads, so the print modes never read them.
// Chunks sit beside cli.js: code in them finds link-worker.js and synonyms.txt relative
// to its own file. Old chunks are removed first, so dist/ holds one build's chunks.
for (const name of readdirSync('dist')) {
	if (/^(chunk|explorer-runner|devtools)-[A-Z0-9]+\.js$|^devtools-stub\.js$/.test(name))
		rmSync(join('dist', name));
}
const main = await build({
	...common,
	entryPoints: {main: 'source/cli.tsx'},
	outdir: 'dist',
	splitting: true,
	chunkNames: '[name]-[hash]',
	metafile: true,
	write: false,
	jsx: 'automatic',
	// jsmigemo's dictionary is 2 MB: it stays a separate chunk loaded on first romaji query.
	external: ['jsmigemo'],
	plugins: [
		inkSwaps,
		lazyStringWidth,
		lazyMeowNormalize,
		lazyTerminalSizeChildProcess,
		...syncYoga,
		inkWithoutTopLevelAwait,
		...lazyInkSegmenters,
		...chalkAtRunTime,
		ansiEscapesAtRunTime,
	],
	alias: {
		// Ink and its helpers measure through the same cache as shuro (source/text/width-cache.ts).
		'string-width': `./${INK_STRING_WIDTH}`,
	},
	define: {
		'process.env.NODE_ENV': '"production"',
		// Each chunk is run by dist/cli.js, which passes its file's URL in (source/start/bin.ts).
		'import.meta.url': '__shuroUrl',
		'import.meta': '__shuroMeta',
		// What meow would read from dist/package.json on every run (--version, the help's
		// description): given, so a run reads no file for it (source/cli.tsx).
		SHURO_PACKAGE: JSON.stringify({
			name: pkg.name,
			version: pkg.version,
			description: pkg.description,
		}),
	},
});
// V8 keeps each chunk's source for as long as the process runs (functions compile lazily
// from it), and one character above U+00FF makes the whole source two bytes per character.
// esbuild escapes strings and identifiers but not regular expression literals (令和, ０-９),
// so those few are escaped here, as \uXXXX, which means the same character in a string, an
// identifier or a regular expression literal (a pair of escaped surrogates is one code
// point in a /u expression too): ~0.6 MB less resident memory with the seeds (issue 17).
// (Everything else esbuild has escaped already, so no template's raw text changes.)
// A character escaped by a backslash of its own (an identity escape) would not survive
// this, so the build stops instead.
const asciiOnly = (code) => {
	if (/\\[^\x00-\x7f]/.test(code)) throw new Error('build.mjs: a non-ASCII character after \\');
	return code.replace(
		/[^\x00-\x7f]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
};
// Each chunk, an ES module, becomes a CommonJS script (imports → require, import() →
// a promise of require) for dist/cli.js to compile with its code cache. A chunk that still
// held `import(` or a top-level await could not run there: the build stops instead.
// The loader's own code is part of the key too: it wraps each chunk before compiling it.
const buildHash = createHash('sha256');
// So is the launcher, with node's flags: a snapshot is made for one set of them.
for (const file of [
	'source/start/bin.ts',
	'source/start/code-cache.ts',
	'source/start/snapshot.ts',
	'source/start/launcher.mjs',
])
	buildHash.update(readFileSync(file));
for (const file of main.outputFiles.sort((a, b) => (a.path < b.path ? -1 : 1))) {
	const {code} = await transform(file.text, {
		format: 'cjs',
		loader: 'js',
		target: 'node20',
		supported: {'dynamic-import': false},
		minify: !process.env.SHURO_NO_MINIFY,
		logLevel: 'error',
	});
	if (/\bimport\(/.test(code)) throw new Error(`build.mjs: ${file.path} still imports dynamically`);
	const ascii = asciiOnly(code);
	writeFileSync(file.path, ascii);
	buildHash.update(`${basename(file.path)}\0${ascii}\0`);
}
// The bin: the launcher, then the loader, with the chunks' hash for its cache's key.
const buildId = buildHash.digest('hex').slice(0, 16);
const loader = await build({
	...common,
	format: 'cjs',
	entryPoints: ['source/start/bin.ts'],
	outfile: out,
	write: false,
	define: {SHURO_BUILD: JSON.stringify(buildId)},
});
// In a function, so that its "use strict" is a directive again (after the launcher's
// `true /* … */`, it would be an expression and the loader would run sloppy).
writeFileSync(out, `${launcher(buildId)};(function () {\n${loader.outputFiles[0].text}})();\n`);
// Which source files each output holds, and which patches applied, for
// test/cli/print-path.test.ts (outside dist/, so never packed).
mkdirSync('node_modules/.cache/shuro', {recursive: true});
writeFileSync('node_modules/.cache/shuro/patches.json', JSON.stringify([...patched].sort()));
writeFileSync(
	'node_modules/.cache/shuro/outputs.json',
	JSON.stringify(
		Object.fromEntries(
			Object.entries(main.metafile.outputs).map(([file, o]) => [
				file,
				{inputs: Object.keys(o.inputs), imports: o.imports},
			]),
		),
	),
);
chmodSync(out, 0o755);

// The library (package.json `exports`: source/lib.ts), beside the CLI so it finds the
// seeds, the link worker and synonyms.txt the same way; its declarations come from tsc.
await build({
	...common,
	entryPoints: ['source/lib.ts'],
	outfile: 'dist/lib.mjs',
	external: ['jsmigemo'],
	banner: {
		js: `import {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);`,
	},
});
rmSync('dist/types', {recursive: true, force: true});
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.lib.json'], {
	stdio: 'inherit',
});

// SudachiDict's synonyms (14 MB of JSON) → dist/synonyms.txt, the compact table that
// source/search/synonyms.ts reads on the first search (source/search/synonym-compile.ts
// says what is kept). Redone only when the dictionary or the compiler changed.
// The package exports no path to its JSON: it sits beside the package's index.js.
const dictionary = join(
	require.resolve('sudachi-synonyms-dictionary'),
	'..',
	'sudachi-synonyms-dictionary.json',
);
const compiler = 'source/search/synonym-compile.ts';
const newestInput = Math.max(
	statSync(dictionary).mtimeMs,
	statSync(compiler).mtimeMs,
	statSync('source/search/normalize.ts').mtimeMs,
);
if (!existsSync(synonyms) || statSync(synonyms).mtimeMs < newestInput) {
	const compiled = 'dist/.synonym-compile.mjs';
	await build({...common, entryPoints: [compiler], outfile: compiled, minify: false});
	const {compileSynonymTable} = await import(pathToFileURL(resolve(compiled)).href);
	writeFileSync(synonyms, compileSynonymTable(JSON.parse(readFileSync(dictionary, 'utf8'))));
	rmSync(compiled);
}
// The dictionary's licence travels with the table derived from it.
copyFileSync(join(dictionary, '..', 'LICENSE'), 'dist/synonyms.LICENSE');
writeFileSync(
	'dist/synonyms.NOTICE',
	[
		'dist/synonyms.txt is derived from SudachiDict synonyms.txt',
		'(https://github.com/WorksApplications/SudachiDict, Copyright (c) Works Applications Co., Ltd.),',
		'as packaged by the npm package sudachi-synonyms-dictionary, under the Apache License 2.0',
		'(dist/synonyms.LICENSE). Changes: filtered and normalised by source/search/synonym-compile.ts.',
		'',
	].join('\n'),
);
if (startAt >= 0) start();
