import { describe, expect, it } from 'vitest';
import { BriefSchema } from '../../schema/brief.ts';
import type { BriefEntry } from '../check/content-set.ts';
import { locateClaims } from './located-claim.ts';

describe('locateClaims', () => {
  it('gives each claim its file, field, brief date and lines, asking for lines only when needed', () => {
    const asked: unknown[] = [];
    const data = BriefSchema.parse({
      title: 't', series: 's', date: '2023-09-08', authors: ['a'], summary: 's', sources: ['x'],
      claims: [{ id: 'k', date: '2023-09-04', region: 'r', perpetrators: [], victims: { category: 'military' }, killed: 'unknown', claimant: 'jnim', stance: 'claimed', sources: ['x'] }],
    });
    const brief = { id: 'b', file: 'content/briefs/2023/b.md', raw: {}, body: '', bodyLine: 30, data, lineOf: (path: readonly PropertyKey[]) => (asked.push(path), 12 + path.length) } as BriefEntry;
    const [claim] = locateClaims([brief]);
    expect(claim).toMatchObject({ file: 'content/briefs/2023/b.md', field: 'claims[0]', index: 0, briefDate: '2023-09-08' });
    expect(asked).toEqual([]);
    expect([claim!.lineOf(), claim!.lineOf('date')]).toEqual([14, 15]);
    expect(asked).toEqual([['claims', 0], ['claims', 0, 'date']]);
  });
});
