import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_ROOT } from './content-root.ts';
import { COLLECTIONS, idOfFile } from './cli/read-content.ts';

// One glob loader per folder of author files, each validated by the same zod schema as
// `npm run check`. Ids are file names without extension: a brief's id is its slug.
const loader = ({ dir, ext }: { dir: string; ext: string }) =>
  glob({ base: `${CONTENT_ROOT}/${dir}`, pattern: [`**/*${ext}`, '!**/_*'], generateId: ({ entry }) => idOfFile(entry) });

export const collections = {
  briefs: defineCollection({ loader: loader(COLLECTIONS.briefs), schema: COLLECTIONS.briefs.schema }),
  actors: defineCollection({ loader: loader(COLLECTIONS.actors), schema: COLLECTIONS.actors.schema }),
  regions: defineCollection({ loader: loader(COLLECTIONS.regions), schema: COLLECTIONS.regions.schema }),
  series: defineCollection({ loader: loader(COLLECTIONS.series), schema: COLLECTIONS.series.schema }),
  sources: defineCollection({ loader: loader(COLLECTIONS.sources), schema: COLLECTIONS.sources.schema }),
};
