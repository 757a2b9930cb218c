import { monthName } from './months.ts';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (n: number) => String(n).padStart(2, '0');

/** "2022-09-29" → "29 September 2022"; "2022-09" → "September 2022"; "2022" stays. */
export function formatDay(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (!month) return year!;
  const name = monthName(Number(month));
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** The month of "2022-09" (or of a day in it) in words, without its year: "September". */
export const formatMonthName = (iso: string): string => monthName(Number(iso.slice(5, 7)));

/** A claim's date in words at its own precision: "March 2022", "1 May – 12 December 2024". */
export function formatClaimDate(date: { precision: string; text: string; start: string; end: string }): string {
  return date.precision === 'period' ? `${formatDay(date.start)} – ${formatDay(date.end)}` : formatDay(date.text);
}

/** A data cutoff as written, for readers: "28 September 2022, 10:00 UTC", "…, 10:00 +02:00". */
export function formatCutoff(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(iso);
  if (!m) return iso;
  const [, day, time, zone] = m;
  if (!time) return formatDay(day!);
  return `${formatDay(day!)}, ${time}${zone === 'Z' ? ' UTC' : zone ? ` ${zone}` : ''}`;
}

/** A day or instant in RFC 822 form for RSS: "Thu, 29 Sep 2022 00:00:00 GMT". */
export function formatRfc822(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${monthName(date.getUTCMonth() + 1, 'short')} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} GMT`;
}

/** The UTC day of an instant, `YYYY-MM-DD`. */
export const dayOf = (now: Date) => now.toISOString().slice(0, 10);
