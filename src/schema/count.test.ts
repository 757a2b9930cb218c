import { describe, expect, it } from 'vitest';
import { CountSchema } from './count.ts';

const parse = (value: unknown) => CountSchema.parse(value);
const message = (value: unknown) => CountSchema.safeParse(value).error?.issues[0]?.message;

describe('counts grammar (DESIGN §1.1)', () => {
  it.each([
    [20, 20, 20, false],
    ['20', 20, 20, false],
    ['about 20', 20, 20, true],
    ['around 20', 20, 20, true],
    ['nearly 20', 20, 20, true],
    ['at least 300', 300, null, false],
    ['over 50', 51, null, false],
    ['more than 50', 51, null, false],
    ['20-35', 20, 35, false],
    ['20 to 35', 20, 35, false],
    ['several', 3, null, false],
    ['dozens', 24, null, false],
    ['hundreds', 200, null, false],
    ['unknown', null, null, false],
    [null, null, null, false],
  ])('%j → min %j, max %j', (written, min, max, approximate) => {
    const count = parse(written);
    expect(count).toMatchObject({ min, max, approximate });
  });

  it('keeps the phrase as written, for display beside every figure', () => {
    expect(parse('Over 50').text).toBe('Over 50');
    expect(parse(null).text).toBe('unknown');
    expect(parse(20).text).toBe('20');
  });

  it('takes an explicit range with its own wording', () => {
    expect(parse({ min: 20, max: 35, text: 'between 20 and 35' })).toEqual({ min: 20, max: 35, text: 'between 20 and 35', approximate: false });
    expect(parse({ min: 900, max: null, text: 'more than 900' })).toMatchObject({ min: 900, max: null });
  });

  it('refuses min > max, in a phrase or an object', () => {
    expect(message('35-20')).toBe('"35-20" has min 35 > max 20; expected the lower figure first');
    expect(message({ min: 35, max: 20, text: 'x' })).toBe('min 35 > max 20; expected min ≤ max');
  });

  it('refuses anything else, naming the accepted forms', () => {
    expect(message('lots')).toMatch(/^"lots" is not a count; expected a whole number, "about N".*"hundreds", "unknown", null, or \{ min, max, text \}$/);
    expect(message(-3)).toMatch(/^-3 is not a count/);
    expect(message(2.5)).toMatch(/^2.5 is not a count/);
    expect(message({ min: 1 })).toMatch(/is not a count range/);
  });
});
