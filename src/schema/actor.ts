import { z } from 'zod';
import { parsePartialDate } from './date.ts';
import { CountryCodeSchema, IdSchema, TextSchema } from './id.ts';

/** What sort of actor it is. */
export const ACTOR_KINDS = ['state-force', 'pmc', 'jihadist', 'rebel', 'militia', 'government', 'igo', 'other'] as const;
/** How two actors are related. */
export const RELATION_TYPES = ['affiliate-of', 'faction-of', 'successor-of', 'allied-with', 'part-of'] as const;

/** The frontmatter of `content/actors/ID.md`. */
export const ActorSchema = z.strictObject({
  /** Full name. */
  name: TextSchema,
  /** Short name or acronym used in running text. */
  short: TextSchema.optional(),
  /** What sort of actor it is. */
  kind: z.enum(ACTOR_KINDS),
  /** ISO alpha-3 code of where it is based. */
  country: CountryCodeSchema.optional(),
  /** Other names and spellings; all are linked on first mention. */
  aliases: z.array(TextSchema).default([]),
  /** Typed links to other actors. */
  relations: z
    .array(
      z.strictObject({
        /** How this actor relates to the other. */
        type: z.enum(RELATION_TYPES),
        /** The other actor's id. */
        actor: IdSchema,
        /** Since when, as a year or date. */
        from: z
          .preprocess(
            (v) => (typeof v === 'number' ? String(v) : v instanceof Date ? v.toISOString().slice(0, 10) : v),
            z.string().refine((text) => parsePartialDate(text) !== undefined, { error: (issue) => `${JSON.stringify(issue.input)} is not a real date; expected "YYYY", "YYYY-MM" or "YYYY-MM-DD"` }),
          )
          .optional(),
      }),
    )
    .default([]),
});

/** An actor's frontmatter, normalised. */
export type Actor = z.infer<typeof ActorSchema>;
/** An actor's kind. */
export type ActorKind = (typeof ACTOR_KINDS)[number];
