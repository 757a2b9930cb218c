import { describe, expect, it } from 'vitest';
import { toCsv } from './to-csv.ts';

describe('toCsv', () => {
  it('quotes what needs quoting and ends lines with CRLF', () => {
    const csv = toCsv(['id', 'text', 'max'], [['a', 'over 50, "claimed"', null], ['b', 'Ménaka\nnorth', 20]]);
    expect(csv).toBe('id,text,max\r\na,"over 50, ""claimed""",\r\nb,"Ménaka\nnorth",20\r\n');
  });

  it('keeps text a spreadsheet would run as a formula as text', () => {
    const csv = toCsv(['note'], [['=HYPERLINK("http://x","y")'], ['+1'], ['-2+3'], ['@SUM(A1)'], ['\tx'], ['plain - text']]);
    expect(csv).toBe(`note\r\n"'=HYPERLINK(""http://x"",""y"")"\r\n"'+1"\r\n"'-2+3"\r\n"'@SUM(A1)"\r\n"'\tx"\r\nplain - text\r\n`);
  });

  it('leaves numbers, even negative ones, as numbers', () => {
    expect(toCsv(['n'], [[-3]])).toBe('n\r\n-3\r\n');
  });
});
