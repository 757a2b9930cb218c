// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { gitHistoryIntegration } from './src/integrations/git-history.ts';
import { previewModeIntegration } from './src/integrations/preview-mode.ts';
import { searchIndexIntegration } from './src/integrations/search-index.ts';
import { tableDownloadsIntegration } from './src/integrations/table-downloads.ts';
import { validateContentIntegration } from './src/integrations/validate-content.ts';
import { CONTENT_ROOT } from './src/content-root.ts';
import { SITE } from './src/site.config.ts';

// Every author file is read, checked and rendered once, by the project's loader
// (src/loader/, wired in src/content.config.ts); the integration below fails the build
// on any problem it found, and shows the problems in the preview.
export default defineConfig({
  site: SITE.url,
  // Another content root (tests, benchmarks) keeps its own content cache.
  ...(process.env.BRIEFS_ROOT && { cacheDir: `${CONTENT_ROOT}/.astro-cache` }),
  base: SITE.base,
  trailingSlash: 'ignore',
  // Styles go in files the browser caches once for every page, not repeated inside each page.
  build: { inlineStylesheets: 'never' },
  integrations: [validateContentIntegration(CONTENT_ROOT), gitHistoryIntegration(CONTENT_ROOT), previewModeIntegration(), searchIndexIntegration(), tableDownloadsIntegration(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
});
