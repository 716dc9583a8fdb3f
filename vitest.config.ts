import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		testTimeout: 30_000,
		pool: 'forks',
		globalSetup: ['test/helpers/cache-dir.ts'],
	},
});
