// Two or more builds (or flag sets) side by side at 25,000 programs, alternating, with the
// methods of `npm run bench` (issue 17: the memory flags must not slow the big load):
//   node bench/compare-25k.mjs RUNS 'name=DIST_DIR|ENV_AND_FLAGS' …
// where DIST_DIR holds a build (cli.js and bench-explorer-load.mjs, bundled by `npm run
// bench` or, from the current source, by this script when missing; an older one than
// cli.js stops it) and ENV_AND_FLAGS is what the bin's launcher gives node
// (`MALLOC_TRIM_THRESHOLD_=131072 --max-semi-space-size=2 --expose-gc`); empty: what that
// build's own launcher gives (its `export` and `flags=` lines). A DIST_DIR outside this
// repository needs a node_modules above it: jsmigemo stays outside the bundle.
// Each run of a variant: one cold explorer load (bench-explorer-load.mjs: all searchable,
// lineage in), then one explorer session in a pty: four words typed and erased twice
// (keystroke → frame), 30 arrows, and the session's peak RSS.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {bundleEntry} from './bundle-entry.mjs';
import {typeBenchWords, untilCorpusLoaded} from './explorer-typing.mjs';
import {ptySession} from './pty.mjs';
import {writeReportFiles} from './report-files.mjs';

/** The environment and node flags a build's bin starts node with (its launcher's lines). */
function launcherWords(cli) {
	const text = readFileSync(cli, 'utf8');
	const quoted = (re) => [...text.matchAll(re)].flatMap((m) => [m[1], m[2]].filter(Boolean));
	return [
		...quoted(/^export ([A-Z_]+='[^']*')$/gm).map((w) => w.replaceAll("'", '')),
		...quoted(/^flags='([^']*)'$/gm).flatMap((f) => f.split(/\s+/)),
	];
}

const runs = Number(process.argv[2]);
const variants = process.argv.slice(3).map((arg) => {
	const [name, rest] =
		arg.split('=', 2).length === 2
			? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
			: [arg, ''];
	const [dist, words = ''] = rest.split('|');
	const line = words.trim() ? words.trim().split(/\s+/) : launcherWords(join(dist, 'cli.js'));
	const env = Object.fromEntries(
		line.filter((w) => /^[A-Z_]+=/.test(w)).map((w) => w.split('=', 2)),
	);
	const flags = line.filter((w) => w.startsWith('--'));
	return {name, dist, env, flags};
});
for (const v of variants) {
	const load = join(v.dist, 'bench-explorer-load.mjs');
	if (!existsSync(load)) {
		await bundleEntry('explorer-load-entry.ts', load);
		continue;
	}
	// `node build.mjs` rebuilds cli.js but not this (`npm run bench` does): a dist copied
	// after it would time the load of an older build.
	if (statSync(load).mtimeMs < statSync(join(v.dist, 'cli.js')).mtimeMs)
		throw new Error(
			`${load} is older than its cli.js: bundle it from that build's source (bench/bundle-entry.mjs), or remove it to bundle it from this one`,
		);
}
const corpusDir = mkdtempSync(join(tmpdir(), 'shuro-compare-'));
process.on('exit', () => rmSync(corpusDir, {recursive: true, force: true}));
writeReportFiles(corpusDir, 25_000);
const pidFile = join(tmpdir(), `shuro-compare-${process.pid}.pid`);
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const pct = (xs, p) => sorted(xs)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const f1 = (x) => x.toFixed(1);

async function once(v) {
	const env = {...process.env, ...v.env};
	const load = JSON.parse(
		execFileSync(
			process.execPath,
			[...v.flags, join(v.dist, 'bench-explorer-load.mjs'), corpusDir],
			{
				encoding: 'utf8',
				env,
			},
		),
	);
	const envWords = Object.entries(v.env).map(([k, x]) => `${k}=${x}`);
	const command = `env ${envWords.join(' ')} ${process.execPath} ${v.flags.join(' ')} ${join(v.dist, 'cli.js')}`;
	const s = ptySession(`${command} --data ${corpusDir}`, {env: {SHURO_PIDFILE: pidFile}});
	await untilCorpusLoaded(s, load.programs);
	const typing = await typeBenchWords(s);
	await s.key('\t');
	const arrows = [];
	for (let i = 0; i < 30; i++) arrows.push(await s.key('\u001B[B'));
	const peak = s.peakRssMb(pidFile);
	s.kill();
	await s.exited;
	return {indexed: load.indexed, linked: load.linked, typing, arrows, peak};
}

const results = new Map(variants.map((v) => [v.name, []]));
for (let i = 0; i < runs; i++) {
	for (const v of i % 2 ? [...variants].reverse() : variants) {
		const r = await once(v);
		results.get(v.name).push(r);
		console.error(
			`${v.name} #${i}: searchable ${r.indexed} ms, lineage ${r.linked} ms, keystroke p50/p95 ${f1(pct(r.typing, 50))}/${f1(pct(r.typing, 95))} ms, arrow p95 ${f1(pct(r.arrows, 95))}, peak ${f1(r.peak)} MB (load ${loadavg()[0].toFixed(1)})`,
		);
	}
}
const range = (xs) => `${f1(pct(xs, 50))} (${f1(Math.min(...xs))}–${f1(Math.max(...xs))})`;
for (const [name, rs] of results) {
	const typing = rs.flatMap((r) => r.typing);
	const arrows = rs.flatMap((r) => r.arrows);
	console.log(
		`${name}: searchable ${range(rs.map((r) => r.indexed))} ms; lineage ${range(rs.map((r) => r.linked))} ms; keystroke p50/p95 ${f1(pct(typing, 50))}/${f1(pct(typing, 95))} ms (per run p95 ${rs.map((r) => f1(pct(r.typing, 95))).join(', ')}); arrow p95 ${f1(pct(arrows, 95))} ms; peak RSS ${range(rs.map((r) => r.peak))} MB`,
	);
}
console.log(
	`load average ${loadavg()
		.map((x) => x.toFixed(1))
		.join(' ')}`,
);
