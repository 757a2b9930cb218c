// What a subscriber and someone sharing a link get: charts as pictures in feeds, claims
// and sources in each item, and a social card for every kind of page.
import { execFileSync } from 'node:child_process';
import { smartQuotes } from '../src/lib/format/smart-quotes.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { drawPngHere, PNG_FONT } from '../src/render/cards/render-png.ts';
import { cardSvg } from '../src/lib/cards/card-svg.ts';
import { DIST, page, publicBriefs } from './helpers/dist.ts';

const ORIGIN = 'https://briefs.example.org';
// The class each chart's figure has on the page, and the chart type its file is named after.
const KINDS: Record<string, string> = { 'chart-fatalities': 'fatalities-by-month', 'chart-perpetrators': 'claims-by-perpetrator', 'chart-map': 'region-map', 'chart-network': 'actor-network' };
const local = (url: string) => join(DIST, new URL(url).pathname);
const pngSize = (file: string) => {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

// Every feed's items, as Debian's feedparser reads them.
// Feeds of briefs; the corrections feed carries corrections, not briefs, and is tested on its own.
const feeds = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('rss.xml') && f !== 'corrections/rss.xml').sort();
const script = `import feedparser, json, sys
print(json.dumps([{"path": p, "items": [{"link": e.link, "content": e.content[0].value} for e in feedparser.parse(p).entries]} for p in sys.argv[1:]]))`;
const parsed: { path: string; items: { link: string; content: string }[] }[] = JSON.parse(
  execFileSync('/usr/bin/python3', ['-c', script, ...feeds.map((f) => join(DIST, f))], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }),
);

describe('a feed item', () => {
  const siteFeed = parsed.find((f) => f.path === join(DIST, 'rss.xml'))!;

  it('shows each chart of the brief as a PNG that exists, names that chart and links to it on the page', () => {
    let charts = 0;
    for (const feed of parsed) {
      for (const item of feed.items) {
        const slug = new URL(item.link).pathname.split('/')[2]!;
        const onPage = page(`briefs/${slug}`).querySelectorAll('.body figure.chart');
        const images = parse(item.content).querySelectorAll('figure img[src$=".png"]').filter((img) => img.getAttribute('src')!.includes('/charts/'));
        expect(images.length, `${feed.path}: ${slug}`).toBe(onPage.length);
        images.forEach((img, i) => {
          const figure = onPage[i]!;
          const src = img.getAttribute('src')!;
          // The file is named after the chart's kind; its alt text is the chart's own description.
          const kind = figure.classList.value.find((c) => c in KINDS)!;
          expect(src).toBe(`${ORIGIN}/charts/${slug}/${i + 1}-${KINDS[kind]}.png`);
          expect(img.getAttribute('alt')).toBe(figure.querySelector('desc')!.text);
          expect(pngSize(local(src)).width).toBe(2 * Number(img.getAttribute('width')));
          expect(img.closest('a')!.getAttribute('href')).toBe(`${ORIGIN}/briefs/${slug}/#${figure.id}`);
          expect(img.closest('figure')!.querySelector('figcaption')!.text).toContain(`${figure.querySelector('title')!.text.replace(/ \(.*$/, '')}`);
          expect(img.closest('figure')!.querySelector('figcaption')!.text).toContain('Source: Casualty claims recorded in the briefs');
          charts += 1;
        });
      }
    }
    expect(charts).toBeGreaterThanOrEqual(8);
  });

  it('carries the brief\'s claims table and its Sources list', () => {
    const menaka = siteFeed.items.find((i) => i.link.endsWith('/briefs/2022-05-06-central-mali-collective-punishment/'))!;
    const html = parse(menaka.content);
    // (feedparser keeps the markup but drops class names, as feed readers do.)
    expect(html.querySelectorAll('table tbody tr').length).toBe(page('briefs/2022-05-06-central-mali-collective-punishment').querySelectorAll('table.claims tbody tr').length);
    expect(html.querySelectorAll('table tbody tr').length).toBeGreaterThan(3);
    expect(html.querySelectorAll('h2').map((h) => h.text)).toEqual(expect.arrayContaining(['Casualty claims in this brief', 'Sources']));
    const sources = page('briefs/2022-05-06-central-mali-collective-punishment').querySelectorAll('ol.sources li').map((li) => li.text);
    expect(sources.length).toBeGreaterThan(0);
    expect(html.querySelectorAll('ol li').map((li) => li.text)).toEqual(expect.arrayContaining(sources));
    expect(sources[0]).toContain('Critical Threats Project');
    expect(html.querySelectorAll('[href]').map((a) => a.getAttribute('href')!).every((h) => /^(https?:|mailto:|data:)/.test(h))).toBe(true);
  });

  it('carries the claims table and Sources list of the brief\'s page, cell for cell and link for link', () => {
    // The feed prints them from the same claims and sources as the page (src/render/feeds/): they must not drift apart.
    type Node = ReturnType<typeof parse>;
    const cells = (table: Node) => table.querySelectorAll('tr').map((tr) => tr.querySelectorAll('th, td').map((c) => [c.text, ...c.querySelectorAll('a').map((a) => new URL(a.getAttribute('href')!, ORIGIN).href)]));
    const items = (list: Node) => list.querySelectorAll('li').map((li) => [li.text, ...li.querySelectorAll('a').map((a) => a.getAttribute('href'))]);
    let rows = 0;
    for (const item of siteFeed.items) {
      const onPage = page(`briefs/${new URL(item.link).pathname.split('/')[2]!}`);
      const inFeed = parse(item.content);
      const table = inFeed.querySelectorAll('table').find((t) => t.querySelector('caption')?.text === 'Casualty claims in this brief');
      const sources = inFeed.querySelectorAll('h2').find((h) => h.text === 'Sources')?.nextElementSibling;
      const pageTable = onPage.querySelector('table.claims');
      const pageSources = onPage.querySelector('ol.sources');
      expect(table ? cells(table) : 'no table', item.link).toEqual(pageTable ? cells(pageTable) : 'no table');
      expect(sources ? items(sources) : 'no sources', item.link).toEqual(pageSources ? items(pageSources) : 'no sources');
      rows += table?.querySelectorAll('tbody tr').length ?? 0;
    }
    expect(rows).toBeGreaterThan(20);
  });

  it('in an actor\'s feed names the stories of a newsletter that concern the actor, with links', () => {
    const wagner = parsed.find((f) => f.path === join(DIST, 'actors/wagner-group/rss.xml'))!;
    const issue = wagner.items.find((i) => i.link.endsWith('/briefs/2022-09-30-islamic-state-wagner-mali/'))!;
    const note = parse(issue.content).querySelector('p')!;
    expect(note.querySelector('strong')!.text).toBe('Wagner in this issue:');
    const links = note.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toContain(`${ORIGIN}/briefs/2022-09-30-islamic-state-wagner-mali/#islamic-state-says-it-is-killing-wagner-fighters-in-mali`);
    expect(links).not.toContain(`${ORIGIN}/briefs/2022-09-30-islamic-state-wagner-mali/#pro-is-media-turn-on-beijing-and-the-taliban`);
    // An assessment is one story: no such line.
    const assessment = wagner.items.find((i) => i.link.endsWith('/briefs/2025-03-28-mali-state-violence-2024/'))!;
    expect(assessment.content).not.toContain('in this issue:');
  });
});

describe('a social card', () => {
  const pages = [
    ['briefs', `briefs/${publicBriefs[0]!.id}`],
    ['actors', 'actors/wagner-group'],
    ['regions', 'regions/mali-menaka'],
    ['site', ''],
    ['site', 'archive'],
  ] as const;

  it('exists for every kind of page as a 1200×630 PNG, with size and alt text in og: tags, which X reads too', () => {
    for (const [kind, path] of pages) {
      const doc = page(path);
      const meta = (key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
      const url = meta('og:image')!;
      expect(url, path).toBe(kind === 'site' ? `${ORIGIN}/cards/site.png` : `${ORIGIN}/cards/${path}.png`);
      // X falls back to og:title, og:description and og:image: the page names them once.
      expect(['twitter:title', 'twitter:description', 'twitter:image'].map(meta)).toEqual([undefined, undefined, undefined]);
      expect(meta('twitter:card')).toBe('summary_large_image');
      expect(meta('twitter:image:alt')).toBe(meta('og:image:alt'));
      expect([meta('og:image:width'), meta('og:image:height')]).toEqual(['1200', '630']);
      expect(meta('og:image:alt')!.length).toBeGreaterThan(10);
      expect(existsSync(local(url)), url).toBe(true);
      expect(pngSize(local(url))).toEqual({ width: 1200, height: 630 });
    }
  });

  it('is drawn to the same bytes by any run', async () => {
    const brief = publicBriefs.find((b) => b.id === '2022-10-06-menaka-wagner-islamic-state')!;
    const svg = cardSvg({ kicker: 'Africa File · No. 2', title: smartQuotes(brief.data.title), meta: '6 October 2022', site: 'Conflict Briefs' }, PNG_FONT);
    expect(Buffer.from(await drawPngHere(svg)).equals(readFileSync(join(DIST, `cards/briefs/${brief.id}.png`)))).toBe(true);
  });

  it('has chart pictures drawn from their SVG to the same bytes by any run', async () => {
    const chart = readdirSync(join(DIST, 'charts/2022-10-06-menaka-wagner-islamic-state')).find((f) => f.endsWith('.svg'))!;
    const svg = readFileSync(join(DIST, 'charts/2022-10-06-menaka-wagner-islamic-state', chart), 'utf8');
    const width = Number(/width="(\d+)"/.exec(svg)![1]) * 2;
    expect(Buffer.from(await drawPngHere(svg, width)).equals(readFileSync(join(DIST, 'charts/2022-10-06-menaka-wagner-islamic-state', chart.replace('.svg', '.png'))))).toBe(true);
  });
});
