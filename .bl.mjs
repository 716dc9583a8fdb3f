import {build} from 'esbuild';
const out = process.argv[2] ?? 'dist/bench-load.mjs';
await build({entryPoints:['bench/load-entry.ts'],outfile:out,bundle:true,platform:'node',format:'esm',minify:!process.env.NOMIN,external:['jsmigemo'],logLevel:'warning',
banner:{js:"import {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);"}});
