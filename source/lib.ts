// The library API (package `exports`: `import {loadReports, createSearch} from 'shuro'`).
// Bundled as dist/lib.js with its declarations in dist/types/ (build.mjs). What is
// exported here is a contract: README "Library" documents it and test/cli/package.test.ts
// imports it from the packed tarball.
import {FigureBook} from './figures/book.js';
import {programJson, SCHEMA_VERSION} from './output/json.js';
import {bundledSeedPaths, type LoadResult, loadReports} from './report/index.js';
import {LineageBook} from './report/lineage.js';
import type {Program} from './report/model.js';
import {createSearchEngine, type ShuroSearchEngine} from './search/engine.js';

export type {
	Budget,
	Item,
	LoadIssue,
	Metric,
	Pillar,
	Program,
	Report,
	Scale,
} from './report/model.js';
export type {FieldMatch, SearchEngine, SearchResult} from './search/types.js';
export type {ResultList} from './search/result-list.js';
export type {ShuroSearchEngine} from './search/engine.js';

export type {LoadResult};
export type {Lineage, LineageKind, YearLineage} from './report/lineage.js';
export {bundledSeedPaths, LineageBook, loadReports, SCHEMA_VERSION};

/**
 * A search over `programs` (all reports' programs: `reports.flatMap(r => r.programs)`),
 * with the explorer's query syntax (README "Search"). The index is built before it returns.
 */
export function createSearch(programs: Program[]): ShuroSearchEngine {
	return createSearchEngine(programs);
}

/**
 * Each program as `shuro --json` prints it (schema/program.schema.json), figures
 * included. One book of figures is kept per call.
 */
export function toJson(programs: readonly Program[]): ReturnType<typeof programJson>[] {
	const figures = new FigureBook();
	const lineage = new LineageBook(programs);
	return programs.map((program) => programJson(program, figures, lineage));
}
