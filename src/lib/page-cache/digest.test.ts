import { describe, expect, it } from 'vitest';
import { digestOf, NotPlainData } from './digest.ts';

describe('digestOf', () => {
  it('is the same for equal data built separately, and differs for any change a page could print', () => {
    const brief = () => ({ id: 'b1', data: { title: 'Ménaka', claims: [{ killed: { min: 300, max: null } }] }, html: '<p>x</p>'.repeat(20) });
    const site = () => new Map([['b1', brief()]]);
    expect(digestOf(site())).toBe(digestOf(site()));
    const changed = site();
    changed.get('b1')!.data.claims[0]!.killed.min = 310;
    expect(digestOf(changed)).not.toBe(digestOf(site()));
    const longer = site();
    longer.get('b1')!.html += '.';
    expect(digestOf(longer)).not.toBe(digestOf(site()));
  });

  it('tells apart values that print alike: types, order, absent and undefined, null and "null"', () => {
    const pairs: [unknown, unknown][] = [
      ['1', 1],
      [[1, 2], [2, 1]],
      [{ a: undefined }, {}],
      [null, 'null'],
      [new Set([1]), [1]],
      [new Map([['a', 1]]), { a: 1 }],
      [['a,b'], ['a', 'b']],
      [new Date('2024-03-01'), '2024-03-01'],
    ];
    for (const [a, b] of pairs) expect(digestOf(a), `${String(a)} / ${String(b)}`).not.toBe(digestOf(b));
  });

  it('hashes each object once per memo, so a value read by many pages costs one digest', () => {
    const memo = new WeakMap<object, string>();
    const shared = { body: 'x'.repeat(1000) };
    const first = digestOf([shared, shared], memo);
    expect(memo.get(shared)).toBeDefined();
    // The memo is trusted: the same object is not hashed again within a build.
    shared.body = 'changed';
    expect(digestOf([shared], memo)).toBe(digestOf([{ body: 'x'.repeat(1000) }]));
    expect(first).toBe(digestOf([{ body: 'x'.repeat(1000) }, { body: 'x'.repeat(1000) }]));
  });

  it('refuses what is not plain data: functions, class instances, cycles', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const value of [() => 1, { f: () => 1 }, new (class Thing {})(), cycle]) expect(() => digestOf(value)).toThrow(NotPlainData);
  });
});
