import { z } from 'zod';
import { ClaimSchema } from './claim.ts';
import { IsoDateTimeSchema, IsoDaySchema } from './date.ts';
import { IdListSchema, IdSchema, TextSchema } from './id.ts';

/** The most claims one brief may hold: many times what any brief has needed, few enough to check in well under a second. */
export const MAX_CLAIMS = 500;
/** The highest issue number: a weekly series reaches it in two centuries. */
export const MAX_ISSUE = 10_000;

/** A dated correction to a brief, in the desk's words (DESIGN §1). */
export const CorrectionSchema = z.strictObject({
  /** The day the correction was made, `YYYY-MM-DD`; never before the brief's `date`. */
  date: IsoDaySchema,
  /** One or two sentences: what was wrong and what is right now. */
  text: TextSchema,
  /** Ids of the brief's own claims the correction concerns. */
  claims: IdListSchema,
});

/** The frontmatter of `content/briefs/YYYY/YYYY-MM-DD-slug.md` (DESIGN §1). */
export const BriefSchema = z.strictObject({
  /** Headline. */
  title: TextSchema,
  /** Id of a file in content/series/. */
  series: IdSchema,
  /** Issue number within the series. */
  issue: z.number().int().positive().max(MAX_ISSUE).optional(),
  /** Publication date, `YYYY-MM-DD`. */
  date: IsoDaySchema,
  /** When the data was last updated; never after `date`. */
  dataCutoff: IsoDateTimeSchema.optional(),
  /** Bylines. */
  authors: z.array(TextSchema).min(1),
  /** One or two sentences for lists, cards and feeds. */
  summary: TextSchema,
  /** The Africa File's opening judgement. */
  keyTakeaway: TextSchema.optional(),
  /** Actor ids from content/actors/. */
  actors: IdListSchema,
  /** Region ids from content/regions/. */
  regions: IdListSchema,
  /** Free tags. */
  tags: z.array(TextSchema).default([]),
  /** Source ids from seeds/. */
  sources: IdListSchema,
  /** Drafts never reach production, feeds or sitemap. */
  draft: z.boolean().default(false),
  /** Casualty claims reported in this brief. */
  claims: z.array(ClaimSchema).max(MAX_CLAIMS).default([]),
  /** Dated corrections, oldest first and newest last. */
  corrections: z.array(CorrectionSchema).default([]),
});

/** A brief's frontmatter as written. */
export type BriefInput = z.input<typeof BriefSchema>;
/** A brief's frontmatter, normalised. */
export type Brief = z.infer<typeof BriefSchema>;
/** A correction, normalised. */
export type Correction = z.infer<typeof CorrectionSchema>;
