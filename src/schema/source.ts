import { z } from 'zod';
import { IsoDaySchema } from './date.ts';
import { TextSchema } from './id.ts';

/** What kind of publisher a source is. */
export const SOURCE_KINDS = ['claim-channel', 'media', 'monitor', 'rights-group', 'government', 'un', 'think-tank'] as const;

/** `seeds/ID.yaml`: one record per report the briefs draw on. */
export const SourceSchema = z.strictObject({
  /** Title of the report. */
  title: TextSchema,
  /** Who published it. */
  publisher: TextSchema,
  /** Who wrote it, or the publisher's desk. */
  author: TextSchema,
  /** Publication day. */
  published: IsoDaySchema,
  /** Where it can be read, when public: an http or https address. */
  url: z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'expected an http:// or https:// address' }).optional(),
  /** What kind of publisher it is. */
  kind: z.enum(SOURCE_KINDS),
  /** Language code, like "en" or "ar". */
  language: z.string().min(2),
  /** What it says, in the project's own words. */
  summary: TextSchema,
});

/** A source record, normalised. */
export type Source = z.infer<typeof SourceSchema>;
