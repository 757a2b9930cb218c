// The starter content's hand-made drawings (`::figure` with an SVG in public/figures/), as
// readers see them on the page at a phone's width, in light and dark, and as subscribers
// get them in feeds: a PNG drawn with the bundled font, linked to the drawing itself.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawPngHere } from '../src/render/cards/render-png.ts';
import { launch } from './helpers/browser.ts';
import { DIST, page } from './helpers/dist.ts';
import { serve } from './helpers/serve.ts';

const ORIGIN = 'https://briefs.example.org';
// Each drawing, the brief that shows it and its size in CSS pixels, as drawn in public/figures/.
const DRAWINGS = [
  { name: 'central-mali-2022', brief: '2022-05-06-central-mali-collective-punishment', width: 400, height: 456 },
  { name: 'koumbori-claimed-spoils-2023', brief: '2023-09-12-burkina-faso-jnim-spoils', width: 400, height: 664 },
  { name: 'minusma-drawdown-2023', brief: '2023-09-21-mali-after-minusma', width: 400, height: 785 },
  { name: 'wagner-jihadists-timeline-2022', brief: '2022-10-06-menaka-wagner-islamic-state', width: 400, height: 928 },
];
const pngSize = (bytes: Buffer) => ({ signature: bytes.subarray(0, 8).toString('hex'), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

describe('a hand-made drawing on its page', () => {
  it.each(DRAWINGS)('$name is the SVG for browsers, with its PNG and size for the rest, linked to the drawing', ({ name, brief, width, height }) => {
    const figure = page(`briefs/${brief}`).querySelector('.body figure.figure')!;
    expect(figure.querySelector('a')!.getAttribute('href')).toBe(`/figures/${name}.svg`);
    const source = figure.querySelector('picture source')!;
    expect([source.getAttribute('type'), source.getAttribute('srcset')]).toEqual(['image/svg+xml', `/figures/${name}.svg`]);
    const img = figure.querySelector('picture img')!;
    expect([img.getAttribute('src'), img.getAttribute('width'), img.getAttribute('height')]).toEqual([`/figures/${name}.svg.png`, String(width), String(height)]);
    expect(readFileSync(join(DIST, 'figures', `${name}.svg`), 'utf8')).toBe(readFileSync(join(import.meta.dirname, '../public/figures', `${name}.svg`), 'utf8'));
  });
});

describe('the PNG of a drawing', () => {
  it.each(DRAWINGS)('$name is drawn at twice its size, to the same bytes by any run', async ({ name, width, height }) => {
    const built = readFileSync(join(DIST, 'figures', `${name}.svg.png`));
    expect(pngSize(built)).toEqual({ signature: '89504e470d0a1a0a', width: 2 * width, height: 2 * height });
    // Drawn again here, on this thread and without the cache: the same bytes.
    const svg = readFileSync(join(DIST, 'figures', `${name}.svg`), 'utf8');
    expect(Buffer.from(await drawPngHere(svg, 2 * width)).equals(built)).toBe(true);
  });
});

describe('a feed item with a drawing', () => {
  const script = `import feedparser, json, sys
print(json.dumps([{"link": e.link, "content": e.content[0].value} for e in feedparser.parse(sys.argv[1]).entries]))`;
  const items: { link: string; content: string }[] = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, join(DIST, 'rss.xml')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));

  it.each(DRAWINGS)('shows $name as its PNG, at its size, linked to the drawing', ({ name, brief, width, height }) => {
    const item = items.find((i) => i.link === `${ORIGIN}/briefs/${brief}/`)!;
    const html = parse(item.content);
    const img = html.querySelectorAll('img').find((i) => i.getAttribute('src')?.includes(`/figures/${name}`))!;
    expect([img.getAttribute('src'), img.getAttribute('width'), img.getAttribute('height')]).toEqual([`${ORIGIN}/figures/${name}.svg.png`, String(width), String(height)]);
    expect(img.getAttribute('alt')!.length).toBeGreaterThan(40);
    expect(img.parentNode!.getAttribute('href')).toBe(`${ORIGIN}/figures/${name}.svg`);
    expect(html.querySelectorAll('picture, source, svg')).toEqual([]);
  });
});

describe('a hand-made drawing at a phone’s width', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve(DIST);
  });
  afterAll(() => server.close());

  // Drawn as an <img>, its text cannot be measured inside the page: it is measured in the
  // same SVG set in the page at the width the picture is shown.
  it.each(['light', 'dark'] as const)('keeps every word at 12 CSS pixels or more at 390 pixels wide, on the page’s background (%s)', async (scheme) => {
    const browser = await launch({ colorScheme: scheme });
    try {
      const tab = await browser.context.newPage();
      await tab.setViewportSize({ width: 390, height: 844 });
      for (const { name, brief } of DRAWINGS) {
        await tab.goto(`${server.url}/briefs/${brief}/`);
        const img = tab.locator('.body figure.figure picture img');
        await img.evaluate((i: HTMLImageElement) => i.decode());
        const shown = await img.evaluate((i: HTMLImageElement) => ({ width: i.getBoundingClientRect().width, src: i.currentSrc }));
        expect(shown.src).toBe(`${server.url}/figures/${name}.svg`);
        expect(shown.width).toBe(345);
        const measured = await tab.evaluate(({ svg, width }) => {
          const holder = document.createElement('div');
          holder.innerHTML = svg;
          document.body.prepend(holder);
          const drawing = holder.querySelector('svg')!;
          drawing.setAttribute('width', String(width));
          drawing.removeAttribute('height');
          const right = drawing.getBoundingClientRect().right;
          const texts = [...drawing.querySelectorAll('text')];
          const sizes = texts.map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a);
          const result = {
            smallest: Math.min(...sizes),
            outside: texts.filter((t) => t.getBoundingClientRect().right > right).map((t) => t.textContent),
            background: getComputedStyle(drawing.querySelector('.bg')!).fill,
            page: getComputedStyle(document.body).backgroundColor,
          };
          holder.remove();
          return result;
        }, { svg: readFileSync(join(DIST, 'figures', `${name}.svg`), 'utf8'), width: shown.width });
        expect(measured.smallest, name).toBeGreaterThanOrEqual(12);
        expect(measured.outside, name).toEqual([]);
        expect(measured.background, name).toBe(scheme === 'light' ? 'rgb(253, 252, 249)' : 'rgb(22, 23, 26)');
        expect(measured.page, name).toBe(measured.background);
      }
    } finally {
      await browser.close();
    }
  });
});
