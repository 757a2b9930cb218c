import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { closeTableDownloads, openTableDownloads } from '../site/table-downloads.ts';

/**
 * The CSV and JSON download of every table the pages render (claims tables and charts'
 * data tables), written into `dist/data/tables/` by the pages as they render during a
 * production build: one write per file instead of one build route per file. (Under
 * `astro dev` the claims tables' files are served by their endpoints, and chart tables
 * carry their rows in their links.)
 */
export function tableDownloadsIntegration(): AstroIntegration {
  let outDir = '';
  return {
    name: 'briefs:table-downloads',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => openTableDownloads(join(outDir, 'data', 'tables')),
      'astro:build:done': async ({ logger }) => {
        logger.info(`wrote the downloads of ${await closeTableDownloads()} tables`);
      },
    },
  };
}
