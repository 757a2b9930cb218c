import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { takeTableDownloads } from '../data/table-downloads.ts';

/**
 * Writes the CSV and JSON download of every table the pages rendered (claims tables and
 * charts' data tables) into `dist/data/tables/` after a production build: one write per
 * file instead of one build route per file. (Under `astro dev` the claims tables' files
 * are served by their endpoints, and chart tables carry their rows in their links.)
 */
export function tableDownloadsIntegration(): AstroIntegration {
  return {
    name: 'briefs:table-downloads',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const downloads = takeTableDownloads();
        const out = join(fileURLToPath(dir), 'data', 'tables');
        mkdirSync(out, { recursive: true });
        for (const [key, { csv, json }] of downloads) {
          writeFileSync(join(out, `${key}.csv`), csv);
          writeFileSync(join(out, `${key}.json`), json);
        }
        logger.info(`wrote the downloads of ${downloads.size} tables`);
      },
    },
  };
}
