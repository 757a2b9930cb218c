import { describe, expect, it } from 'vitest';
import { describePictureStats } from '../src/render/picture-stats.ts';
import { routeShape, splitOf } from './phases.ts';

// An Astro 7 build log as the benchmark receives it: [arrival ms, line].
const log: [number, string][] = [
  [2100, '02:13:41 [content] Syncing content'],
  [5600, '02:13:43 [content] Synced content'],
  [5700, '02:13:43 [build] Collecting build info...'],
  [6900, '02:13:44 [vite] ✓ built in 900ms'],
  [7400, ' generating static routes '],
  [7500, '02:13:45   ├─ /actors/jnim/index.html (+1.20s) '],
  [7600, '02:13:45   ├─ /actors/wagner-group/index.html (+300ms) '],
  [7700, '02:13:45   ├─ /actors/jnim/rss.xml (+40ms) '],
  [7800, '02:13:45   ├─ /briefs/2024-01-02-a/index.html (+25ms) '],
  [7900, '02:13:45   ├─ /rss.xml (+10ms) '],
  [8000, '02:13:45   └─ /index.html (+5ms) '],
  [9000, '02:13:48 ✓ Completed in 1.60s.'],
  [9010, '02:13:48 [build] ✓ Completed in 1.70s.'],
  [10300, '02:13:49 [briefs:search-index] indexed 552 pages for search'],
  [10400, `02:13:49 [briefs:pictures] ${describePictureStats({ drawn: 190, cached: 12, drawMs: 4250 })}`],
  [10450, '02:13:49 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`'],
  [10460, '02:13:49 [build] 559 page(s) built in 8.36s'],
];
const lines = log.map(([ms, text]) => ({ ms, text }));

describe('routeShape', () => {
  it('names a route by its kind of page, ids replaced by *', () => {
    expect(routeShape('/actors/jnim/rss.xml')).toBe('/actors/*/rss.xml');
    expect(routeShape('/briefs/2024-01-02-a/index.html')).toBe('/briefs/*/');
    expect(routeShape('/claims/2020/index.html')).toBe('/claims/*/');
    expect(routeShape('/actors/index.html')).toBe('/actors/');
    expect(routeShape('/index.html')).toBe('/');
    expect(routeShape('/data/claims.csv')).toBe('/data/claims.csv');
  });
});

describe('splitOf', () => {
  const s = splitOf(lines, 11_000);
  it('times config, content sync and bundling from the arrival of the log lines', () => {
    expect(s.configMs).toBe(2100);
    expect(s.syncMs).toBe(3500);
    expect(s.bundleMs).toBe(1800);
  });
  it("takes page generation from Astro's own figure and sums the routes by shape, feeds apart", () => {
    expect(s.pagesMs).toBe(1600);
    expect(s.routes[0]).toEqual(['/actors/*/', 1500]);
    expect(s.routes.map(([k]) => k)).toEqual(['/actors/*/', '/actors/*/rss.xml', '/briefs/*/', '/rss.xml', '/']);
    expect(s.feedsMs).toBe(50);
  });
  it('gives each hook after the pages the wait before its line', () => {
    expect(s.hooks).toEqual([
      ['briefs:search-index', 1290],
      ['briefs:pictures', 100],
      ['@astrojs/sitemap', 50],
    ]);
  });
  it("reads what the pictures cost from the build's own line", () => {
    expect(s.pictures).toEqual({ drawn: 190, cached: 12, drawMs: 4300 });
  });
  it('leaves out what the log does not show', () => {
    const bare = splitOf(lines.slice(0, 2), 3000);
    expect(bare.pagesMs).toBeUndefined();
    expect(bare.bundleMs).toBeUndefined();
    expect(bare.routes).toEqual([]);
    expect(bare.pictures).toBeUndefined();
  });
});
