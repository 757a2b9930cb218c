import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { liveEntries } from '../content/live-content.ts';
import { contentSession } from '../loader/session.ts';
import type { StoredMetadata } from '../content/stored-body.ts';
import { photoKey } from '../lib/photos/photo-src.ts';

/** The module pages import the photos of every brief from: `default` maps `photoKey(brief, src)` to Astro's image. */
const PHOTOS_MODULE = 'virtual:brief-photos';
const RESOLVED = `\0${PHOTOS_MODULE}`;

interface Stored {
  id: string;
  filePath?: string;
  rendered?: { metadata?: Partial<StoredMetadata> };
}

/**
 * Hands the photos that briefs show to Astro's image service. The loader has read and
 * checked every body; this module imports exactly the photos they name, from the content
 * root (which may be outside the project), so Astro resizes them and ships none that is
 * not shown. A module of its own, made in this process from what the loader stored,
 * because Astro's shared list of content images is one file per project, which builds of
 * other content roots (the tests) would overwrite. Under `astro dev` it is made again
 * after every save.
 */
export function briefPhotosIntegration(root: string, projectRoot: string): AstroIntegration {
  return {
    name: 'briefs:photos',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'briefs:photos',
                resolveId: (id: string) => (id === PHOTOS_MODULE ? RESOLVED : undefined),
                load(id: string) {
                  if (id !== RESOLVED) return undefined;
                  const photos = (liveEntries<Stored>(root, 'briefs') ?? []).flatMap((entry) =>
                    (entry.rendered?.metadata?.facts?.photos ?? []).map((photo) => ({ key: photoKey(entry.id, photo.src), path: join(projectRoot, dirname(entry.filePath ?? ''), photo.src) })),
                  );
                  return [
                    ...photos.map((p, i) => `import photo${i} from ${JSON.stringify(p.path)};`),
                    `export default new Map([${photos.map((p, i) => `[${JSON.stringify(p.key)}, photo${i}]`).join(', ')}]);`,
                  ].join('\n');
                },
                configureServer(server) {
                  contentSession(root).listeners.add(() => {
                    for (const environment of Object.values(server.environments)) {
                      const module = environment.moduleGraph.getModuleById(RESOLVED);
                      if (module) environment.moduleGraph.invalidateModule(module);
                    }
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}
