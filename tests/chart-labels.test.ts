// Chart labels as a reader sees them in Chromium: no figure, name or tick written over a
// mark (a bar, an arrow, a circle, a ring, a "no figure" box) or over another label, on
// every page with a chart, wide and at 390 px. Boxes are the rendered text's, not the
// build's estimate of it, so a label that only fits on paper fails here.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './helpers/browser.ts';
import { built, DIST } from './helpers/dist.ts';
import { serve } from './helpers/serve.ts';

let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  server = await serve(DIST);
});
afterAll(() => server.close());

const pagesWithCharts = (readdirSync(DIST, { recursive: true }) as string[])
  .filter((f) => f.endsWith('index.html') && built(f).includes('<figure class="chart '))
  .map((f) => `/${relative(DIST, join(DIST, f)).replace(/index\.html$/, '')}`)
  .sort();

/** What a drawing shows where the reader looks: text, and the marks that stand for figures. */
const MARKS = 'rect.bar, rect.no-figure, path.arrow-head, line.arrow-shaft, circle.region, circle.ring, circle.node';

/** Overlaps on the page now: "chart id: “label” over mark|“label”". */
function overlapsOnPage(MARKS: string): string[] {
  // How far two boxes may touch: a label's box runs past its glyphs by about a pixel.
  const SLACK = 1;
  type B = { x1: number; y1: number; x2: number; y2: number; what: string; band?: Element | undefined };
  const meet = (a: B, b: B) => a.x1 + SLACK < b.x2 && b.x1 + SLACK < a.x2 && a.y1 + SLACK < b.y2 && b.y1 + SLACK < a.y2;
  const box = (e: Element, what: string): B | null => {
    const r = e.getBoundingClientRect();
    const band = e.closest('.no-figure-band a') ?? undefined;
    return r.width === 0 && r.height === 0 ? null : { x1: r.left, y1: r.top, x2: r.right, y2: r.bottom, what, band };
  };
  const found: string[] = [];
  for (const svg of document.querySelectorAll('figure.chart svg.chart-svg')) {
    if (svg.getBoundingClientRect().width === 0) continue;
    const narrow = svg.classList.contains('chart-narrow') || (svg.querySelector('.narrow')?.getBoundingClientRect().width ?? 0) > 0;
    const name = `${svg.closest('figure')!.id}${narrow ? ' (narrow)' : ''}`;
    // Each line of a label is its own box: a two-line label is not one tall rectangle.
    const texts = [...svg.querySelectorAll('text')].flatMap((t) => {
      const spans = t.querySelectorAll('tspan');
      return (spans.length > 0 ? [...spans] : [t]).flatMap((e) => box(e, `“${e.textContent}”`) ?? []);
    });
    const marks = [...svg.querySelectorAll(MARKS)].filter((m) => !m.closest('defs, .legend, .map-key')).flatMap((m) => box(m, m.getAttribute('class')!.split(' ')[0]!) ?? []);
    // A count written inside its own box in the "no figure" band is that box's label, not an overlap.
    const ownBox = (t: B, m: B) => t.band !== undefined && t.band === m.band;
    texts.forEach((t, i) => {
      for (const m of marks) if (meet(t, m) && !ownBox(t, m)) found.push(`${name}: ${t.what} over ${m.what}`);
      for (const u of texts.slice(i + 1)) if (meet(t, u)) found.push(`${name}: ${t.what} over ${u.what}`);
    });
  }
  return found;
}

describe('chart labels in Chromium', () => {
  it('finds the pages with charts', () => {
    expect(pagesWithCharts).toEqual(expect.arrayContaining(['/', '/regions/mali/', '/actors/jnim/', '/incidents/moura-2022-03/']));
  });

  for (const width of [1200, 390]) {
    it(`writes no label over a mark or another label, ${width} px wide`, async () => {
      const browser = await launch();
      try {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width, height: 900 });
        const found: string[] = [];
        for (const path of pagesWithCharts) {
          await page.goto(`${server.url}${path}`);
          found.push(...(await page.evaluate(overlapsOnPage, MARKS)).map((o) => `${path} ${o}`));
        }
        expect(found).toEqual([]);
      } finally {
        await browser.close();
      }
    });
  }
});
