import {build} from 'esbuild';
await build({entryPoints:['bench/explorer-load-entry.ts'],outfile:'dist/bench-explorer-load.mjs',bundle:true,platform:'node',format:'esm',minify:!process.env.NOMIN,external:['jsmigemo'],logLevel:'warning',
banner:{js:"import {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);"}});
