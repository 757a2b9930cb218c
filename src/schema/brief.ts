import { z } from 'zod';
import { ClaimSchema } from './claim.ts';
import { IsoDateTimeSchema, IsoDaySchema } from './date.ts';
import { IdListSchema, IdSchema } from './id.ts';

/** A dated correction to a brief, in the desk's words (DESIGN §1). */
export const CorrectionSchema = z.strictObject({
  /** The day the correction was made, `YYYY-MM-DD`; never before the brief's `date`. */
  date: IsoDaySchema,
  /** One or two sentences: what was wrong and what is right now. */
  text: z.string().min(1),
  /** Ids of the brief's own claims the correction concerns. */
  claims: IdListSchema,
});

/** The frontmatter of `content/briefs/YYYY/YYYY-MM-DD-slug.md` (DESIGN §1). */
export const BriefSchema = z.strictObject({
  /** Headline. */
  title: z.string().min(1),
  /** Id of a file in content/series/. */
  series: IdSchema,
  /** Issue number within the series. */
  issue: z.number().int().positive().optional(),
  /** Publication date, `YYYY-MM-DD`. */
  date: IsoDaySchema,
  /** When the data was last updated; never after `date`. */
  dataCutoff: IsoDateTimeSchema.optional(),
  /** Bylines. */
  authors: z.array(z.string().min(1)).min(1),
  /** One or two sentences for lists, cards and feeds. */
  summary: z.string().min(1),
  /** The Africa File's opening judgement. */
  keyTakeaway: z.string().optional(),
  /** Actor ids from content/actors/. */
  actors: IdListSchema,
  /** Region ids from content/regions/. */
  regions: IdListSchema,
  /** Free tags. */
  tags: z.array(z.string()).default([]),
  /** Source ids from seeds/. */
  sources: IdListSchema,
  /** Drafts never reach production, feeds or sitemap. */
  draft: z.boolean().default(false),
  /** Casualty claims reported in this brief. */
  claims: z.array(ClaimSchema).default([]),
  /** Dated corrections, oldest first and newest last. */
  corrections: z.array(CorrectionSchema).default([]),
});

/** A brief's frontmatter as written. */
export type BriefInput = z.input<typeof BriefSchema>;
/** A brief's frontmatter, normalised. */
export type Brief = z.infer<typeof BriefSchema>;
/** A correction, normalised. */
export type Correction = z.infer<typeof CorrectionSchema>;
