import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { imageSize } from 'image-size';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { astro } from './helpers/astro.ts';
import { launch } from './helpers/browser.ts';
import { serve } from './helpers/serve.ts';
import { contentWith } from './helpers/content-fixture.ts';
import { built, DIST, page } from './helpers/dist.ts';

const GAO = '2025-03-27-gao-convoy-africa-corps';

describe('the starter photo', () => {
  const figure = page(`briefs/${GAO}`).querySelector('figure#figure-1')!;
  const img = figure.querySelector('picture > img')!;

  it('is offered as WebP at four widths, with a JPEG for other browsers, sized for the column and loaded lazily', () => {
    const webp = figure.querySelector('picture > source[type="image/webp"]')!.getAttribute('srcset')!;
    expect(webp.split(', ').map((c) => c.split(' ')[1])).toEqual(['480w', '704w', '1056w', '1408w']);
    expect(img.getAttribute('src')).toMatch(/^\/_astro\/northern-mali-map\.[\w-]+\.jpg$/);
    expect(img.getAttribute('srcset')!.split(', ').map((c) => c.split(' ')[1])).toEqual(['480w', '704w', '1056w', '1408w']);
    // The drawing is 2400 × 1600: 704 × 469 keeps its shape, so nothing moves as it loads.
    expect([img.getAttribute('width'), img.getAttribute('height'), img.getAttribute('loading')]).toEqual(['704', '469', 'lazy']);
    expect(img.getAttribute('alt')).toMatch(/^Map of Mali and its neighbours with Gao, Kidal and Tinzaouaten/);
    expect(figure.querySelector('figcaption')!.text).toContain('Source: Map drawn for Conflict Briefs from Natural Earth country outlines (public domain); CC BY 4.0');
  });

  it('ships renditions no wider than 1408 pixels and never the 2400-pixel original', () => {
    const files = readdirSync(join(DIST, '_astro')).filter((f) => f.startsWith('northern-mali-map.'));
    const widths = files.map((f) => imageSize(readFileSync(join(DIST, '_astro', f))).width).sort((a, b) => a - b);
    // WebP and JPEG at four widths for the page, and a 1200-pixel JPEG for link previews.
    expect(widths).toEqual([480, 480, 704, 704, 1056, 1056, 1200, 1408, 1408]);
  });

  it('is what a shared link shows: a 1200-pixel JPEG at an absolute address, with its size and alt text', () => {
    const doc = page(`briefs/${GAO}`);
    const meta = (key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
    expect(meta('og:image')).toMatch(/^https:\/\/briefs\.example\.org\/_astro\/northern-mali-map\.[\w-]+\.jpg$/);
    expect([meta('og:image:type'), meta('og:image:width'), meta('og:image:height')]).toEqual(['image/jpeg', '1200', '800']);
    expect(meta('og:image:alt')).toMatch(/^Map of Mali and its neighbours/);
    expect(imageSize(readFileSync(join(DIST, new URL(meta('og:image')!).pathname)))).toMatchObject({ width: 1200, height: 800, type: 'jpg' });
  });

  it('reaches feed readers as the JPEG rendition at an absolute address, with its alt text and size', () => {
    const item = built('rss.xml').split('<item>').find((i) => i.includes(`/briefs/${GAO}/`))!;
    const html = parse(item.match(/<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/)?.[1] ?? item.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    const photo = html.querySelectorAll('img').find((i) => i.getAttribute('src')?.includes('northern-mali-map'))!;
    expect(photo.getAttribute('src')).toMatch(/^https:\/\/briefs\.example\.org\/_astro\/northern-mali-map\.[\w-]+\.jpg$/);
    expect([photo.getAttribute('width'), photo.getAttribute('height'), photo.getAttribute('srcset')]).toEqual(['704', '469', undefined]);
    expect(item).not.toContain('.webp');
  });
});

describe('the starter photo in Chromium', () => {
  it.each([
    ['light', 'light', 1200],
    ['dark', 'dark', 1200],
    ['390 px wide', 'light', 390],
  ] as const)('in %s, loads a WebP rendition no larger than its box needs, and nothing on the page moves as it arrives', async (_, colorScheme, width) => {
    const server = await serve(DIST);
    const browser = await launch({ colorScheme });
    try {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 800 });
      // Layout shifts are recorded from the first paint, while the reader scrolls down to the photo.
      await page.addInitScript(() => {
        (window as unknown as { shifts: number }).shifts = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${server.url}/briefs/${GAO}/`);
      for (let y = 0; y < 4000; y += 400) await page.mouse.wheel(0, 400);
      await page.locator('#figure-1 img').scrollIntoViewIfNeeded();
      await page.waitForFunction(() => (document.querySelector('#figure-1 img') as HTMLImageElement).complete);
      const seen = await page.evaluate(() => {
        const img = document.querySelector('#figure-1 img') as HTMLImageElement;
        const box = img.getBoundingClientRect();
        // The width of the rendition chosen, from the srcset that offered it.
        const offered = (img.previousElementSibling as HTMLSourceElement).srcset.split(', ').map((c) => c.split(' '));
        const chosen = offered.find(([url]) => new URL(url!, location.href).href === img.currentSrc)?.[1];
        return { file: img.currentSrc.replace(/^.*\./, ''), chosen, box: [Math.round(box.width), Math.round(box.height)], shifts: (window as unknown as { shifts: number }).shifts };
      });
      expect(seen.file).toBe('webp');
      // The column is 704 px wide at most; on a phone the 480 px rendition is enough.
      expect(seen.chosen).toBe(width === 390 ? '480w' : '704w');
      expect(Math.abs(seen.box[1]! - (seen.box[0]! * 1600) / 2400)).toBeLessThanOrEqual(1);
      expect(seen.shifts).toBe(0);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('a new author adds a brief with two photos', () => {
  const BUNDLE = 'content/briefs/2024/2024-03-08-two-photos';
  const site = contentWith({
    file: `${BUNDLE}/index.md`,
    write: `---
title: "Two photos"
series: weekly
issue: 2
date: "2024-03-08"
authors: ["Test desk"]
summary: "A brief with a photo in a figure and a picture."
actors: [jnim]
regions: [menaka]
---
The market before the attack.

::figure[Ménaka market]{src="./market.jpg" alt="Stalls under awnings in Ménaka's market" source="Desk photo, CC BY 4.0"}

![A road sign outside Ménaka](road.png)
`,
  });
  afterAll(site.cleanup);
  const photo = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 200, g: 160, b: 90 } } });
  const write = async () => {
    writeFileSync(join(site.root, BUNDLE, 'market.jpg'), await photo(3000, 2000).jpeg().toBuffer());
    writeFileSync(join(site.root, BUNDLE, 'road.png'), await photo(600, 400).png().toBuffer());
  };

  it('sees both photos resized on the built page, the PNG with a PNG fallback, and no original', async () => {
    await write();
    const out = join(site.root, 'dist');
    const result = astro(['build', '--outDir', out], { BRIEFS_ROOT: site.root });
    expect(result.status, result.output).toBe(0);
    const doc = parse(readFileSync(join(out, 'briefs/2024-03-08-two-photos/index.html'), 'utf8'));
    const imgs = doc.querySelectorAll('picture > img');
    expect(imgs.map((i) => [i.getAttribute('alt'), i.getAttribute('width'), i.getAttribute('height')])).toEqual([
      ["Stalls under awnings in Ménaka's market", '704', '469'],
      ['A road sign outside Ménaka', '600', '400'],
    ]);
    expect(imgs[0]!.getAttribute('src')).toMatch(/\/market\.[\w-]+\.jpg$/);
    // 600 pixels wide: smaller than every width asked for, so it is made at its own width only.
    expect(imgs[1]!.getAttribute('src')).toMatch(/\/road\.[\w-]+\.png$/);
    expect(imgs[1]!.getAttribute('srcset')!.split(', ').map((c) => c.split(' ')[1])).toEqual(['480w']);
    const shipped = readdirSync(join(out, '_astro')).filter((f) => /^(market|road)\./.test(f));
    expect(shipped.every((f) => /_[\w-]+\.(webp|jpg|png)$/.test(f))).toBe(true);
    expect(Math.max(...shipped.filter((f) => f.startsWith('market')).map((f) => imageSize(readFileSync(join(out, '_astro', f))).width))).toBe(1408);
  });

  it('is told in the check when a photo is missing, is not an image, or the brief is a single file', async () => {
    await write();
    renameSync(join(site.root, BUNDLE, 'road.png'), join(site.root, BUNDLE, 'road-sign.png'));
    writeFileSync(join(site.root, BUNDLE, 'market.jpg'), 'not a photo');
    writeFileSync(join(site.root, 'content/actors/jnim.md'), `${readFileSync(join(site.root, 'content/actors/jnim.md'), 'utf8')}\n![A flag](./flag.png)\n`);
    writeFileSync(join(site.root, 'content/briefs/2024/2024-03-09-single.md'), readFileSync(join(site.root, BUNDLE, 'index.md'), 'utf8').replace('issue: 2', 'issue: 3').replace('"2024-03-08"', '"2024-03-09"'));
    const check = spawnSync(process.execPath, ['src/cli/check.ts', site.root], { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(
      `${BUNDLE}/index.md:13: ::figure: "./market.jpg" is not an image the site can read; expected a JPEG, PNG, WebP or AVIF file saved beside the brief's index.md (content/briefs/YYYY/YYYY-MM-DD-slug/photo.jpg), written src="./photo.jpg"`,
    );
    expect(check.stdout).toContain(`${BUNDLE}/index.md:15: image: "./road.png" not found; expected the file at ${BUNDLE}/road.png, beside index.md`);
    expect(check.stdout).toMatch(/^content\/actors\/jnim\.md:\d+: image: "\.\/flag\.png": only briefs keep photos beside them; expected a picture in public\/figures\/, written "\/figures\/flag\.png"$/m);
    expect(check.stdout).toContain(
      'content/briefs/2024/2024-03-09-single.md:13: ::figure: "./market.jpg": a brief with photos is a folder; move this file to content/briefs/2024/2024-03-09-single/index.md and save market.jpg beside it',
    );
  });
});
