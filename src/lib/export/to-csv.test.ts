import { describe, expect, it } from 'vitest';
import { toCsv } from './to-csv.ts';

describe('toCsv', () => {
  it('quotes what needs quoting and ends lines with CRLF', () => {
    const csv = toCsv(['id', 'text', 'max'], [['a', 'over 50, "claimed"', null], ['b', 'Ménaka\nnorth', 20]]);
    expect(csv).toBe('id,text,max\r\na,"over 50, ""claimed""",\r\nb,"Ménaka\nnorth",20\r\n');
  });

  it('neutralises text a spreadsheet would run as a formula, but not numbers', () => {
    const csv = toCsv(['note', 'n'], [['=HYPERLINK("http://x","y")', -3], ['+1', 0], ['@SUM(A1)', null], ['-2', 1], ['\tx', 2]]);
    expect(csv.split('\r\n').slice(1, -1)).toEqual([`"'=HYPERLINK(""http://x"",""y"")",-3`, "'+1,0", "'@SUM(A1),", "'-2,1", "'\tx,2"]);
  });

  it('neutralises a formula after leading spaces or a line break, which spreadsheets skip', () => {
    const csv = toCsv(['note'], [[' =1+1'], ['\n=HYPERLINK("http://x")'], ['\r@SUM(A1)'], ['\u00a0+2'], ['a = b']]);
    expect(csv.split('\r\n').slice(1, -1)).toEqual(["' =1+1", `"'\n=HYPERLINK(""http://x"")"`, `"'\r@SUM(A1)"`, "'\u00a0+2", 'a = b']);
  });
});
