// The data contract (issue 16): schema/program.schema.json describes every program
// `shuro --json` and `shuro --ndjson` print, for both seeds (with and without a query)
// and for a generated corpus of many bodies and years.
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {dirname} from 'node:path';
import {Ajv2020} from 'ajv/dist/2020.js';
import {describe, expect, it} from 'vitest';
import {SCHEMA_VERSION} from '../../source/output/json.js';
import {corpusFiles} from '../helpers/corpus.js';
import {CLI, runCli} from '../helpers/run-cli.js';

const schema = JSON.parse(
	readFileSync(new URL('../../schema/program.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const validate = new Ajv2020({allErrors: true, strict: true}).compile(schema);

function expectValid(programs: unknown[]): void {
	for (const program of programs) {
		if (!validate(program)) {
			const {id} = program as {id?: string};
			throw new Error(`${id}: ${JSON.stringify(validate.errors, null, 1).slice(0, 2000)}`);
		}
	}
}

describe('schema/program.schema.json', () => {
	it('is for the schemaVersion printed', () => {
		expect((schema.properties as {schemaVersion: {const: number}}).schemaVersion.const).toBe(
			SCHEMA_VERSION,
		);
	});
	it('describes every program of both seeds, as --json prints them', () => {
		const out = runCli(['--json']);
		expect(out.status).toBe(0);
		const programs = JSON.parse(out.stdout) as unknown[];
		expect(programs).toHaveLength(85);
		expectValid(programs);
	});
	it('describes the filters and report numbers a program passes, in its matches', () => {
		for (const query of ['No.23', '予算>5億 柱:2', 'テレワーク 年度:2022', '未達', '達成率<80']) {
			const programs = JSON.parse(runCli(['--json', query]).stdout) as Array<{
				matches: Array<{form: string}>;
			}>;
			expect(programs.length).toBeGreaterThan(0);
			for (const program of programs) {
				expect(validate(program), JSON.stringify(validate.errors)).toBe(true);
				expect(program.matches.some((m) => m.form === 'number' || m.form === 'filter')).toBe(true);
			}
		}
	});

	it('describes the ranked matches of a query, matches included', () => {
		const out = runCli(['--json', '女性']);
		const programs = JSON.parse(out.stdout) as Array<{matches?: unknown[]}>;
		expect(programs.length).toBeGreaterThan(5);
		expect(programs[0]?.matches?.length).toBeGreaterThan(0);
		expectValid(programs);
	});
	it('rejects what is not a program (the schema is strict)', () => {
		const out = JSON.parse(runCli(['--json', '--limit', '1']).stdout) as Array<
			Record<string, unknown>
		>;
		const program = out[0] ?? {};
		expect(validate({...program, extra: 1})).toBe(false);
		expect(validate({...program, schemaVersion: 1})).toBe(false);
		const {budget: _budget, ...noBudget} = program;
		expect(validate(noBudget)).toBe(false);
	});
	it('describes the 25,000-program corpus of many bodies and years, one program a line (--ndjson)', () => {
		const {dir, programs} = corpusFiles(25_000);
		// Its own spawn: runCli's 30 s can be short on a loaded machine.
		const out = spawnSync(CLI, ['--ndjson', '--quiet', '--data', dir], {
			encoding: 'utf8',
			maxBuffer: 512 * 1024 * 1024,
			env: {...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}`},
		});
		expect(out.status).toBe(0);
		const lines = out.stdout.trimEnd().split('\n');
		expect(lines).toHaveLength(programs);
		expectValid(lines.map((line) => JSON.parse(line) as unknown));
	}, 300_000);
});
