import { z } from 'zod';
import { CountSchema } from './count.ts';
import { ClaimDateSchema } from './date.ts';
import { IdListSchema, IdSchema, TextSchema } from './id.ts';

/** Who the victims were. */
export const VICTIM_CATEGORIES = ['civilians', 'military', 'police', 'militants', 'mercenaries', 'peacekeepers', 'mixed', 'unknown'] as const;
/** How the claimant presents the figure. */
export const STANCES = ['claimed', 'reported', 'alleged', 'confirmed', 'denied', 'disputed'] as const;
/** The desk's assessment of the figure. */
export const GRADES = ['confirmed', 'fair', 'weak', 'contested', 'discounted', 'unassessed'] as const;
/** One event, or a total over a period. */
export const SCOPES = ['incident', 'aggregate'] as const;

/** A casualty claim reported in a brief (DESIGN §1). */
export const ClaimSchema = z.strictObject({
  /** Unique across the whole site and stable forever: it is the claim's anchor. */
  id: IdSchema,
  /** Claims about one event share it and count once. */
  incident: IdSchema.optional(),
  /** "YYYY", "YYYY-MM", "YYYY-MM-DD" or a { from, to } period. */
  date: ClaimDateSchema,
  /** Region id where it happened. */
  region: IdSchema,
  /** Free text place name. */
  place: TextSchema.optional(),
  /** Actor ids of who did it; required, and `[]` when unknown. */
  perpetrators: z.array(IdSchema),
  /** Who was harmed. */
  victims: z.strictObject({
    /** Actor ids of the victims, when they are an actor. */
    actors: IdListSchema,
    /** What kind of people they were. */
    category: z.enum(VICTIM_CATEGORIES),
  }),
  /** Killed, in the counts grammar; may be left out when the claim gives `wounded` or `abducted` only. */
  killed: CountSchema.optional(),
  /** Wounded, in the counts grammar. */
  wounded: CountSchema.optional(),
  /** Abducted, in the counts grammar. */
  abducted: CountSchema.optional(),
  /** Actor id or source id of who asserts the figure. */
  claimant: IdSchema,
  /** How the claimant presents the figure. */
  stance: z.enum(STANCES),
  /** The desk's assessment; drives which layer a figure is drawn in. */
  grade: z.enum(GRADES).default('unassessed'),
  /** `aggregate` for period totals, which are never added to incident sums. */
  scope: z.enum(SCOPES).default('incident'),
  /** Source ids; at least one. */
  sources: z.array(IdSchema).min(1),
  /** One line of context, shown beside this claim only. */
  note: TextSchema.optional(),
  /** Incident ids this claim is known not to be: silences the check's probable-duplicate warning. */
  distinctFrom: IdListSchema,
})
  // A claim need not be about killing, but it must be about someone: a kidnapping is an
  // `abducted` figure, not a killing with no number.
  .check((ctx) => {
    const claim = ctx.value;
    if (claim.killed === undefined && claim.wounded === undefined && claim.abducted === undefined) {
      ctx.issues.push({ code: 'custom', path: ['killed'], input: claim, message: 'missing; expected a killed figure in the counts grammar ("unknown" when people were killed but no number is given), or leave it out only when the claim gives wounded or abducted' });
    }
  })
  .meta({ anyOf: [{ required: ['killed'] }, { required: ['wounded'] }, { required: ['abducted'] }] });

/** A claim as written by an author. */
export type ClaimInput = z.input<typeof ClaimSchema>;
/** A claim with its counts and date normalised. */
export type Claim = z.infer<typeof ClaimSchema>;
/** A claim's grade. */
export type Grade = (typeof GRADES)[number];
