import { escapeXml } from '../feeds/xml-safe.ts';
import { formatDay } from '../dates/format-date.ts';
import type { CorrectionRecord } from './list-corrections.ts';

/** Absolute links a feed item needs: a correction's anchor on its brief, and a claim's row. */
export interface CorrectionLinks {
  correction: (c: CorrectionRecord) => string;
  claim: (id: string) => string;
  /** How a claim is named to readers. */
  label: (id: string) => string;
}

/** One correction as feed HTML: the day, the desk's words, the claims it concerns. Text is escaped: content is data. */
export function correctionHtml(c: CorrectionRecord, links: CorrectionLinks): string {
  const claims = c.claims.map((id) => `<a href="${escapeXml(links.claim(id))}">${escapeXml(links.label(id))}</a>`).join('; ');
  return `<a href="${escapeXml(links.correction(c))}">${escapeXml(formatDay(c.date))}</a>: ${escapeXml(c.text)}${claims ? ` Concerns ${claims}.` : ''}`;
}

/** A brief's corrections as a section appended to its feed item; '' when it has none. */
export function correctionsSectionHtml(corrections: readonly CorrectionRecord[], links: CorrectionLinks): string {
  if (corrections.length === 0) return '';
  return `<section><h2>Corrections</h2><ol>${corrections.map((c) => `<li>${correctionHtml(c, links)}</li>`).join('')}</ol></section>`;
}
