import { describe, expect, it } from 'vitest';
import { correctionsByClaim, correctionsOf, lastCorrected, listCorrections } from './list-corrections.ts';

const moura = {
  id: '2022-05-06-moura',
  data: {
    title: 'Moura',
    date: '2022-05-06',
    corrections: [
      { date: '2022-05-10', text: 'Toll revised.', claims: ['moura-ctp'] },
      { date: '2022-05-10', text: 'Claimant fixed.', claims: ['moura-ctp', 'moura-jnim'] },
      { date: '2023-01-02', text: 'Place fixed.', claims: [] },
    ],
  },
};
const koumbori = { id: '2023-09-12-koumbori', data: { title: 'Koumbori', date: '2023-09-12', corrections: [{ date: '2023-09-20', text: 'Five days, not six.', claims: [] }] } };
const clean = { id: '2024-01-01-clean', data: { title: 'Clean', date: '2024-01-01', corrections: [] } };

describe('corrections', () => {
  it('gives each correction an anchor from its day, numbered within the day', () => {
    expect(correctionsOf(moura).map((c) => c.anchor)).toEqual(['correction-2022-05-10', 'correction-2022-05-10-2', 'correction-2023-01-02']);
  });

  it('lists every correction newest first, the later of one day first', () => {
    expect(listCorrections([moura, koumbori, clean]).map((c) => `${c.date} ${c.text}`)).toEqual([
      '2023-09-20 Five days, not six.',
      '2023-01-02 Place fixed.',
      '2022-05-10 Claimant fixed.',
      '2022-05-10 Toll revised.',
    ]);
  });

  it('indexes corrections by the claims they name, oldest first', () => {
    const index = correctionsByClaim(listCorrections([moura, koumbori]));
    expect(index.get('moura-ctp')?.map((c) => c.text)).toEqual(['Toll revised.', 'Claimant fixed.']);
    expect(index.get('moura-jnim')?.map((c) => c.anchor)).toEqual(['correction-2022-05-10-2']);
    expect([...index.keys()].sort()).toEqual(['moura-ctp', 'moura-jnim']);
  });

  it('knows the day a brief was last corrected', () => {
    expect(lastCorrected(moura)).toBe('2023-01-02');
    expect(lastCorrected(clean)).toBeUndefined();
  });
});
