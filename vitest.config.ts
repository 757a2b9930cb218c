import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'bench/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          // Site-level tests share one production build of the starter content.
          globalSetup: ['tests/build-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
