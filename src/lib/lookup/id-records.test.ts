import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../content/read-content.ts';
import { idRecords } from './id-records.ts';

const minimal = readContent(join(import.meta.dirname, '../../../tests/fixtures/minimal')).content;

describe('idRecords', () => {
  const records = idRecords(minimal);
  it('gives each actor its names and the line to paste', () => {
    expect(records.find((r) => r.id === 'jnim')).toMatchObject({ kind: 'actor', where: 'content/actors/jnim.md:1', paste: 'actors: [jnim]' });
  });
  it('names an incident by its place and date, pointing at its incident line', () => {
    expect(records.find((r) => r.kind === 'incident')).toEqual({
      id: 'menaka-2024-02',
      kind: 'incident',
      label: 'Ménaka, February 2024',
      names: ['Ménaka', 'menaka-claim'],
      where: 'content/briefs/2024/2024-03-01-test-brief.md:14',
      paste: 'incident: menaka-2024-02',
    });
  });
});
