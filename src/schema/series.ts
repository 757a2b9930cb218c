import { z } from 'zod';

/** `content/series/ID.yaml`. */
export const SeriesSchema = z.strictObject({
  /** Display name. */
  name: z.string().min(1),
  /** One paragraph about the series. */
  description: z.string().min(1),
  /** How often it appears. */
  cadence: z.enum(['weekly', 'irregular']),
  /** Multi-story newsletter or single-topic assessment. */
  style: z.enum(['newsletter', 'assessment']),
});

/** A series, normalised. */
export type Series = z.infer<typeof SeriesSchema>;
