// Typing while loading, side by side: `node bench/typing-while-loading.mjs RUNS A B …`,
// each of A, B … a checkout with dist/ built. The row of `npm run bench` (7 keys 50 ms apart
// from the first frame on, typed while the 25,028-program corpus loads; from each key to
// the frame showing it), run by each checkout in turn, RUNS times, the order alternating,
// so that a shared machine's load falls on both alike. Prints p50 / p95 per checkout, the
// median and the largest per key of the seven, and the load average.
import {mkdtempSync, rmSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {ptySession} from './pty.mjs';
import {writeReportFiles} from './report-files.mjs';

const [runsArg, ...checkouts] = process.argv.slice(2);
const runs = Number(runsArg);
if (!(runs > 0) || checkouts.length === 0)
	throw new Error('usage: node bench/typing-while-loading.mjs RUNS CHECKOUT…');
const corpus = mkdtempSync(join(tmpdir(), 'shuro-typing-'));
process.on('exit', () => rmSync(corpus, {recursive: true, force: true}));
writeReportFiles(corpus, 25_000);
const KEYS = [...'テレワーク推進'];
const withoutEscapes = (text) => text.replace(/\u001B\[[0-9;?]*[A-Za-z]/g, '');
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const pct = (xs, p) => sorted(xs)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const byCheckout = new Map(checkouts.map((c) => [c, KEYS.map(() => [])]));
const loadAtStart = loadavg()[0];
for (let run = 0; run < runs; run++) {
	for (const checkout of run % 2 ? [...checkouts].reverse() : checkouts) {
		const cli = join(resolve(checkout), 'dist', 'cli.js');
		const session = ptySession(`${cli} --data ${corpus}`, {env: {SHURO_CACHE_DIR: ''}});
		await session.firstSeen('読み込み中');
		let typed = '';
		for (const [k, key] of KEYS.entries()) {
			typed += key;
			const offset = session.output().length;
			const from = performance.now();
			session.write(key);
			const ms = await session.until(
				(o) => withoutEscapes(o).includes(`検索> ${typed}`),
				offset,
				from,
			);
			byCheckout.get(checkout)?.[k]?.push(ms);
			await new Promise((r) => setTimeout(r, 50));
		}
		session.kill();
		await session.exited;
	}
}
for (const [checkout, perKey] of byCheckout) {
	const all = perKey.flat();
	console.log(
		`${checkout}: ${all.length} keys, p50 ${pct(all, 50).toFixed(1)} / p95 ${pct(all, 95).toFixed(1)} ms; per key (median/max): ${perKey.map((xs) => `${pct(xs, 50).toFixed(0)}/${Math.max(...xs).toFixed(0)}`).join(' ')}`,
	);
}
console.log(
	`load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`,
);
