import { describe, expect, it } from 'vitest';
import { countryName } from './country-name.ts';

describe('countryName', () => {
  it('names countries from their alpha-3 codes', () => {
    expect(countryName('MLI')).toBe('Mali');
    expect(countryName('BFA')).toBe('Burkina Faso');
    expect(countryName('rus')).toBe('Russia');
    expect(countryName('NER')).toBe('Niger');
  });

  it('keeps a code it does not know as written', () => {
    expect(countryName('XYZ')).toBe('XYZ');
  });
});
