// Peak RSS with the seeds, as `npm run bench` measures it (loaded; after typing `kyaria`),
// for several builds or flag sets side by side, alternating, in fresh sessions (issue 17).
//   node bench/seeds-rss.mjs RUNS 'name=command' 'name=command' …
// where each command starts shuro, e.g. `base=/tmp/base/dist/cli.js` or
// `flags=env -S node --max-semi-space-size=2 --expose-gc dist/cli.js`.
// Prints each run, then per variant the median and range, and what /proc said at the end.
import {readFileSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {ptySession} from './pty.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2]);
const variants = process.argv.slice(3).map((arg) => {
	const at = arg.indexOf('=');
	return {name: arg.slice(0, at), command: arg.slice(at + 1)};
});
const pidFile = join(tmpdir(), `shuro-seeds-rss-${process.pid}`);
const field = (text, name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(text)?.[1] ?? 0) / 1024;
const results = new Map(variants.map((v) => [v.name, []]));
const word = process.env.WORD ?? 'kyaria';

async function once(command) {
	const s = ptySession(`${command} --data ${join(root, 'seeds')}`, {
		env: {SHURO_PIDFILE: pidFile},
	});
	await s.firstSeen('/ 85 件');
	await new Promise((resolve) => setTimeout(resolve, 500));
	const loaded = s.peakRssMb(pidFile);
	for (const ch of word) await s.keySettled(ch);
	await new Promise((resolve) => setTimeout(resolve, 500));
	const pid = readFileSync(pidFile, 'utf8').trim();
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const smaps = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
	const r = {
		loaded,
		romaji: s.peakRssMb(pidFile),
		rss: field(status, 'VmRSS'),
		anon: field(status, 'RssAnon'),
		file: field(status, 'RssFile'),
		threads: Number(/Threads:\s+(\d+)/.exec(status)?.[1]),
		smapsAnon: field(smaps, 'Anonymous'),
	};
	s.kill();
	await s.exited;
	return r;
}

const f1 = (x) => x.toFixed(1);
for (let i = 0; i < runs; i++) {
	for (const v of i % 2 ? [...variants].reverse() : variants) {
		const r = await once(v.command);
		results.get(v.name).push(r);
		console.error(
			`${v.name} #${i}: loaded ${f1(r.loaded)} after ${f1(r.romaji)} | now rss ${f1(r.rss)} anon ${f1(r.anon)} file ${f1(r.file)} threads ${r.threads} (load ${loadavg()[0].toFixed(1)})`,
		);
	}
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
for (const [name, rs] of results) {
	const l = rs.map((r) => r.loaded);
	const a = rs.map((r) => r.romaji);
	console.log(
		`${name}: loaded ${f1(median(l))} (${f1(Math.min(...l))}–${f1(Math.max(...l))}); after ${word} ${f1(median(a))} (${f1(Math.min(...a))}–${f1(Math.max(...a))}) MB; anon now ${f1(median(rs.map((r) => r.anon)))}, file ${f1(median(rs.map((r) => r.file)))}`,
	);
}
console.log(
	`load average ${loadavg()
		.map((x) => x.toFixed(1))
		.join(' ')}`,
);
