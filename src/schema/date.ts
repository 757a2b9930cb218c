import { z } from 'zod';

/** Whether a year, month and day name a day that exists in the Gregorian calendar. */
export function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Last day of a month, as a day number. */
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A YAML loader with the default schema turns an unquoted `2024-01-05` into a Date and
 * `2024` into a number; both are read back as the text the author wrote. (Impossible
 * unquoted dates that YAML rolls over are caught earlier, where the raw text is read.)
 */
const asText = (value: unknown) =>
  value instanceof Date
    ? value.toISOString().replace(/T00:00:00\.000Z$/, '')
    : typeof value === 'number'
      ? String(value)
      : value;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day written `YYYY-MM-DD` that really exists. */
export const IsoDaySchema = z
  .preprocess(
    asText,
    z.string().refine((text) => {
      const m = DAY.exec(text);
      return !!m && isRealDay(Number(m[1]), Number(m[2]), Number(m[3]));
    }, { error: (issue) => `${JSON.stringify(issue.input)} is not a real date; expected "YYYY-MM-DD"` }),
  )
  .meta({ type: 'string', pattern: DAY.source, description: 'A day, quoted: "YYYY-MM-DD".' });

// A zone as clocks keep it: from -12:00 to +14:00.
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?(Z|\+(?:0\d|1[0-3]):[0-5]\d|\+14:00|-(?:0\d|1[01]):[0-5]\d|-12:00)?)?$/;

/** A day or an instant: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]`. */
export const IsoDateTimeSchema = z
  .preprocess(
    asText,
    z.string().refine((text) => {
      const m = DATETIME.exec(text);
      return !!m && isRealDay(Number(m[1]), Number(m[2]), Number(m[3]));
    }, {
      error: (issue) => {
        const zone = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?([+-]\d{2}:\d{2})$/.exec(String(issue.input))?.[1];
        return zone
          ? `${JSON.stringify(issue.input)} has the time zone ${zone}, which no clock keeps; expected Z or an offset from -12:00 to +14:00`
          : `${JSON.stringify(issue.input)} is not a real date or time; expected "YYYY-MM-DD" or "YYYY-MM-DDTHH:MMZ"`;
      },
    }),
  )
  .meta({ type: 'string', pattern: DATETIME.source, description: 'A day or an instant, quoted: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MMZ".' });

/** How precisely a claim is dated; a month-precision claim is never drawn on a day axis. */
export type DatePrecision = 'year' | 'month' | 'day' | 'period';

/** A claim's date, normalised to the span of days it covers. */
export interface ClaimDate {
  /** The date as written ("2022-09", or "2024-01-01 to 2024-12-31" for a period). */
  text: string;
  precision: DatePrecision;
  /** First day covered, `YYYY-MM-DD`. */
  start: string;
  /** Last day covered, `YYYY-MM-DD`. */
  end: string;
}

const CLAIM_DATE_FORMS = '"YYYY", "YYYY-MM", "YYYY-MM-DD", or { from: "YYYY-MM-DD", to: "YYYY-MM-DD" }';

/** Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD"; `undefined` when malformed or not a real date. */
export function parsePartialDate(text: string): ClaimDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { text, precision: 'year', start: `${year}-01-01`, end: `${year}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) {
    return { text, precision: 'month', start: `${text}-01`, end: `${text}-${pad(lastDay(year, month))}` };
  }
  if (!isRealDay(year, month, Number(m[3]))) return undefined;
  return { text, precision: 'day', start: text, end: text };
}

const Period = z.strictObject({
  /** First day of the period. */
  from: IsoDaySchema,
  /** Last day of the period. */
  to: IsoDaySchema,
});

/** A claim's `date`: a year, month or day, or a `{ from, to }` period. */
export const ClaimDateSchema = z.unknown().transform((value, ctx): ClaimDate => {
  if (value === undefined || value === null) {
    ctx.addIssue({ code: 'custom', message: `required field is missing; expected ${CLAIM_DATE_FORMS}` });
    return z.NEVER;
  }
  const text = asText(value);
  if (typeof text === 'string') {
    const parsed = parsePartialDate(text);
    if (parsed) return parsed;
  } else if (typeof text === 'object' && text !== null) {
    const period = Period.safeParse(text);
    if (period.success) {
      const { from, to } = period.data;
      if (from <= to) return { text: `${from} to ${to}`, precision: 'period', start: from, end: to };
      ctx.addIssue({ code: 'custom', message: `period ends (${to}) before it starts (${from}); expected from ≤ to` });
      return z.NEVER;
    }
  }
  ctx.addIssue({ code: 'custom', message: `${JSON.stringify(text)} is not a real date; expected ${CLAIM_DATE_FORMS}` });
  return z.NEVER;
}).meta({
  description: `When it happened: ${CLAIM_DATE_FORMS}.`,
  anyOf: [
    { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
    { type: 'integer' },
    { type: 'object', required: ['from', 'to'], additionalProperties: false, properties: { from: { type: 'string', pattern: DAY.source }, to: { type: 'string', pattern: DAY.source } } },
  ],
});
