import { describe, expect, it } from 'vitest';
import type { IdRecord } from './id-records.ts';
import { formatLookup, lookupIds } from './lookup-ids.ts';

const records: IdRecord[] = [
  { id: 'jnim', kind: 'actor', label: "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", names: ["Jama'at Nusrat al-Islam wal-Muslimin", 'JNIM', 'GSIM'], where: 'content/actors/jnim.md:1', paste: 'actors: [jnim]' },
  { id: 'islamic-state-sahel', kind: 'actor', label: 'Islamic State Sahel Province', names: ['Islamic State Sahel Province', 'ISSP'], where: 'content/actors/islamic-state-sahel.md:1', paste: 'actors: [islamic-state-sahel]' },
  { id: 'mali-menaka', kind: 'region', label: 'Ménaka', names: ['Ménaka', 'Menaka'], where: 'content/regions/mali-menaka.yaml:1', paste: 'regions: [mali-menaka]' },
  { id: 'mw-weekly', kind: 'series', label: 'MW Weekly', names: ['MW Weekly'], where: 'content/series/mw-weekly.yaml:1', paste: 'series: mw-weekly' },
  { id: 'naba-2022-09', kind: 'source', label: 'al-Naba: issue 357', names: ['issue 357', 'al-Naba'], where: 'seeds/naba-2022-09.yaml:1', paste: 'sources: [naba-2022-09]' },
  { id: 'menaka-2022-09', kind: 'incident', label: 'Ménaka area, September 2022', names: ['Ménaka area', 'Ménaka', 'menaka-2022-09-wagner-is'], where: 'content/briefs/2022/2022-09-30-x.md:21', paste: 'incident: menaka-2022-09' },
];
const ids = (query: string) => lookupIds(query, records).map((r) => r.id);

describe('lookupIds', () => {
  it('finds an actor by its alias, in any case', () => {
    expect(ids('gsim')).toEqual(['jnim']);
    expect(ids('Jnim')).toEqual(['jnim']);
  });
  it('folds accents both ways, and puts an exact name before a place that contains it', () => {
    expect(ids('menaka')).toEqual(['mali-menaka', 'menaka-2022-09']);
    expect(ids('MÉNAKA area')).toEqual(['menaka-2022-09']);
  });
  it('finds series, sources and incidents by id or name', () => {
    expect(ids('mw weekly')).toEqual(['mw-weekly']);
    expect(ids('naba')).toEqual(['naba-2022-09']);
    expect(ids('menaka-2022-09')).toEqual(['menaka-2022-09']);
  });
  it('needs every word and finds nothing for an empty query', () => {
    expect(ids('islamic state sahel')).toEqual(['islamic-state-sahel']);
    expect(ids('islamic jnim')).toEqual([]);
    expect(ids('  ')).toEqual([]);
  });
});

describe('formatLookup', () => {
  it('prints the id, kind and file, the name, and the line to paste', () => {
    expect(formatLookup(lookupIds('gsim', records))).toBe("jnim  (actor)  content/actors/jnim.md:1\n  Jama'at Nusrat al-Islam wal-Muslimin (JNIM)\n  paste: actors: [jnim]");
  });
});
