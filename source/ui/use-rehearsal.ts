// A rehearsal once the search index is built: queries of the kinds people type are run
// (cached nowhere: SearchEngine.rehearse) and their screens drawn off-screen, one per
// turn of the event loop. At 25,000 programs the first keystrokes otherwise paid for
// compiling the search and drawing paths: 2–4 times a warm keystroke. Then the garbage
// of loading is collected, once (../memory.ts).
import {useEffect, useRef} from 'react';
import {collectGarbage} from '../memory.js';
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
			await new Promise((resolve) => setImmediate(resolve));
			if (!stopped) collectGarbage();
		})();
		return () => {
			stopped = true;
		};
	}, [ready, engine]);
}
