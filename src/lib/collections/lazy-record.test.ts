import { describe, expect, it } from 'vitest';
import { lazyRecord, once } from './lazy-record.ts';

describe('lazyRecord', () => {
  it('computes a field on its first read only, and not the fields nobody reads', () => {
    const calls: string[] = [];
    const claims = once(() => (calls.push('claims'), [2, 3]));
    const r = lazyRecord({
      claims,
      total: () => (calls.push('total'), claims().reduce((a, b) => a + b, 0)),
      unused: () => (calls.push('unused'), 'never'),
    });
    expect(r.total).toBe(5);
    expect(r.total).toBe(5);
    expect(r.claims).toEqual([2, 3]);
    expect(calls).toEqual(['total', 'claims']);
  });

  it('lists its fields like a plain object', () => {
    const r = lazyRecord({ a: () => 1, b: () => 2 });
    expect(Object.keys(r)).toEqual(['a', 'b']);
    expect({ ...r }).toEqual({ a: 1, b: 2 });
  });
});

describe('once', () => {
  it('computes once, even a value that is undefined', () => {
    let n = 0;
    const f = once(() => void n++);
    f();
    f();
    expect(n).toBe(1);
  });
});
