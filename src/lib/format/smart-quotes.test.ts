import { describe, expect, it } from 'vitest';
import { smartQuotes } from './smart-quotes.ts';

describe('smartQuotes', () => {
  it.each([
    [`"Quoted" text`, '\u201CQuoted\u201D text'],
    [`Jama'at Nusrat`, 'Jama\u2019at Nusrat'],
    [`the 'soft' word`, 'the \u2018soft\u2019 word'],
    [`in the '90s`, 'in the \u201990s'],
    [`a pause -- then`, 'a pause \u2014 then'],
    [`wait...`, 'wait\u2026'],
    [`("nested 'one'")`, '(\u201Cnested \u2018one\u2019\u201D)'],
    [`no quotes at all`, 'no quotes at all'],
  ])('%s', (input, expected) => {
    expect(smartQuotes(input)).toBe(expected);
  });

  it('closes a quote that follows inline markup', () => {
    expect(smartQuotes(`" said`, 'd')).toBe('\u201D said');
  });
});
