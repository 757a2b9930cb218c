import { describe, expect, it } from 'vitest';
import { parseCountPhrase } from '../../schema/count.ts';
import { countFigure, countWords, figureWords, formatCount, formatCountAsWritten, formatFigure, killedOrGiven } from './format-count.ts';

const written = (phrase: string) => parseCountPhrase(phrase)!;

describe('a figure in words', () => {
  it('reads an exact, a bounded, an open and an approximate figure', () => {
    expect(formatFigure({ low: 20, high: 20 })).toBe('20');
    expect(formatFigure({ low: 20, high: 35 })).toBe('20–35');
    expect(formatFigure({ low: 51, high: null })).toBe('51+');
    expect(formatFigure({ low: 400, high: 400, approximate: true })).toBe('about 400');
  });

  it('never reads a missing figure as 0 or as "unknown"', () => {
    expect(formatFigure(null)).toBe('no figure');
    expect(formatCount(written('unknown'))).toBe('no figure');
    // A claim that gives no killed figure at all (only wounded or abducted).
    expect(formatCount(undefined)).toBe('no figure');
    expect(formatCountAsWritten(undefined)).toBe('no figure');
  });

  it('reads every phrase of the counts grammar', () => {
    expect(formatCount(written('about 400'))).toBe('about 400');
    expect(formatCount(written('around 20'))).toBe('about 20');
    expect(formatCount(written('nearly 20'))).toBe('about 20');
    expect(formatCount(written('at least 300'))).toBe('300+');
    expect(formatCount(written('more than 900'))).toBe('901+');
    expect(formatCount(written('20 to 35'))).toBe('20–35');
    expect(formatCount(written('dozens'))).toBe('24+');
    expect(formatCount(written('7'))).toBe('7');
  });

  it('reads an incident "about 400" only when every claim giving 400 said "about"', () => {
    const about = { killed: written('about 400') };
    const exact = { killed: written('400') };
    expect(figureWords({ low: 400, high: 400 }, [about])).toBe('about 400');
    expect(figureWords({ low: 400, high: 400 }, [about, exact])).toBe('400');
    expect(figureWords({ low: 300, high: 400 }, [about, { killed: written('300') }])).toBe('300–400');
    expect(figureWords(null, [{ killed: written('unknown') }])).toBe('no figure');
  });

  it('says "no figure given", never "no figure killed"', () => {
    expect(`${formatFigure(null)} ${killedOrGiven(null)}`).toBe('no figure given');
    expect(`${formatCount(written('at least 300'))} ${killedOrGiven(countFigure(written('at least 300')))}`).toBe('300+ killed');
  });

  it('shows the phrase as written only where it says more than the figure', () => {
    expect(formatCountAsWritten(written('about 400'))).toBe('about 400');
    expect(formatCountAsWritten(written('About 400'))).toBe('about 400');
    expect(formatCountAsWritten(written('12'))).toBe('12');
    expect(formatCountAsWritten(written('unknown'))).toBe('no figure');
    expect(formatCountAsWritten(written('more than 900'))).toBe('“more than 900” (901+)');
    expect(formatCountAsWritten(written('hundreds'))).toBe('“hundreds” (200+)');
  });
});

describe('a count in a sentence', () => {
  it('gives the phrase only where it says more than the figure, and the verb that fits', () => {
    expect(countWords(written('more than 900'))).toEqual({ figure: '901+', phrase: 'more than 900', verb: 'killed' });
    expect(countWords(written('about 400'))).toEqual({ figure: 'about 400', phrase: null, verb: 'killed' });
    expect(countWords(written('unknown'))).toEqual({ figure: 'no figure', phrase: null, verb: 'given' });
    expect(countWords(undefined)).toEqual({ figure: 'no figure', phrase: null, verb: 'given' });
  });
});
