import { describe, expect, it } from 'vitest';
import { liveEntries, loadedGeneration, markLoaded, shareStore } from './live-content.ts';

describe('live content under the dev server', () => {
  it('gives no entries until a reading is fully loaded, then each store as getCollection would, per content root', () => {
    const entries = [{ id: 'jnim', data: { name: 'JNIM' } }];
    shareStore('/root-a', 'actors', { values: () => entries });
    expect(liveEntries('/root-a', 'actors')).toBeUndefined();
    expect(loadedGeneration('/root-a')).toBeUndefined();
    markLoaded('/root-a', 3);
    expect(loadedGeneration('/root-a')).toBe(3);
    expect(liveEntries('/root-a', 'actors')).toEqual([{ id: 'jnim', data: { name: 'JNIM' }, collection: 'actors' }]);
    // A collection with no store, and another content root, have nothing.
    expect(liveEntries('/root-a', 'regions')).toBeUndefined();
    expect(liveEntries('/root-b', 'actors')).toBeUndefined();
    // The store is read again on each call: a save shows at once.
    entries.push({ id: 'wagner-group', data: { name: 'Wagner Group' } });
    expect(liveEntries<{ id: string }>('/root-a', 'actors')!.map((e) => e.id)).toEqual(['jnim', 'wagner-group']);
  });
});
