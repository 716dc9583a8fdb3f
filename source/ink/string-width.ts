// What Ink measures text with: the bundle aliases `string-width` here (build.mjs), so Ink
// and shuro share one remembered measure (text/width-cache.ts). Checked against Ink 6.8.0.
export {default} from '../text/width-cache.js';
