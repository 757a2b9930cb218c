// The search page and a printed brief, as a reader meets them in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch } from './helpers/browser.ts';
import { DIST } from './helpers/dist.ts';
import { serve } from './helpers/serve.ts';

let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  server = await serve(DIST);
});
afterAll(() => server.close());

describe('search in Chromium', () => {
  it('shows type, date and series, loads more results, says when nothing matches, by keyboard, with no axe finding', async () => {
    const browser = await launch();
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      await page.goto(`${server.url}/search/`);
      // Filter values come from the index.
      await page.waitForSelector('select[name=actor] option:nth-child(2)', { state: 'attached' });
      expect(await page.locator('select[name=series] option').allTextContents()).toEqual(['any', 'Africa File (5)', 'MW Weekly (4)']);

      // Keyboard only: type, Enter.
      await page.focus('#q');
      await page.keyboard.type('wagner');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#results li');
      const status = (await page.textContent('#status'))!;
      expect(status).toMatch(/^\d+ results, showing 10\.$/);
      const total = Number(status.split(' ')[0]);
      expect(total).toBeGreaterThan(10);
      const first = page.locator('#results li').first();
      expect(await first.locator('.result-type').textContent()).toBe('Brief');
      expect(await first.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await first.locator('.result-meta').textContent()).toMatch(/^Brief · \d{1,2} \w+ \d{4} · (Africa File|MW Weekly)$/);
      const wagner = page.locator('#results li', { has: page.locator('h2', { hasText: 'Wagner Group (Wagner)' }) });
      expect(await wagner.locator('.result-meta').textContent()).toBe('Actor');
      expect(await first.locator('mark').first().textContent()).toMatch(/wagner/i);
      // Excerpts hold text, not the page's labels run together.
      expect(await page.locator('#results .excerpt').allTextContents()).not.toContainEqual(expect.stringMatching(/Level|data as of|Briefs\d/));

      // "More results" by keyboard: focus moves to the first new result.
      await page.focus('#more');
      await page.keyboard.press('Enter');
      const next = Math.min(total, 20);
      await page.waitForFunction((n) => document.querySelectorAll('#results li').length === n, next);
      expect(await page.textContent('#status')).toBe(`${total} results, showing ${next}.`);
      expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#results li')[10])).toBe(true);
      // Ten more each time, until every result is listed and the button goes.
      for (let shown = next; shown < total; shown = Math.min(total, shown + 10)) {
        await page.focus('#more');
        await page.keyboard.press('Enter');
        await page.waitForFunction((n) => document.querySelectorAll('#results li').length === n, Math.min(total, shown + 10));
      }
      expect(await page.textContent('#status')).toBe(`${total} results, showing ${total}.`);
      expect(await page.isHidden('#more')).toBe(true);
      expect(await axeViolations(page)).toEqual([]);

      // Nothing found: the message says so and offers the archive.
      await page.fill('#q', 'zzqxj');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => /No results/.test(document.querySelector('#status')!.textContent!));
      expect(await page.textContent('#status')).toBe('No results for “zzqxj”. Try fewer or other words, remove a filter, or browse the archive.');
      expect(await page.getAttribute('#status a', 'href')).toBe('/archive/');
      expect(await page.getAttribute('#status', 'role')).toBe('status');
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('a printed brief', () => {
  it('fits the May 2022 brief on at most 7 A4 pages, with no toggle printed', async () => {
    const browser = await launch();
    const page = await browser.context.newPage();
    try {
      await page.goto(`${server.url}/briefs/2022-05-06-central-mali-collective-punishment/`);
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
      // 8 pages before the print stylesheet, the last one blank.
      expect(pages).toBeGreaterThanOrEqual(4);
      expect(pages).toBeLessThanOrEqual(7);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('summary').evaluateAll((s) => s.filter((e) => e.getBoundingClientRect().height > 0).length)).toBe(0);
      // Short data tables print open.
      expect(await page.locator('details[data-print=open] table').first().isVisible()).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
