import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch } from './helpers/browser.ts';
import { DIST } from './helpers/dist.ts';
import { serve } from './helpers/serve.ts';

let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  server = await serve(DIST);
});
afterAll(() => server.close());

describe('claims tables on a 390 px phone', () => {
  it('become stacked rows that fit the screen, each value labelled, none wider than the screen', async () => {
    const browser = await launch();
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const path of ['/claims/', '/claims/2022/', '/incidents/moura-2022-03/', '/actors/wagner-group/', '/regions/mali/']) {
        await page.goto(`${server.url}${path}`);
        // No cell of a claims or incidents table reaches past the screen's edge.
        const widest = await page.locator('.stack table').evaluateAll((tables) => Math.max(...tables.flatMap((t) => [...t.querySelectorAll('tbody td, tbody th, caption')].map((c) => c.getBoundingClientRect().right))));
        expect(widest, path).toBeLessThanOrEqual(390);
        // The column name is shown beside each value, since the header row is hidden.
        const label = await page.locator('.stack tbody td[data-label]').first().evaluate((td) => [getComputedStyle(td, '::before').content, td.getAttribute('data-label')]);
        expect(label[0], path).toBe(`"${label[1]}"`);
        expect(await axeViolations(page), path).toEqual([]);
      }
    } finally {
      await browser.close();
    }
  });

  it('keep a table a table on a wide screen, its first column in view while it scrolls', async () => {
    const browser = await launch();
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 900, height: 900 });
    try {
      await page.goto(`${server.url}/actors/wagner-group/`);
      expect(await page.locator('table.claims thead').first().evaluate((t) => getComputedStyle(t).display)).toBe('table-header-group');
      expect(await page.locator('table.claims tbody tr:not(.note-row) > :first-child').first().evaluate((c) => getComputedStyle(c).position)).toBe('sticky');
    } finally {
      await browser.close();
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no WCAG 2.1 AA violation on incident, claims-year and data pages in ${colorScheme} mode`, async () => {
      const browser = await launch({ colorScheme });
      const page = await browser.context.newPage();
      try {
        const found: Record<string, string[]> = {};
        for (const path of ['/incidents/moura-2022-03/', '/incidents/tinzaouaten-2024-07-wagner-losses/', '/claims/2022/', '/data/']) {
          await page.goto(`${server.url}${path}`);
          found[path] = await axeViolations(page);
        }
        expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
      } finally {
        await browser.close();
      }
    });
  }
});
