import { z } from 'zod';
import { TextSchema } from './id.ts';

/** A casualty count normalised from what the author wrote (DESIGN §1.1). */
export interface Count {
  /** Lowest number the phrase allows; `null` when the phrase gives no number ("unknown"). */
  min: number | null;
  /** Highest number the phrase allows; `null` means open-ended (or unknown when `min` is null). */
  max: number | null;
  /** The phrase exactly as the author wrote it, shown beside every derived figure. */
  text: string;
  /** True for "about", "around" and "nearly": the number is the author's approximation. */
  approximate: boolean;
}

/**
 * The largest figure a count may hold: more than any casualty figure a conflict has
 * produced, and far below where numbers lose digits (9007199254740993 reads as …992) or
 * become Infinity.
 */
export const MAX_COUNT = 10_000_000;

/** The accepted forms, as an author reads them in an error message. */
export const COUNT_FORMS =
  'a whole number, "about N", "around N", "nearly N", "at least N", "over N", "more than N", "N-M", "N to M", "several", "dozens", "hundreds", "unknown", null, or { min, max, text }';

/** The phrases of the grammar, for editors (case-insensitive there too). */
const COUNT_PATTERN = /^\s*(?:\d+|(?:[Aa]bout|[Aa]round|[Nn]early|[Aa]t least|[Oo]ver|[Mm]ore than) \d+|\d+ ?(?:-|–|to) ?\d+|[Ss]everal|[Dd]ozens|[Hh]undreds|[Uu]nknown)\s*$/;

const WORDS: Record<string, [number, number | null]> = {
  several: [3, null],
  dozens: [24, null],
  hundreds: [200, null],
};

const count = (min: number | null, max: number | null, text: string, approximate = false): Count => ({
  min,
  max,
  text,
  approximate,
});

/** Reads one count phrase; returns `undefined` when it is none of the accepted forms. */
export function parseCountPhrase(phrase: string): Count | undefined {
  const text = phrase.trim();
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  if (lower === 'unknown') return count(null, null, text);
  if (lower in WORDS) return count(...WORDS[lower]!, text);
  let m = /^(\d+)$/.exec(lower);
  if (m) return count(Number(m[1]), Number(m[1]), text);
  m = /^(?:about|around|nearly) (\d+)$/.exec(lower);
  if (m) return count(Number(m[1]), Number(m[1]), text, true);
  m = /^at least (\d+)$/.exec(lower);
  if (m) return count(Number(m[1]), null, text);
  m = /^(?:over|more than) (\d+)$/.exec(lower);
  if (m) return count(Number(m[1]) + 1, null, text);
  m = /^(\d+) ?(?:-|–|to) ?(\d+)$/.exec(lower);
  if (m) return count(Number(m[1]), Number(m[2]), text);
  return undefined;
}

const CountObject = z.strictObject({
  /** Lowest figure. */
  min: z.number().int().nonnegative().max(MAX_COUNT),
  /** Highest figure, or null when open-ended. */
  max: z.number().int().nonnegative().max(MAX_COUNT).nullable(),
  /** The phrase as the source worded it. */
  text: TextSchema,
});

/** The first figure in a count as written that is above {@link MAX_COUNT}, as the author wrote it. */
function tooLargeIn(value: unknown): string | undefined {
  if (typeof value === 'number') return value > MAX_COUNT ? (Number.isFinite(value) && Number.isSafeInteger(value) ? String(value) : 'a number this large') : undefined;
  if (typeof value === 'string') {
    const digits = value.match(/\d+/g)?.find((d) => Number(d) > MAX_COUNT);
    return digits === undefined ? undefined : digits.length > 20 ? `a number of ${digits.length} digits` : digits;
  }
  if (value && typeof value === 'object') {
    const { min, max } = value as Record<string, unknown>;
    return [min, max].map(tooLargeIn).find((t) => t !== undefined);
  }
  return undefined;
}

/** `killed`, `wounded`, `abducted`: a number, a phrase of the grammar, null, or an explicit range. */
export const CountSchema = z
  .unknown()
  .transform((value, ctx): Count => {
    if (value === null || value === undefined) return count(null, null, 'unknown');
    const tooLarge = tooLargeIn(value);
    if (tooLarge !== undefined) {
      ctx.addIssue({ code: 'custom', message: `${tooLarge} is more than a count can be; expected at most ${MAX_COUNT.toLocaleString('en-GB')}` });
      return z.NEVER;
    }
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
      return count(value, value, String(value));
    }
    if (typeof value === 'string') {
      const parsed = parseCountPhrase(value);
      if (parsed && (parsed.max === null || parsed.min === null || parsed.min <= parsed.max)) return parsed;
      ctx.addIssue({
        code: 'custom',
        message: parsed
          ? `"${value}" has min ${parsed.min} > max ${parsed.max}; expected the lower figure first`
          : `"${value}" is not a count; expected ${COUNT_FORMS}`,
      });
      return z.NEVER;
    }
    if (typeof value === 'object') {
      const result = CountObject.safeParse(value);
      if (!result.success) {
        ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value)} is not a count range; expected { min, max, text } with whole numbers` });
        return z.NEVER;
      }
      const { min, max, text } = result.data;
      if (max !== null && min > max) {
        ctx.addIssue({ code: 'custom', message: `min ${min} > max ${max}; expected min ≤ max` });
        return z.NEVER;
      }
      return count(min, max, text);
    }
    ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value)} is not a count; expected ${COUNT_FORMS}` });
    return z.NEVER;
  })
  .meta({
    description: `A count: ${COUNT_FORMS}.`,
    anyOf: [
      { type: 'integer', minimum: 0, maximum: MAX_COUNT },
      { type: 'string', pattern: COUNT_PATTERN.source },
      { type: 'null' },
      { type: 'object', required: ['min', 'max', 'text'], additionalProperties: false, properties: { min: { type: 'integer', minimum: 0, maximum: MAX_COUNT }, max: { type: ['integer', 'null'], minimum: 0, maximum: MAX_COUNT }, text: { type: 'string', pattern: '\\S' } } },
    ],
  });
