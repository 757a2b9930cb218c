// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { readContent } from './src/cli/read-content.ts';
import { previewModeIntegration } from './src/integrations/preview-mode.ts';
import { searchIndexIntegration } from './src/integrations/search-index.ts';
import { validateContentIntegration } from './src/integrations/validate-content.ts';
import { markdownPlugins } from './src/markdown/index.ts';
import { CONTENT_ROOT } from './src/content-root.ts';
import { SITE } from './src/site.config.ts';

// The Markdown plugins need the source records and ids (for :cite and ::chart); they are
// read once here with the same reader the check uses.
const { content } = readContent(CONTENT_ROOT);
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
  integrations: [validateContentIntegration(CONTENT_ROOT), previewModeIntegration(), searchIndexIntegration(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
  markdown: {
    processor: unified(markdownPlugins({ index, base: SITE.base, foreignDomains: SITE.foreignDomains })),
  },
});
