import { describe, expect, it } from 'vitest';
import { toCsv } from './to-csv.ts';

describe('toCsv', () => {
  it('quotes what needs quoting and ends lines with CRLF', () => {
    const csv = toCsv(['id', 'text', 'max'], [['a', 'over 50, "claimed"', null], ['b', 'Ménaka\nnorth', 20]]);
    expect(csv).toBe('id,text,max\r\na,"over 50, ""claimed""",\r\nb,"Ménaka\nnorth",20\r\n');
  });
});
