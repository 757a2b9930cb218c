import { foldText } from '../text/fold-text.ts';
import type { IdRecord } from './id-records.ts';

/** How well a record matches: an exact id or name first, then one that starts so, then any match. */
function rank(record: IdRecord, query: string): number {
  const texts = [record.id, ...record.names].map(foldText);
  if (texts.includes(query)) return 0;
  if (texts.some((t) => t.startsWith(query))) return 1;
  return 2;
}

/**
 * The records an author may mean by `query`: every word of it found in the id, name,
 * short name, aliases or places, accents and case folded ("menaka" finds "Ménaka",
 * "gsim" finds JNIM by its alias); exact matches first, then in the records' order.
 */
export function lookupIds(query: string, records: readonly IdRecord[]): IdRecord[] {
  const folded = foldText(query.trim());
  const words = folded.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const found = records
    .map((record, order) => ({ record, order, text: foldText([record.id, ...record.names].join('\n')) }))
    .filter(({ text }) => words.every((word) => text.includes(word)));
  return found.map((f) => ({ ...f, rank: rank(f.record, folded) })).sort((a, b) => a.rank - b.rank || a.order - b.order).map((f) => f.record);
}

/** The records as the terminal shows them: id, kind and file on one line, then the name and the line to paste. */
export function formatLookup(records: readonly IdRecord[]): string {
  return records.map((r) => `${r.id}  (${r.kind})  ${r.where}\n  ${r.label}\n  paste: ${r.paste}`).join('\n\n');
}
