import { z } from 'zod';
import { TextSchema } from './id.ts';

/** `content/series/ID.yaml`. */
export const SeriesSchema = z.strictObject({
  /** Display name. */
  name: TextSchema,
  /** One paragraph about the series. */
  description: TextSchema,
  /** How often it appears. */
  cadence: z.enum(['weekly', 'irregular']),
  /** Multi-story newsletter or single-topic assessment. */
  style: z.enum(['newsletter', 'assessment']),
});

/** A series, normalised. */
export type Series = z.infer<typeof SeriesSchema>;
