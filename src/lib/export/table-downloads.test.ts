import { describe, expect, it } from 'vitest';
import { tableFiles } from './table-downloads.ts';

const table = {
  caption: 'Claimed killed by month: Ménaka',
  columns: ['Month', 'Killed', 'Incidents'],
  rows: [
    { header: { text: 'Sep 2022' }, cells: [{ text: '20–35' }, { text: '2' }] },
    { header: { text: 'Oct 2022' }, cells: [{ text: 'unknown, "open"' }, { text: '1' }] },
  ],
};

describe('tableFiles', () => {
  const files = tableFiles(table);
  it('names the files after the caption, without accents', () => {
    expect(files.name).toBe('claimed-killed-by-month-menaka');
  });

  it('writes exactly the rows as CSV', () => {
    expect(files.csv).toBe('Month,Killed,Incidents\r\nSep 2022,20–35,2\r\nOct 2022,"unknown, ""open""",1\r\n');
  });

  it('writes the same rows as JSON objects keyed by column', () => {
    expect(JSON.parse(files.json)).toEqual([
      { Month: 'Sep 2022', Killed: '20–35', Incidents: '2' },
      { Month: 'Oct 2022', Killed: 'unknown, "open"', Incidents: '1' },
    ]);
  });
});
