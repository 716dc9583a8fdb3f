// `node --require ./test/helpers/record-reads.cjs dist/cli.js …`: appends the path of every
// JavaScript file of dist/ that the program reads to $SHURO_LOAD_LOG, one a line. dist/cli.js
// reads each chunk it runs (source/start/bin.ts), so this is what a run loads
// (test/cli/print-path.test.ts).
const fs = require('node:fs');
const {readFileSync} = fs;
fs.readFileSync = function recordRead(path, ...rest) {
	if (typeof path === 'string' && /[\\/]dist[\\/][^\\/]+\.js$/.test(path))
		fs.appendFileSync(process.env.SHURO_LOAD_LOG, `${path}\n`);
	return readFileSync.call(this, path, ...rest);
};
