import { defineCollection } from 'astro:content';
import { CONTENT_ROOT } from './content-root.ts';
import { COLLECTIONS } from './content/read-content.ts';
import { contentLoader } from './loader/content-loader.ts';

// One project-owned loader per folder of author files. All five share one reading of
// the files, the same code `npm run check` runs: what it accepts is what is published.
// The schemas give pages their types; the loader has validated the data already.
// Ids are file names without extension: a brief's id is its slug.
export const collections = {
  briefs: defineCollection({ loader: contentLoader(CONTENT_ROOT, 'briefs'), schema: COLLECTIONS.briefs.schema }),
  actors: defineCollection({ loader: contentLoader(CONTENT_ROOT, 'actors'), schema: COLLECTIONS.actors.schema }),
  regions: defineCollection({ loader: contentLoader(CONTENT_ROOT, 'regions'), schema: COLLECTIONS.regions.schema }),
  series: defineCollection({ loader: contentLoader(CONTENT_ROOT, 'series'), schema: COLLECTIONS.series.schema }),
  sources: defineCollection({ loader: contentLoader(CONTENT_ROOT, 'sources'), schema: COLLECTIONS.sources.schema }),
};
