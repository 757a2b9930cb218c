import { describe, expect, it } from 'vitest';
import { claimRecord } from '../lib/claims/test-claims.ts';
import { chartTableLinks, registerTableDownload, takeTableDownloads } from './table-downloads.ts';

const chartTable = {
  caption: 'Claimed killed by month: Ménaka',
  columns: ['Month', 'Killed'],
  rows: [{ header: { text: 'Sep 2022' }, cells: [{ text: '20–35' }] }],
};

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

  it('link a chart table to one file per distinct set of rows, saved under its caption', () => {
    const a = chartTableLinks(chartTable, { inline: false });
    const again = chartTableLinks(structuredClone(chartTable), { inline: false });
    const other = chartTableLinks({ ...chartTable, rows: [{ header: { text: 'Oct 2022' }, cells: [{ text: '4' }] }] }, { inline: false });
    expect(a.csv.href).toMatch(/^\/data\/tables\/chart-claimed-killed-by-month-menaka-[0-9a-f]{12}\.csv$/);
    expect(a.json.href).toBe(a.csv.href.replace(/\.csv$/, '.json'));
    expect(a.csv.download).toBe('claimed-killed-by-month-menaka.csv');
    expect(again).toEqual(a);
    expect(other.csv.href).not.toBe(a.csv.href);
    const taken = takeTableDownloads();
    expect(taken.size).toBe(2);
    const key = a.csv.href.replace(/^\/data\/tables\/|\.csv$/g, '');
    expect(taken.get(key)).toEqual({ csv: 'Month,Killed\r\nSep 2022,20–35\r\n', json: JSON.stringify([{ Month: 'Sep 2022', Killed: '20–35' }], null, 2) });
  });

  it('put a chart table\'s rows in the links themselves when no file is written', () => {
    const links = chartTableLinks(chartTable, { inline: true });
    expect(decodeURIComponent(links.csv.href)).toBe('data:text/csv;charset=utf-8,Month,Killed\r\nSep 2022,20–35\r\n');
    expect(links.json.download).toBe('claimed-killed-by-month-menaka.json');
    expect(takeTableDownloads().size).toBe(0);
  });
});
