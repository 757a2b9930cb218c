import { describe, expect, it } from 'vitest';
import { claimRecord } from '../lib/claims/test-claims.ts';
import { registerTableDownload, takeTableDownloads } from './table-downloads.ts';

describe('table downloads', () => {
  it('keeps each table registered once, with its rows as CSV and JSON, until taken', () => {
    const rows = [claimRecord({ id: 'a', incident: 'x' }), claimRecord({ id: 'b' })];
    registerTableDownload('region-mali', rows, (id) => (id === 'a' ? 'x' : id));
    registerTableDownload('region-mali', [], () => undefined);
    const taken = takeTableDownloads();
    expect([...taken.keys()]).toEqual(['region-mali']);
    const { csv, json } = taken.get('region-mali')!;
    expect(csv.split('\r\n').slice(1, -1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['a,x', 'b,b']);
    expect(JSON.parse(json)).toMatchObject({ table: 'region-mali', claims: [{ id: 'a', incident: 'x' }, { id: 'b', incident: 'b' }] });
    expect(takeTableDownloads().size).toBe(0);
  });
});
