import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind after every production build, into
 * `dist/pagefind/`: briefs, actor and region pages (those marked `data-pagefind-body`),
 * with series, actor and region filters. Charts' SVG text is left out of the index.
 */
export function searchIndexIntegration(): AstroIntegration {
  return {
    name: 'briefs:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['svg', '.table-wrap', 'details'] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Only briefs, actors and regions carry searchable bodies; the other pages are not read.
        const added = await index.addDirectory({ path: site, glob: '{briefs,actors,regions}/**/*.html' });
        if (added.errors.length > 0) throw new Error(`Pagefind failed to index: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages for search`);
      },
    },
  };
}
