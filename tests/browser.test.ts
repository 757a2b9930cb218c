import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch } from './helpers/browser.ts';
import { DIST } from './helpers/dist.ts';
import { serve } from './helpers/serve.ts';

let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  server = await serve(DIST);
});
afterAll(() => server.close());

describe('a reader in Chromium', () => {
  it('walks home → brief → actor → region → feed → search, with no console error', async () => {
    const browser = await launch();
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      await page.goto(`${server.url}/`);
      await page.click('.brief-list h3 a >> nth=0');
      await page.waitForURL(/\/briefs\//);
      const briefTitle = await page.textContent('h1');
      expect(briefTitle).toBeTruthy();
      await page.click('nav[aria-label="Actors in this brief"] a >> nth=0');
      await page.waitForURL(/\/actors\//);
      expect(await page.locator('.timeline a', { hasText: briefTitle! }).count()).toBe(1);
      await page.click('section[aria-labelledby=regions-heading] a >> nth=0');
      await page.waitForURL(/\/regions\//);
      const feedHref = await page.getAttribute('.follow a', 'href');
      const feed = await page.request.get(new URL(feedHref!, page.url()).href);
      expect(feed.status()).toBe(200);
      expect(await feed.text()).toContain('<rss version="2.0"');
      await page.click('nav[aria-label=Main] >> text=Search');
      await page.fill('#q', 'Menaka');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#results li a');
      expect(await page.locator('#results li a').allTextContents()).toContain('Ménaka');
      // Filters narrow the results, by keyboard alone.
      await page.focus('select[name=series]');
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction(() => /result/.test(document.querySelector('#status')!.textContent!));
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('sees charts with JavaScript disabled', async () => {
    const browser = await launch({ javaScriptEnabled: false });
    const page = await browser.context.newPage();
    try {
      await page.goto(`${server.url}/regions/mali/`);
      // The drawing for this width; the other one is hidden (display: none, out of the accessibility tree).
      const boxes = (await page.locator('figure svg.chart-svg').evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().height))).filter((h) => h > 0);
      expect(boxes.length).toBeGreaterThanOrEqual(2);
      for (const h of boxes) expect(h).toBeGreaterThan(100);
      expect(await page.locator('figure circle').count()).toBeGreaterThan(0);
    } finally {
      await browser.close();
    }
  });

  it('reads every chart at 1200 and 390 px: one drawing per chart, drawn for the width, no text under 12 CSS px, no label over another', async () => {
    const browser = await launch();
    const page = await browser.context.newPage();
    try {
      const found: Record<string, string[]> = {};
      for (const width of [1200, 390]) {
        await page.setViewportSize({ width, height: 844 });
        for (const path of ['/', '/claims/', '/actors/wagner-group/', '/regions/', '/regions/mali/', '/regions/mali-bamako/', '/briefs/2025-03-28-mali-state-violence-2024/', '/claimants/jnim/', '/claimants/malian-government/']) {
          await page.goto(`${server.url}${path}`);
          found[`${width} ${path}`] = await page.evaluate(() => {
            const problems: string[] = [];
            for (const figure of document.querySelectorAll('figure.chart')) {
              const shown = [...figure.querySelectorAll('svg.chart-svg')].filter((s) => s.getBoundingClientRect().width > 0);
              if (shown.length !== 1) problems.push(`${shown.length} drawings shown`);
              for (const svg of shown) {
                // A drawing holding both widths (chart-dual) shows the parts drawn for the width it has, each an SVG of that width's viewBox.
                const parts = svg.classList.contains('chart-dual') ? [...svg.querySelectorAll('svg.wide, svg.narrow')].filter((p) => getComputedStyle(p).display !== 'none') : [svg];
                if (new Set(parts.map((p) => p.getAttribute('class'))).size !== 1) problems.push('parts of both widths shown');
                const scale = svg.getBoundingClientRect().width / (parts[0] as SVGSVGElement).viewBox.baseVal.width;
                if (svg.getBoundingClientRect().right > window.innerWidth + 1) problems.push('wider than the screen');
                const frame = svg.getBoundingClientRect();
                const texts = [...svg.querySelectorAll('text')].filter((t) => parts.includes(t.closest('svg.wide, svg.narrow') ?? svg));
                for (const text of texts) {
                  const px = parseFloat(getComputedStyle(text).fontSize) * scale;
                  if (px < 12) problems.push(`"${text.textContent}" at ${px.toFixed(1)} px`);
                  const box = text.getBoundingClientRect();
                  if (box.left < frame.left - 1 || box.right > frame.right + 1) problems.push(`"${text.textContent}" runs off the chart`);
                }
                const boxes = texts.map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
                for (const [i, a] of boxes.entries()) {
                  for (const b of boxes.slice(i + 1)) {
                    const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
                    const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
                    if (x > 1 && y > 2) problems.push(`"${a.text}" over "${b.text}"`);
                  }
                }
              }
            }
            return problems;
          });
          // Chromium names the drawing shown by its chart's caption, the narrow one through the wide one's title (hidden, but referenced).
          const captions = await page.locator('figure.chart').evaluateAll((figures) => figures.map((f) => f.querySelector('figcaption')!.firstChild!.textContent!.trim()));
          const cdp = await browser.context.newCDPSession(page);
          const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; ignored?: boolean }[] };
          // A drawing whose marks link to incidents is a group announced as a chart, since an image's links would be unreachable.
          const names = nodes.filter((n) => !n.ignored && (n.role?.value === 'image' || n.role?.value === 'group')).map((n) => n.name?.value ?? '');
          for (const caption of captions) if (names.filter((n) => n.startsWith(caption)).length !== 1) found[`${width} ${path}`]!.push(`"${caption}" is not the name of one drawing`);
          await cdp.detach();
        }
      }
      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    } finally {
      await browser.close();
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no WCAG 2.1 AA violation on any page type in ${colorScheme} mode`, async () => {
      const browser = await launch({ colorScheme });
      const page = await browser.context.newPage();
      try {
        const found: Record<string, string[]> = {};
        for (const path of ['/', '/briefs/2022-05-06-central-mali-collective-punishment/', '/actors/wagner-group/', '/regions/mali-menaka/', '/claims/', '/search/?q=Wagner', '/archive/', '/actors/', '/regions/', '/claimants/', '/claimants/jnim/', '/claimants/ctp-2022-05-05/', '/incidents/moura-2022-03/']) {
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
