import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Site-level tests share one production build of the starter content.
    globalSetup: ['tests/build-site.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
