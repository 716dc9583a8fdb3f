// Reports repeat their cells: a program keeps its plan and budget text year after
// year, and many cells read the same (`各事業欄記載`, `1,000人`). A pure reading of a
// cell's text is remembered for the texts seen lately; the answer is shared, so it
// must not be changed by whoever asks (the model is read-only once parsed).

/**
 * A copy of `text` that does not point into the text it was cut from. V8 makes a
 * substring of 13 or more characters a slice of its parent, and keeps the parent
 * whole for as long as the slice lives: a program name cut from a file kept the whole
 * decoded file alive (~6.6 MB of files at 25,000 programs). Shorter strings are copies.
 */
export function ownCopy(text: string): string {
	return text.length < 13 ? text : Buffer.from(text, 'utf16le').toString('utf16le');
}

/** Every memo's way to forget (forgetRemembered). */
const forgetters = new Set<() => void>();

/** `read`, remembering its answers (by `keyOf`) for up to `size` texts, then afresh. */
function remembering<T>(
	read: (text: string) => T,
	size: number,
	keyOf: (text: string, value: T) => string,
): (text: string) => T {
	let known = new Map<string, T>();
	forgetters.add(() => {
		known = new Map();
	});
	return (text) => {
		const found = known.get(text);
		if (found !== undefined) return found;
		const value = read(text);
		if (known.size >= size) known = new Map();
		known.set(keyOf(text, value), value);
		return value;
	};
}

/** `read`, remembering its answers for up to `size` texts (then it starts afresh). */
export function memoByText<T>(read: (text: string) => T, size = 20_000): (text: string) => T {
	return remembering(read, size, (text) => text);
}

/**
 * One copy of each text, its own (ownCopy), for the texts seen lately. The table's keys
 * are the copies too, so it keeps no file alive either.
 */
export function copyPool(size = 20_000): (text: string) => string {
	return remembering(ownCopy, size, (_text, copy) => copy);
}

/**
 * Forgets every remembered reading, once a load is over: the memos' tables (up to
 * 20,000 entries each) would otherwise stay for as long as the process.
 */
export function forgetRemembered(): void {
	for (const forget of forgetters) forget();
}
