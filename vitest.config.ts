import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'bench/**/*.test.ts'] } },
      {
        // The site model's in-process runs read shared entries instead of Astro's content store.
        resolve: {
          alias: {
            'astro:content': fileURLToPath(new URL('./tests/helpers/astro-content.ts', import.meta.url)),
            'astro:assets': fileURLToPath(new URL('./tests/helpers/astro-assets.ts', import.meta.url)),
            'virtual:brief-photos': fileURLToPath(new URL('./tests/helpers/brief-photos.ts', import.meta.url)),
          },
        },
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
