// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { gitHistoryIntegration } from './src/integrations/git-history.ts';
import { previewModeIntegration } from './src/integrations/preview-mode.ts';
import { searchIndexIntegration } from './src/integrations/search-index.ts';
import { tableDownloadsIntegration } from './src/integrations/table-downloads.ts';
import { picturesIntegration } from './src/integrations/pictures.ts';
import { validateContentIntegration } from './src/integrations/validate-content.ts';
import { briefPhotosIntegration } from './src/integrations/brief-photos.ts';
import { pageCacheIntegration } from './src/integrations/page-cache.ts';
import { outputInPlaceIntegration } from './src/integrations/output-in-place.ts';
import { resolve, sep } from 'node:path';
import { CONTENT_ROOT, publicDirOf } from './src/content-root.ts';
import { SITE } from './src/site.config.ts';

// Every author file is read, checked and rendered once, by the project's loader
// (src/loader/, wired in src/content.config.ts); the integration below fails the build
// on any problem it found, and shows the problems in the preview.
// What the dev server's file watcher never needs to crawl: the built site, the benchmark's
// corpora and outputs, and the content root's own cache (thousands of files each, which made
// a start take seconds). A content root inside one of them (a benchmark corpus) stays watched.
const unwatched = [resolve('dist'), resolve('.bench')];
const contentCache = resolve(CONTENT_ROOT, '.astro-cache');
/** @type {(path: string, dir: string) => boolean} */
const inside = (path, dir) => path === dir || path.startsWith(dir + sep);
const contentIsUnwatched = unwatched.some((dir) => inside(CONTENT_ROOT, dir));
/** @type {(path: string) => boolean} */
const unwatchedPath = (path) => {
  const full = resolve(path);
  if (inside(full, contentCache)) return true;
  if (!unwatched.some((dir) => inside(full, dir))) return false;
  return !(contentIsUnwatched && (inside(full, CONTENT_ROOT) || inside(CONTENT_ROOT, full)));
};

export default defineConfig({
  site: SITE.url,
  // Another content root (tests, benchmarks) keeps its own content cache.
  ...(process.env.BRIEFS_ROOT && { cacheDir: `${CONTENT_ROOT}/.astro-cache` }),
  base: SITE.base,
  // What `npm run check` reads as public/: links there are refused, figures must be there.
  publicDir: publicDirOf(CONTENT_ROOT),
  trailingSlash: 'ignore',
  // Styles go in files the browser caches once for every page, not repeated inside each page.
  build: { inlineStylesheets: 'never' },
  vite: { server: { watch: { ignored: [unwatchedPath] } } },
  integrations: [validateContentIntegration(CONTENT_ROOT), briefPhotosIntegration(CONTENT_ROOT, resolve('.')), gitHistoryIntegration(CONTENT_ROOT), previewModeIntegration(), searchIndexIntegration(), pageCacheIntegration(), tableDownloadsIntegration(), picturesIntegration(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) }), outputInPlaceIntegration()],
});
