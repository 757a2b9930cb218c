import { describe, expect, it } from 'vitest';
import { ACTOR_PALETTE, OTHER_ACTOR_COLOR, actorColor, assignActorColors } from './actor-colors.ts';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('actorColor', () => {
  it('gives an actor the same colour every time', () => {
    expect(actorColor('wagner-group')).toBe(actorColor('wagner-group'));
    expect(actorColor('wagner-group')).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('spreads actors over the palette', () => {
    const ids = ['wagner-group', 'jnim', 'islamic-state-sahel', 'fama', 'minusma', 'africa-corps', 'al-qaeda', 'dozo', 'vdp', 'mnla', 'gsim', 'fsd'];
    expect(new Set(ids.map(actorColor)).size).toBeGreaterThanOrEqual(6);
  });

  it('has ten distinct colours, each readable on the light and dark backgrounds', () => {
    expect(new Set(ACTOR_PALETTE).size).toBeGreaterThanOrEqual(10);
    for (const colour of ACTOR_PALETTE) {
      expect(contrast(colour, '#fdfcf9'), `${colour} on light`).toBeGreaterThanOrEqual(3);
      expect(contrast(colour, '#16171a'), `${colour} on dark`).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('assignActorColors', () => {
  it('gives the most prominent actors distinct colours and the rest grey', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `actor-${i}`);
    const colors = assignActorColors(ids);
    expect(new Set(ids.slice(0, 10).map((id) => colors.get(id))).size).toBe(10);
    expect(colors.get('actor-10')).toBe(OTHER_ACTOR_COLOR);
    expect(colors.get('actor-11')).toBe(OTHER_ACTOR_COLOR);
  });
});
