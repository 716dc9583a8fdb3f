// `node --import ./test/helpers/record-loads.mjs …`: appends the URL of every file module
// the program loads to $SHURO_LOAD_LOG, one a line (test/cli/print-path.test.ts).
import {register} from 'node:module';

const hooks = `
import {appendFileSync} from 'node:fs';
export async function load(url, context, next) {
	if (url.startsWith('file:')) appendFileSync(process.env.SHURO_LOAD_LOG, url + '\\n');
	return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
