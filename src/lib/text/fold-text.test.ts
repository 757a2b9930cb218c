import { describe, expect, it } from 'vitest';
import { foldText, stripAccents, toIdLike } from './fold-text.ts';

describe('accent folding', () => {
  it('drops accents, keeping the case only where asked', () => {
    expect(stripAccents('Ménaka, Ségou, Tinzaouatène')).toBe('Menaka, Segou, Tinzaouatene');
    expect(foldText('Ménaka')).toBe('menaka');
    expect(foldText('SÉGOU')).toBe('segou');
  });

  it('turns a name into the shape of an id', () => {
    expect(toIdLike('Ménaka (town)')).toBe('menaka-town');
    expect(toIdLike('  Claimed killed by month: Gao ')).toBe('claimed-killed-by-month-gao');
    expect(toIdLike('—')).toBe('');
  });
});
