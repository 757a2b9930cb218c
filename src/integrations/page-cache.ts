import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { codeFingerprint } from '../content/code-fingerprint.ts';
import { closePageStore, openPageStore } from '../site/page-store.ts';

/** Environment that changes what pages print, besides the content. */
const OUTPUT_ENV = ['BRIEFS_TODAY', 'SITE_URL', 'SITE_BASE'];

/**
 * Keeps each page of a production build in the cache folder beside Astro's, under what it
 * read of the site model (src/site/page-cache.ts), so the next build serves the pages whose
 * data and code did not change instead of rendering them again: a rebuild after editing one
 * brief renders that brief's pages. Never under `astro dev`.
 */
export function pageCacheIntegration(): AstroIntegration {
  let config: AstroConfig;
  return {
    name: 'briefs:page-cache',
    hooks: {
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:build:start': () => {
        const at = (path: string) => fileURLToPath(new URL(path, config.root));
        // Everything that prints pages: the code, its libraries, the files copied or inlined, and the settings.
        const fingerprint = codeFingerprint(
          { src: at('src/'), 'astro.config.mjs': at('astro.config.mjs'), 'package-lock.json': at('package-lock.json'), public: fileURLToPath(config.publicDir) },
          {
            site: config.site,
            base: config.base,
            trailingSlash: config.trailingSlash,
            build: config.build,
            env: Object.fromEntries(OUTPUT_ENV.map((name) => [name, process.env[name] ?? null])),
            node: process.version,
          },
        );
        openPageStore(fileURLToPath(new URL('briefs-pages/', config.cacheDir)), fingerprint);
      },
      'astro:build:done': async ({ logger }) => {
        const { kept, rendered, notKept } = await closePageStore();
        logger.info(`${kept} of ${kept + rendered} pages from the cache`);
        if (notKept.length > 0) logger.info(`${notKept.length} pages read data that cannot be compared between builds and are rendered every time, e.g. ${notKept.slice(0, 3).join(', ')}`);
      },
    },
  };
}
