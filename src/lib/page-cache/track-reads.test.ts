import { describe, expect, it } from 'vitest';
import { ALL, trackReads, valueRead } from './track-reads.ts';

const model = () => ({
  actors: new Map([
    ['jnim', { name: 'JNIM' }],
    ['wagner-group', { name: 'Wagner' }],
  ]),
  briefs: [{ id: 'b1' }],
  label: (id: string) => id.toUpperCase(),
});

describe('trackReads', () => {
  it('notes the keys looked up in a Map, and hands out the same values', () => {
    const record = model();
    const reads: [string, unknown][] = [];
    const view = trackReads(record, (field, key) => reads.push([field, key]));
    expect(view.actors.get('jnim')).toBe(record.actors.get('jnim'));
    expect(view.actors.has('ansarul-islam')).toBe(false);
    expect(reads).toEqual([
      ['actors', 'jnim'],
      ['actors', 'ansarul-islam'],
    ]);
  });

  it('notes the whole field when a Map is iterated or counted, or a field is not a Map', () => {
    const reads: [string, unknown][] = [];
    const view = trackReads(model(), (field, key) => reads.push([field, key]));
    expect([...view.actors.keys()]).toEqual(['jnim', 'wagner-group']);
    expect(view.actors.size).toBe(2);
    expect([...view.actors].length).toBe(2);
    expect(view.briefs).toHaveLength(1);
    expect(reads).toEqual([
      ['actors', ALL],
      ['actors', ALL],
      ['actors', ALL],
      ['briefs', ALL],
    ]);
  });

  it('hands out functions without a read (they read through the view), and the same Map view each time', () => {
    const reads: unknown[] = [];
    const view = trackReads(model(), (field) => reads.push(field));
    expect(view.label('x')).toBe('X');
    expect(view.actors).toBe(view.actors);
    expect(reads).toEqual([]);
  });
});

describe('valueRead', () => {
  it('is what a read saw: the field, or the value at a key, an absent key told apart from an undefined value', () => {
    const record = { m: new Map<string, number | undefined>([['a', 1], ['u', undefined]]), list: [1] };
    expect(valueRead(record, 'list', ALL)).toEqual([1]);
    expect(valueRead(record, 'm', 'a')).toEqual({ value: 1 });
    expect(valueRead(record, 'm', 'u')).toEqual({ value: undefined });
    expect(valueRead(record, 'm', 'b')).toEqual({ absent: true });
  });
});
