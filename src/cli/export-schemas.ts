import { z } from 'zod';
import { COLLECTIONS } from '../content/read-content.ts';

/** JSON Schemas of the authors' files, generated from the zod schemas, by file name. */
export function jsonSchemas(): Record<string, string> {
  const names = { briefs: 'brief', actors: 'actor', regions: 'region', series: 'series', sources: 'source' } as const;
  return Object.fromEntries(
    Object.entries(COLLECTIONS).map(([key, { schema }]) => {
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
      return [`${names[key as keyof typeof names]}.schema.json`, `${JSON.stringify(json, null, 2)}\n`];
    }),
  );
}
