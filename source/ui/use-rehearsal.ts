// A rehearsal once the search index is built: queries of the kinds people type are run
// (cached nowhere: SearchEngine.rehearse) and their screens drawn off-screen, one per
// turn of the event loop. At 25,000 programs the first keystrokes otherwise paid for
// compiling the search and drawing paths: 2–4 times a warm keystroke. The explorer
// rehearses after the garbage collections of ../memory.ts: a search right after a full
// collection runs slower.
import {useEffect, useRef} from 'react';
import type {ResultList} from '../search/result-list.js';
import type {SearchEngine} from '../search/types.js';

/** A kanji word, one kana, katakana and hiragana words (fuzzy), two words. */
export const REHEARSAL = [
	'就労',
	'の',
	'ア',
	'サポート',
	'セミナー',
	'しょうがい',
	'女性 再就職',
	'支援事業',
];

export function useRehearsal(
	ready: boolean,
	engine: SearchEngine,
	draw: (query: string, results: ResultList) => void,
): void {
	const latestDraw = useRef(draw);
	latestDraw.current = draw;
	useEffect(() => {
		const rehearse = engine.rehearse?.bind(engine);
		if (!ready || !rehearse) return;
		let stopped = false;
		void (async () => {
			for (const query of REHEARSAL) {
				// A key pressed meanwhile waits for one query at most.
				await new Promise((resolve) => setImmediate(resolve));
				if (stopped) return;
				latestDraw.current(query, rehearse(query));
			}
		})();
		return () => {
			stopped = true;
		};
	}, [ready, engine]);
}
