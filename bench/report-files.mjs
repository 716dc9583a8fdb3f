// Writes a synthetic set of report files: the two seed reports replicated across
// many issuing bodies and fiscal years, with each copy's program names and summaries
// varied, so loading, linking and searching see realistic volume and variety.
import {mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
// Issuing bodies of the synthetic reports, shared with bench/search-corpus.ts.
import BODIES from './bodies.json' with {type: 'json'};

const FLAVOURS = ['', '', 'モデル', '緊急', '拡充', '新', '地域', 'デジタル'];

/** Varies a program row of a seed report for one body and year. */
function vary(line, body, year, index) {
	const cells = line.split('\t');
	const flavour = FLAVOURS[(index + year + body.length) % FLAVOURS.length];
	const m = /^(\d+)(\s+)(.+)$/.exec(cells[0] ?? '');
	if (m && flavour) cells[0] = `${m[1]}${m[2]}${flavour}${m[3]}`;
	else if (/^\d+$/.test(cells[0] ?? '') && cells[1] && flavour) cells[1] = `${flavour}${cells[1]}`;
	const summary = cells.findIndex((c) => /^[○〇]/.test(c));
	if (summary >= 0) cells[summary] = `${cells[summary]} ○${body}の実情に合わせて実施`;
	return cells.join('\t');
}

/**
 * Makes a copy's text cells its body's own: the copies of a seed then repeat their texts
 * year after year within a body, as real reports do, but never from body to body. The
 * plain corpus repeats them across all bodies, which flatters anything that shares
 * equal texts (the parser does: source/report/interner.ts).
 */
function ownTexts(line, body) {
	return line
		.split('\t')
		.map((c, k) =>
			k >= 2 && c.length > 3 && /[\u3040-\u9fff]/.test(c) && !c.includes('円')
				? `${c} ${body}${k}`
				: c,
		)
		.join('\t');
}

/**
 * Writes report files totalling at least `programs` programs into `dir` (emptied first).
 * `options.ownTexts`: every body's text cells are its own (see ownTexts).
 */
export function writeReportFiles(
	dir,
	programs,
	seedDir = new URL('../seeds/', import.meta.url),
	options = {},
) {
	rmSync(dir, {recursive: true, force: true});
	mkdirSync(dir, {recursive: true});
	const seeds = readdirSync(seedDir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => readFileSync(new URL(f, seedDir), 'utf8'));
	const counts = [47, 38];
	let total = 0;
	let files = 0;
	const bodies = BODIES;
	for (let b = 0; total < programs; b++) {
		const body =
			bodies[b % bodies.length] +
			(b >= bodies.length ? `${Math.floor(b / bodies.length) + 1}` : '');
		for (let y = 1; y <= 10 && total < programs; y++) {
			const which = (b + y) % 2;
			const text = seeds[which]
				.split('\n')
				.map((line, i) =>
					/令和\d+年度 就労支援事業計画/.test(line) && i < 5
						? `${body} 令和${y}年度 就労支援事業計画 事業の実施状況`
						: options.ownTexts && i >= 3
							? ownTexts(vary(line, body, y, i), body)
							: vary(line, body, y, i),
				)
				.join('\n');
			writeFileSync(join(dir, `${String(files).padStart(4, '0')}-${body}-R${y}.txt`), text);
			total += counts[which];
			files++;
		}
	}
	return {files, programs: total};
}
