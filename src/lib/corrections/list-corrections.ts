import type { Correction } from '../../schema/brief.ts';

/** A correction with the brief it corrects, as the corrections page, feed and claim rows show it. */
export interface CorrectionRecord extends Correction {
  /** Slug of the corrected brief. */
  brief: string;
  /** Its title. */
  briefTitle: string;
  /** Its publication date, `YYYY-MM-DD`. */
  briefDate: string;
  /**
   * The correction's anchor on the brief page and the tail of its feed GUID:
   * `correction-2022-10-02`, then `-2`, `-3` for later ones on the same day. Corrections are
   * appended newest last, so an anchor never changes once published.
   */
  anchor: string;
}

/** The part of a brief this needs. */
export interface CorrectedBrief {
  id: string;
  /** `corrections` may be absent in data cached before the field existed. */
  data: { title: string; date: string; corrections?: readonly Correction[] | undefined };
}

/** One brief's corrections in the order written (oldest first), each with its stable anchor. */
export function correctionsOf(brief: CorrectedBrief): CorrectionRecord[] {
  const seen = new Map<string, number>();
  return (brief.data.corrections ?? []).map((c) => {
    const n = (seen.get(c.date) ?? 0) + 1;
    seen.set(c.date, n);
    return { ...c, brief: brief.id, briefTitle: brief.data.title, briefDate: brief.data.date, anchor: `correction-${c.date}${n > 1 ? `-${n}` : ''}` };
  });
}

/** Every correction of every brief, newest first; same day: by brief, then the later-written first. */
export function listCorrections(briefs: readonly CorrectedBrief[]): CorrectionRecord[] {
  const all = briefs.flatMap((b) => correctionsOf(b).map((record, order) => ({ record, order })));
  all.sort((a, b) => compare(b.record.date, a.record.date) || compare(a.record.brief, b.record.brief) || b.order - a.order);
  return all.map((a) => a.record);
}

/** Corrections by the id of each claim they name, oldest first, from {@link listCorrections}' list. */
export function correctionsByClaim(newestFirst: readonly CorrectionRecord[]): Map<string, CorrectionRecord[]> {
  const index = new Map<string, CorrectionRecord[]>();
  for (const record of [...newestFirst].reverse()) {
    for (const id of record.claims) index.set(id, [...(index.get(id) ?? []), record]);
  }
  return index;
}

/** The day of a brief's latest correction, or undefined when it has none. */
export const lastCorrected = (brief: CorrectedBrief): string | undefined =>
  (brief.data.corrections ?? []).reduce<string | undefined>((max, c) => (max === undefined || c.date > max ? c.date : max), undefined);

/** Code-unit order, so two builds sort the same on any machine. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
