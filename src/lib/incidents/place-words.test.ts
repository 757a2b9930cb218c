import { describe, expect, it } from 'vitest';
import { placeWords, sharedPlaceWords } from './place-words.ts';

describe('placeWords', () => {
  it('keeps the names and drops accents, case and words common to any place', () => {
    expect([...placeWords('Koumbori, near Ouahigouya')]).toEqual(['koumbori', 'ouahigouya']);
    expect([...placeWords('outskirts of Kongoussi')]).toEqual(['kongoussi']);
    expect([...placeWords('Ménaka area')]).toEqual(['menaka']);
  });

  it('finds what two texts share', () => {
    expect(sharedPlaceWords('Moura, Djenné cercle', 'Moura')).toEqual(['moura']);
    expect(sharedPlaceWords('Niono area', 'Ménaka area')).toEqual([]);
    expect(sharedPlaceWords(undefined, 'Moura')).toEqual([]);
  });
});
