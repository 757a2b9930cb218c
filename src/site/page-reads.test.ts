import { describe, expect, it } from 'vitest';
import { keptReads, readingInto, sameReads, sharedWork, trackedModel, type Reads } from './page-reads.ts';

const model = (name: string) => ({ actors: new Map([['jnim', { name }], ['fama', { name: 'FAMa' }]]), claims: [{ id: 'c1', killed: 12 }] });

describe('page reads', () => {
  it('notes what a page reads, and tells whether the same reads see the same values in a later build', async () => {
    const before = model('JNIM');
    const view = trackedModel('site', before);
    const reads: Reads = new Map();
    await readingInto(reads, async () => view.actors.get('jnim')?.name);
    const kept = await keptReads({ site: async () => before }, reads);
    expect(kept.map(([m, f, k]) => [m, f, k])).toEqual([['site', 'actors', '"jnim"']]);
    // Another actor renamed: this page's read is unchanged.
    expect(await sameReads({ site: async () => ({ ...model('JNIM'), actors: new Map([...model('JNIM').actors, ['fama', { name: 'Malian army' }]]) }) }, kept)).toBe(true);
    expect(await sameReads({ site: async () => model('Jama’at Nusrat al-Islam') }, kept)).toBe(false);
  });

  it('adds the reads of work shared by several pages to every page that uses it, not only the first', async () => {
    const site = model('JNIM');
    const view = trackedModel('site', site);
    const work = sharedWork<number>();
    const draw = () => work(site, 'chart', async () => view.claims.length);
    const first: Reads = new Map();
    const second: Reads = new Map();
    await readingInto(first, draw);
    await readingInto(second, draw);
    for (const reads of [first, second]) expect([...(reads.get('site')?.keys() ?? [])]).toEqual(['claims']);
  });
});
