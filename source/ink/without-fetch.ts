// Checked against Ink 6.8.0 and yoga-layout 3.2.1 (see index.ts).
/**
 * Ink's layout engine (yoga, compiled to WebAssembly) loads its binary with `fetch` on a
 * data: URL whenever `fetch` exists. In Node that first loads the whole undici HTTP stack
 * and goes through it: about 25 ms of start-up. Without `fetch` it decodes the same
 * bytes directly. Nothing in shuro fetches anything, and `fetch` is restored at once.
 */
export async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
	const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	if (!descriptor?.configurable) return load();
	Object.defineProperty(globalThis, 'fetch', {
		value: undefined,
		configurable: true,
		writable: true,
	});
	try {
		return await load();
	} finally {
		Object.defineProperty(globalThis, 'fetch', descriptor);
	}
}
