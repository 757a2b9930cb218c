import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { closeSearchIndex, openSearchIndex } from '../site/search-index.ts';

/**
 * The Pagefind search index of a production build, in `dist/pagefind/`: briefs, actor,
 * region and incident pages (those marked `data-pagefind-body`), with series, actor and region filters,
 * sent to Pagefind by src/middleware.ts as each page renders. Charts' SVG text is left out.
 */
export function searchIndexIntegration(): AstroIntegration {
  return {
    name: 'briefs:search-index',
    hooks: {
      'astro:build:start': async () => {
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['svg', '.table-wrap', 'details'] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        openSearchIndex(index);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { index, pages, errors } = await closeSearchIndex();
        if (errors.length > 0) throw new Error(`Pagefind failed to index: ${errors.join('; ')}`);
        // Written into an empty folder: Pagefind leaves alone a file it would write the same
        // (its names are digests), which a build written over the last one would count as stale.
        const outputPath = `${fileURLToPath(dir)}/pagefind`;
        await rm(outputPath, { recursive: true, force: true });
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length > 0) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${pages} pages for search`);
      },
    },
  };
}
