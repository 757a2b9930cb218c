import { expect, it } from 'vitest';
import { plural } from './plural.ts';

it('says "1 brief" and "2 briefs", and takes an irregular plural', () => {
  expect(plural(1, 'brief')).toBe('1 brief');
  expect(plural(0, 'brief')).toBe('0 briefs');
  expect(plural(2, 'claim')).toBe('2 claims');
  expect(plural(1, 'country', 'countries')).toBe('1 country');
  expect(plural(3, 'country', 'countries')).toBe('3 countries');
});
