// A load made ahead of time (issue 17): a startup snapshot holds the bundled seeds already
// read, parsed and linked, so a run from it starts with them. The events are exactly what
// loading them gives (with their links, as the link worker would send them); they are
// used only for the same files, unchanged since (same paths, sizes and modification
// times: a few stat calls), else the files are loaded as usual.
import {statSync} from 'node:fs';
import {expandPaths} from './files.js';
import {type BackgroundEvent, linkAll} from './load-in-background.js';
import {loadStream} from './load-stream.js';
import type {Report} from './model.js';

export type PreparedLoad = {
	readonly paths: readonly string[];
	/** Each file read, as it was: `path size mtimeMs`. */
	readonly files: readonly string[];
	/** The load's events, the links ('lineage') just before 'done'. */
	readonly events: readonly BackgroundEvent[];
};

const identity = (file: string): string | undefined => {
	const stat = statSync(file, {throwIfNoEntry: false});
	return stat ? `${file} ${stat.size} ${stat.mtimeMs}` : undefined;
};

export function prepareLoad(paths: string[]): PreparedLoad {
	const files = expandPaths(paths).files.map((f) => identity(f) ?? `${f} missing`);
	const events: BackgroundEvent[] = [...loadStream(paths)];
	const reports = events.flatMap((e): Report[] => (e.type === 'report' ? [e.report] : []));
	const done = events.findIndex((e) => e.type === 'done');
	events.splice(done < 0 ? events.length : done, 0, {type: 'lineage', packed: linkAll(reports)});
	return {paths: [...paths], files, events};
}

/** The prepared events, if they are of `paths` and no file changed since; else undefined. */
export function preparedEvents(
	prepared: PreparedLoad | undefined,
	paths: readonly string[],
): readonly BackgroundEvent[] | undefined {
	if (!prepared || paths.length !== prepared.paths.length) return undefined;
	if (paths.some((p, i) => p !== prepared.paths[i])) return undefined;
	const files = expandPaths([...paths]).files;
	if (files.length !== prepared.files.length) return undefined;
	return files.every((f, i) => identity(f) === prepared.files[i]) ? prepared.events : undefined;
}
