import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_ROOT } from './content-root.ts';
import { COLLECTIONS, idOfFile } from './cli/read-content.ts';

// One glob loader per folder of author files, each validated by the same zod schema as
// `npm run check`. Ids are file names without extension: a brief's id is its slug.
const collection = (key: keyof typeof COLLECTIONS) => {
  const { dir, ext, schema } = COLLECTIONS[key];
  return defineCollection({
    loader: glob({ base: `${CONTENT_ROOT}/${dir}`, pattern: [`**/*${ext}`, '!**/_*'], generateId: ({ entry }) => idOfFile(entry) }),
    schema,
  });
};

export const collections = {
  briefs: collection('briefs'),
  actors: collection('actors'),
  regions: collection('regions'),
  series: collection('series'),
  sources: collection('sources'),
};
