// Pages on paper, as Chromium prints them to A4 PDF and pdftotext reads them back: a
// chart never parted from its caption, and every link with the address it goes to.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './helpers/browser.ts';
import { DIST } from './helpers/dist.ts';
import { serve } from './helpers/serve.ts';

let server: Awaited<ReturnType<typeof serve>>;
let browser: Awaited<ReturnType<typeof launch>>;
const dir = mkdtempSync(join(tmpdir(), 'print-'));
beforeAll(async () => {
  server = await serve(DIST);
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Whitespace and line breaks out, so a caption or an address broken over lines still matches. */
const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/** The page printed, each sheet's text, and what the screen shows of its charts and links. */
async function printed(path: string) {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}${path}`);
  const file = join(dir, 'page.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  await page.emulateMedia({ media: 'print' });
  const charts = await page.locator('figure.chart').evaluateAll((figures) =>
    figures.map((f) => ({
      id: f.id,
      // The caption's own words, without its Source: line.
      caption: f.querySelector('figcaption')!.firstChild!.textContent!.trim(),
      // Every text the wide drawing writes: its ticks, figures, names and key.
      drawing: [...f.querySelectorAll('svg.chart-wide text, svg.chart-dual .wide text')].map((t) => t.textContent!.trim()).filter(Boolean),
    })),
  );
  const links = await page.locator('main a[href]').evaluateAll((as) =>
    as.filter((a) => a.getBoundingClientRect().height > 0 && !a.closest('svg') && !a.getAttribute('href')!.startsWith('#')).map((a) => a.getAttribute('href')!),
  );
  await page.close();
  const sheets = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1).map(squash);
  return { sheets, charts, links };
}

describe('a printed page', () => {
  for (const path of ['/briefs/2022-05-06-central-mali-collective-punishment/', '/briefs/2025-03-28-mali-state-violence-2024/', '/regions/mali/', '/incidents/moura-2022-03/']) {
    it(`keeps each chart with its caption and prints every link's address: ${path}`, async () => {
      const { sheets, charts, links } = await printed(path);
      expect(charts.length).toBeGreaterThan(0);
      for (const chart of charts) {
        const captioned = sheets.findIndex((s) => s.includes(squash(chart.caption)));
        expect(captioned, `${chart.id}: caption “${chart.caption}” printed`).toBeGreaterThanOrEqual(0);
        // The whole drawing is on the caption's sheet.
        expect(chart.drawing.length).toBeGreaterThan(0);
        expect(chart.drawing.filter((t) => !sheets[captioned]!.includes(squash(t))), `${chart.id}: drawn on the sheet of “${chart.caption}”`).toEqual([]);
      }
      const text = sheets.join('');
      const unprinted = [...new Set(links)].filter((href) => !text.includes(squash(`(${href})`)));
      expect(unprinted).toEqual([]);
      // The page says once where the site's own addresses are.
      expect(sheets[0]).toContain(squash('Addresses in brackets starting with / are on https://'));
    });
  }

  it('prints the May 2022 brief on 7 A4 pages, none of them blank', async () => {
    const { sheets } = await printed('/briefs/2022-05-06-central-mali-collective-punishment/');
    expect(sheets.length).toBe(7);
    expect(sheets.filter((s) => s === '')).toEqual([]);
  });
});
