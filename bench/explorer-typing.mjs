// What the bench does to an explorer running on the 25,000-program corpus in a pty
// (bench/pty.mjs), shared by `npm run bench` and bench/compare-25k.mjs.

/** Waits until the explorer lists all `programs`, then 1.5 s for the search index. */
export async function untilCorpusLoaded(session, programs) {
	await session.until(
		(o) => o.includes(`${programs.toLocaleString('en-US')} 件`) || o.includes(`/ ${programs} 件`),
		0,
		performance.now(),
		60_000,
	);
	await new Promise((resolve) => setTimeout(resolve, 1500)); // the index is built after the load
}

/** Four words typed and erased key by key, twice over: ms from each key to its frame. */
export async function typeBenchWords(session) {
	const typing = [];
	for (let round = 0; round < 2; round++) {
		for (const word of ['テレワーク', 'しごと', 'kyaria', 'シニア 講座']) {
			for (const ch of word) typing.push(await session.keySettled(ch));
			for (let i = 0; i < [...word].length; i++) typing.push(await session.keySettled('\u007F'));
		}
	}
	return typing;
}
