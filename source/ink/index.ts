// Everything that adapts Ink 6.8.0 or the terminal to shuro, one file a patch or concern.
// build.mjs points only at this folder for Ink's own modules, and so does the vitest
// config (vitest.config.ts): the UI tests render through the same patches as the bundle.
// Re-check each patch when Ink changes (the build records which dependency patches
// applied: node_modules/.cache/shuro/patches.json). Each was checked against Ink 6.8.0.
// Patches of Ink's own modules (swapped in by build.mjs and vitest.config.ts):
// - output.ts: Ink's Output (ink/build/output.js). A frame is one styled text written
//   without Ink's per-character grid, only changed rows rewritten (speed at 25,000 rows).
// - sanitize.ts: Ink's sanitiser (ink/build/sanitize-ansi.js). Plain text, the common
//   case, skips its regexes (Ink runs it twice a frame).
// - string-width.ts: what `string-width` resolves to for Ink, so Ink measures with
//   shuro's remembered widths (text/width-cache.ts).
// - discrete-input.ts: the reconciler Ink's useInput (ink/build/hooks/use-input.js) sees,
//   batching keys with discreteUpdates: a key's frame is drawn in the microtask after the
//   read (sync lane), not in a Scheduler task behind a large load's slices (issue 17).
// Adaptations around Ink:
// - key-input.ts: what Ink reads from stdin (stdin.read wrapped: guardKeyInput) and the
//   bursts its useInput hands over (typedKeys), one splitter in two stages. Ink makes one
//   input event of everything between two escape sequences (Enter+Ctrl-c read together
//   is neither key), names no F13+/kitty/mouse/OSC sequence (they reached the search line
//   as text), and throws on a Ctrl-modified key it cannot name. Mouse reports go to the
//   explorer; Ctrl-z becomes SIGTSTP.
// - function-keys.ts: F1, which Ink parses but does not hand to useInput.
// - repaint.ts: a whole repaint after a resize or a resume from Ctrl-z (Ink drew the old
//   layout first, from relative cursor moves: issue 19).
// - screen.ts: the alternate screen, raw mode from before Ink's first frame (Ink turns
//   it on only in an effect: a Ctrl-c typed meanwhile was SIGINT), mouse reports, and the
//   teardown that unmounts Ink before the screen is left (Ink repaints on unmount).
// - exit-guards.ts: the terminal restored on every fatal signal, crash and closed stdout
//   (Ink restores nothing on a signal), SIGUSR1 ignored.
// - job-control.ts: Ctrl-z and fg (a raw-mode program gets Ctrl-z as a key).
// - without-fetch.ts: yoga's WebAssembly decoded without loading undici through fetch.
export {crashAfterRenderIfAsked, installCrashGuard, installExitGuards} from './exit-guards.js';
export {isF1} from './function-keys.js';
export {installJobControl} from './job-control.js';
export {guardKeyInput, KeySplitter, typedKeys} from './key-input.js';
export {installRepaints} from './repaint.js';
export {Screen} from './screen.js';
export {withoutFetch} from './without-fetch.js';
