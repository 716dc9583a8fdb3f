// vitest's global set-up: every CLI the tests start keeps its code cache and its startup
// snapshots (issue 17, source/start/code-cache.ts and snapshot.ts) in one temporary
// directory, never in the user's own cache.
// Tests of the cache itself set SHURO_CACHE_DIR per run.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export default function setup(): () => void {
	const dir = mkdtempSync(join(tmpdir(), 'shuro-test-cache-'));
	process.env.SHURO_CACHE_DIR = dir;
	return () => rmSync(dir, {recursive: true, force: true});
}
