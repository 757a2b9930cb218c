import { z } from 'zod';
import { CountryCodeSchema, IdSchema, TextSchema } from './id.ts';

/** How large a region is. */
export const REGION_LEVELS = ['country', 'admin1', 'admin2', 'place'] as const;

/** `content/regions/ID.yaml`. */
export const RegionSchema = z.strictObject({
  /** Name as readers know it, with accents. */
  name: TextSchema,
  /** ISO alpha-3 code of the country. */
  country: CountryCodeSchema,
  /** Country, first or second administrative level, or a place. */
  level: z.enum(REGION_LEVELS),
  /** Region id of the enclosing region. */
  parent: IdSchema.optional(),
  /** Latitude of its centre, in degrees. */
  lat: z.number().min(-90).max(90),
  /** Longitude of its centre, in degrees. */
  lon: z.number().min(-180).max(180),
  /** Spellings without accents, French and English names. */
  aliases: z.array(TextSchema).default([]),
});

/** A region, normalised. */
export type Region = z.infer<typeof RegionSchema>;
