// Reports repeat their cells: a program keeps its plan and budget text year after
// year, and many cells read the same (`各事業欄記載`, `1,000人`). A pure reading of a
// cell's text is remembered for the texts seen lately; the answer is shared, so it
// must not be changed by whoever asks (the model is read-only once parsed).

/** `read`, remembering its answers for up to `size` texts (then it starts afresh). */
export function memoByText<T>(read: (text: string) => T, size = 20_000): (text: string) => T {
	let known = new Map<string, T>();
	return (text) => {
		const found = known.get(text);
		if (found !== undefined) return found;
		const value = read(text);
		if (known.size >= size) known = new Map();
		known.set(text, value);
		return value;
	};
}
