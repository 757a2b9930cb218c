// Search as a reader uses it in Chromium: results while typing, incidents found by place
// and by id, and excerpts that start with the brief's words, not with page furniture.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch } from './helpers/browser.ts';
import { DIST } from './helpers/dist.ts';
import { serve } from './helpers/serve.ts';

let server: Awaited<ReturnType<typeof serve>>;
let browser: Awaited<ReturnType<typeof launch>>;
let page: Page;
beforeAll(async () => {
  server = await serve(DIST);
  browser = await launch();
  page = await browser.context.newPage();
  await page.goto(`${server.url}/search/`);
  await page.waitForSelector('select[name=series] option:nth-child(2)', { state: 'attached' });
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

/** Types into the search box key by key, never pressing Enter, and waits for the status to settle. */
async function typeQuery(text: string) {
  await page.fill('#q', '');
  await page.focus('#q');
  await page.keyboard.type(text, { delay: 40 });
  await page.waitForFunction(() => /results?\.|No results/.test(document.querySelector('#status')!.textContent!));
}

const results = () => page.locator('#results li').evaluateAll((items) => items.map((li) => `${li.querySelector('.result-type')!.textContent} | ${li.querySelector('h2')!.textContent}`));

describe('search as one types', () => {
  it('shows results without Enter, for the words typed last', async () => {
    await typeQuery('drone');
    expect(await page.textContent('#status')).toMatch(/^\d+ results?/);
    expect(await page.locator('#results mark').first().textContent()).toMatch(/^drone/i);
    // The address follows the query, so the results can be shared.
    expect(new URL(page.url()).searchParams.get('q')).toBe('drone');
  });

  it('finds an incident by its place and by its id', async () => {
    await typeQuery('Moura');
    expect(await results()).toContain('Incident | Moura, March 2022');
    // Its facts read as phrases, not run together with their labels.
    const incident = page.locator('#results li', { has: page.locator('h2', { hasText: 'Moura, March 2022' }) });
    expect(await incident.locator('.excerpt').textContent()).toMatch(/^Moura, March 2022\. March 2022 \(known to the month only\)\. Moura › Mopti › Mali/);
    // A month-precise incident is not given a day.
    expect(await incident.locator('.result-meta').textContent()).toBe('Incident');
    await typeQuery('moura-2022-03');
    expect((await results())[0]).toBe('Incident | Moura, March 2022');
  });

  it('gives excerpts that start with the brief, never with "Last updated" or "Corrected on"', async () => {
    await page.fill('#q', '');
    await page.selectOption('select[name=series]', { label: 'Africa File (5)' });
    await page.waitForFunction(() => document.querySelectorAll('#results li').length === 5);
    const excerpts = await page.locator('#results .excerpt').allTextContents();
    expect(excerpts).toHaveLength(5);
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/^(Last updated|Corrected on)/);
    expect(excerpts.join(' ')).not.toMatch(/Last updated \d/);
  });
});
