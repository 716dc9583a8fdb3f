// Quick typing/arrow latency check at 25,000 programs (a subset of bench/run.mjs):
//   node bench/typing-quick.mjs [corpusDir]
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {ptySession} from './pty.mjs';
import {writeReportFiles} from './report-files.mjs';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'shuro-typing-'));
if (!process.argv[2]) writeReportFiles(dir, 25_000);
const pct = (xs, p) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const s = ptySession(`${process.execPath} ${cli} --data ${dir}`);
await s.until(
	(o) => /(\d+) \/ \1 件/.test(o) && /2\d{4} \/ /.test(o),
	0,
	performance.now(),
	60_000,
);
await new Promise((r) => setTimeout(r, 2000));
const typing = [];
for (const word of ['テレワーク', 'しごと', 'kyaria', 'シニア 講座']) {
	for (const ch of word) typing.push(await s.keySettled(ch));
	for (let i = 0; i < [...word].length; i++) typing.push(await s.keySettled('\u007F'));
}
await s.key('\t');
const arrows = [];
for (let i = 0; i < 60; i++) arrows.push(await s.key('\u001B[B'));
console.log(
	`typing p50 ${pct(typing, 50).toFixed(1)} p95 ${pct(typing, 95).toFixed(1)}; arrows p50 ${pct(arrows, 50).toFixed(1)} p95 ${pct(arrows, 95).toFixed(1)}`,
);
s.kill();
await s.exited;
