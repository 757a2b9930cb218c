// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { validateContent } from './src/cli/validate-content.ts';
import { gitHistoryIntegration } from './src/integrations/git-history.ts';
import { previewModeIntegration } from './src/integrations/preview-mode.ts';
import { searchIndexIntegration } from './src/integrations/search-index.ts';
import { tableDownloadsIntegration } from './src/integrations/table-downloads.ts';
import { validateContentIntegration } from './src/integrations/validate-content.ts';
import { markdownPlugins } from './src/markdown/index.ts';
import { CONTENT_ROOT } from './src/content-root.ts';
import { SITE } from './src/site.config.ts';

// Every author file is read and checked once, here: the integration below reports the
// problems before Astro starts, and the Markdown plugins take the source records and ids
// (for :cite, ::chart and actor links) from the same reading.
const { content, issues } = validateContent(CONTENT_ROOT);
const index = {
  sources: new Map(content.sources.map((s) => [s.id, s.data])),
  actors: new Set(content.actors.map((a) => a.id)),
  actorNames: new Map(content.actors.map((a) => [a.id, [a.data.name, a.data.short ?? '', ...a.data.aliases].filter(Boolean)])),
  regions: new Set(content.regions.map((r) => r.id)),
};

export default defineConfig({
  site: SITE.url,
  // Another content root (tests, benchmarks) keeps its own content cache.
  ...(process.env.BRIEFS_ROOT && { cacheDir: `${CONTENT_ROOT}/.astro-cache` }),
  base: SITE.base,
  trailingSlash: 'ignore',
  integrations: [validateContentIntegration(issues), gitHistoryIntegration(CONTENT_ROOT), previewModeIntegration(), searchIndexIntegration(), tableDownloadsIntegration(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
  markdown: {
    processor: unified(markdownPlugins({ index, base: SITE.base, foreignDomains: SITE.foreignDomains })),
  },
});
