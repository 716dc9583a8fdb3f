// Everything that adapts Ink 6.8.0 or the terminal to shuro, one file a patch. build.mjs
// points only at this folder for Ink's own modules; re-check each patch when Ink changes
// (the build records which dependency patches applied: node_modules/.cache/shuro/patches.json).
// - output.ts: Ink's Output, bundled in its place. A frame is one styled text written
//   without Ink's per-character grid, only changed rows rewritten (speed at 25,000 rows).
// - sanitize.ts: Ink's sanitiser, bundled in its place. Plain text, the common case, skips
//   its regexes (Ink runs it twice a frame).
// - string-width.ts: what `string-width` resolves to in the bundle, so Ink measures with
//   shuro's remembered widths (text/width-cache.ts).
// - repaint.ts: a whole repaint after a resize or a resume from Ctrl-z (Ink drew the old
//   layout first: issue 19).
// - function-keys.ts: F1, which Ink parses but does not hand to useInput.
// - without-fetch.ts: yoga's WebAssembly decoded without loading undici through fetch.
// Key input (terminal.ts: guardKeyInput, foreign escape sequences, mouse reports), the
// screen's lifecycle and the exit guards still live in terminal.ts (issue 18 moves them).
export {isF1} from './function-keys.js';
export {installRepaints} from './repaint.js';
export {withoutFetch} from './without-fetch.js';
