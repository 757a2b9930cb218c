import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { claimRecord } from '../lib/claims/test-claims.ts';
import { claimsCsv, tableJson } from '../lib/export/export-data.ts';
import { chartTableLinks, closeTableDownloads, openTableDownloads, registerTableDownload } from './table-downloads.ts';

const chartTable = {
  caption: 'Claimed killed by month: Ménaka',
  columns: ['Month', 'Killed'],
  rows: [{ header: { text: 'Sep 2022' }, cells: [{ text: '20–35' }] }],
};

describe('table downloads', () => {
  const root = mkdtempSync(join(tmpdir(), 'tables-'));
  const dir = join(root, 'data', 'tables');
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('write each claims table once, with its rows as CSV and JSON, while a build is open', async () => {
    openTableDownloads(dir);
    const rows = [claimRecord({ id: 'a', incident: 'x' }), claimRecord({ id: 'b' })];
    registerTableDownload('region-mali', rows, (id) => (id === 'a' ? 'x' : id));
    registerTableDownload('region-mali', [], () => undefined);
    expect(await closeTableDownloads()).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['region-mali.csv', 'region-mali.json']);
    expect(read('region-mali.csv').split('\r\n').slice(1, -1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['a,x', 'b,b']);
    expect(JSON.parse(read('region-mali.json'))).toMatchObject({ table: 'region-mali', claims: [{ id: 'a', incident: 'x' }, { id: 'b', incident: 'b' }] });
    // Closed: nothing more is written (given the time a background write would take).
    registerTableDownload('region-niger', rows, () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(dir).sort()).toEqual(['region-mali.csv', 'region-mali.json']);
  });

  it('write a claim listed by two tables with the incident each is written under, the row not taken from the first', async () => {
    openTableDownloads(dir);
    const a = claimRecord({ id: 'a' });
    registerTableDownload('brief-one', [a], () => 'moura-2022-03');
    registerTableDownload('actor-jnim', [a], () => undefined);
    await closeTableDownloads();
    expect(JSON.parse(read('brief-one.json')).claims[0].incident).toBe('moura-2022-03');
    expect(JSON.parse(read('actor-jnim.json')).claims[0].incident).toBeNull();
  });

  it('write the bytes the dev server serves for each table, a claim listed in two tables the same in both', async () => {
    openTableDownloads(dir);
    const a = claimRecord({ id: 'a', incident: 'x', note: '=1+1, "quoted"' });
    const b = claimRecord({ id: 'b' });
    const incidentOf = (id: string) => (id === 'a' ? 'x' : undefined);
    registerTableDownload('brief-one', [a, b], incidentOf);
    registerTableDownload('region-mali', [b], incidentOf);
    registerTableDownload('empty', [], incidentOf);
    await closeTableDownloads();
    for (const [key, rows] of [['brief-one', [a, b]], ['region-mali', [b]], ['empty', []]] as const) {
      expect(read(`${key}.csv`)).toBe(claimsCsv(rows, incidentOf));
      expect(read(`${key}.json`)).toBe(JSON.stringify(tableJson(key, rows, incidentOf)));
    }
  });

  it('link a chart table to one file per distinct set of rows, saved under its caption', async () => {
    openTableDownloads(dir);
    const a = chartTableLinks(chartTable, { inline: false });
    const again = chartTableLinks(structuredClone(chartTable), { inline: false });
    const other = chartTableLinks({ ...chartTable, rows: [{ header: { text: 'Oct 2022' }, cells: [{ text: '4' }] }] }, { inline: false });
    expect(a.csv.href).toMatch(/^\/data\/tables\/chart-claimed-killed-by-month-menaka-[0-9a-f]{12}\.csv$/);
    expect(a.json.href).toBe(a.csv.href.replace(/\.csv$/, '.json'));
    expect(a.csv.download).toBe('claimed-killed-by-month-menaka.csv');
    expect(again).toEqual(a);
    expect(other.csv.href).not.toBe(a.csv.href);
    expect(await closeTableDownloads()).toBe(2);
    const file = a.csv.href.replace(/^\/data\/tables\//, '');
    expect(read(file)).toBe('Month,Killed\r\nSep 2022,20–35\r\n');
    expect(JSON.parse(read(file.replace(/\.csv$/, '.json')))).toEqual([{ Month: 'Sep 2022', Killed: '20–35' }]);
  });

  it("put a chart table's rows in the links themselves when no file is written", () => {
    const links = chartTableLinks(chartTable, { inline: true });
    expect(decodeURIComponent(links.csv.href)).toBe('data:text/csv;charset=utf-8,Month,Killed\r\nSep 2022,20–35\r\n');
    expect(links.json.download).toBe('claimed-killed-by-month-menaka.json');
  });
});
