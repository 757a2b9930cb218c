import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { formatDay } from '../format-date.ts';
import type { CorrectionRecord } from './list-corrections.ts';

/** Absolute links a feed item needs: a correction's anchor on its brief, and a claim's row. */
export interface CorrectionLinks {
  correction: (c: CorrectionRecord) => string;
  claim: (id: string) => string;
  /** How a claim is named to readers. */
  label: (id: string) => string;
}

/** One correction for feeds: the day (linked to the correction), the desk's words, the claims it concerns. Author text stays text. */
export function correction(c: CorrectionRecord, links: CorrectionLinks): Root {
  const claims = c.claims.flatMap((id, i) => [...(i > 0 ? ['; '] : []), h('a', { href: links.claim(id) }, links.label(id))]);
  return h(null, [h('a', { href: links.correction(c) }, formatDay(c.date)), `: ${c.text}`, ...(claims.length > 0 ? [' Concerns ', ...claims, '.'] : [])]);
}

/** A brief's corrections as the section ending its feed item; none when it has none. */
export function correctionsSection(corrections: readonly CorrectionRecord[], links: CorrectionLinks): Element | undefined {
  if (corrections.length === 0) return undefined;
  return h('section', [h('h2', 'Corrections'), h('ol', corrections.map((c) => h('li', correction(c, links).children)))]);
}
