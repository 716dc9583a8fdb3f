// The UI tests render through the patched Ink modules the bundle uses (vitest.config.ts
// swaps them in as build.mjs does, from source/ink/swaps.mjs): a render goes through
// shuro's frame buffer, sanitiser and width cache, not Ink's own.
import {Box, Text} from 'ink';
import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import Output from '../../source/ink/output.js';

const calls = vi.hoisted(() => ({sanitize: 0, width: 0}));

vi.mock('../../source/ink/sanitize.js', async (original) => {
	const {default: sanitize} = await original<typeof import('../../source/ink/sanitize.js')>();
	return {
		default: (text: string) => {
			calls.sanitize++;
			return sanitize(text);
		},
	};
});

vi.mock('../../source/ink/string-width.js', async (original) => {
	const {default: width} = await original<typeof import('../../source/ink/string-width.js')>();
	return {
		default: (...args: Parameters<typeof width>) => {
			calls.width++;
			return width(...args);
		},
	};
});

afterEach(() => {
	vi.restoreAllMocks();
});

describe('Ink as the tests render it', () => {
	it("builds each frame with source/ink/output.ts, not Ink's Output", () => {
		const get = vi.spyOn(Output.prototype, 'get');
		const {lastFrame} = render(<Text>テレワークの推進</Text>);
		expect(lastFrame()).toBe('テレワークの推進');
		expect(get).toHaveBeenCalled();
	});

	it("sanitises text nodes with source/ink/sanitize.ts, not Ink's", () => {
		const before = calls.sanitize;
		const {lastFrame} = render(<Text>就労支援</Text>);
		expect(lastFrame()).toBe('就労支援');
		expect(calls.sanitize).toBeGreaterThan(before);
	});

	it("measures with shuro's width cache (source/ink/string-width.ts)", () => {
		const before = calls.width;
		// Wrapped to 6 cells: Ink's wrap-ansi measures the text.
		const {lastFrame} = render(
			<Box width={6}>
				<Text>女性の再就職</Text>
			</Box>,
		);
		expect(lastFrame()).toBe('女性の\n再就職');
		expect(calls.width).toBeGreaterThan(before);
	});
});
