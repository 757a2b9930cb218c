// The figures a reader sees on the starter site, written by hand from the claims in
// content/briefs/ (not computed by the code under test). When the starter content
// changes, these change with it, on purpose.
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST, page } from './helpers/dist.ts';

/** The total boxes of a section as "label: figure detail" lines. */
const totals = (doc: HTMLElement, within = 'main') =>
  doc.querySelector(within)!.querySelectorAll('.totals > div:not(.aggregate)').map((d) => `${d.querySelector('dt')!.text}: ${d.querySelector('dd')!.text.replace(/\s+/g, ' ').trim()}`);
/** The incident rows behind one total: "incident-id figure". */
const rowsBehind = (doc: HTMLElement, id: string) => doc.getElementById(id)!.querySelectorAll('tr').map((r) => `${r.querySelector('th code')!.text} ${r.querySelector('td.num')!.text}`);

describe('the claims page', () => {
  const doc = page('claims');

  it('counts each incident in one layer, Moura once at 300+, and says how many incidents give no figure', () => {
    expect(totals(doc)).toEqual([
      // Moura 300+, Gao 20+, Tinzaouaten 1+, the drone strike 7, the French air strike 19; the
      // kidnapping is an abduction and adds nothing to killed totals.
      'Headline (confirmed and fair): 347+ killed in 5 incidents',
      // Militant Wire's "several" in Mozambique; JNIM's "hundreds" for Moura counts in no total, as Moura is in the headline.
      'Weak: 3+ killed in 1 incident',
      // Koumbori 51+; al-Naba, Niono and Kongoussi give none. The army's own Moura claim is not counted: Moura is in the headline.
      'Claimed by the perpetrator: 51+ killed in 4 incidents; 3 of 4 incidents give no figure',
    ]);
    // 5 + 1 + 4 incidents, no more than the 11 there are (the kidnapping is the eleventh).
    expect(doc.querySelector('.partition-note')!.text).toContain('Each incident is counted in one layer only');
  });

  it('gives the totals year by year, adding up to them, each linking to its incidents', () => {
    const rows = doc.querySelectorAll('table.totals-by-year tbody tr').map((r) => r.querySelectorAll('th, td').map((c) => c.text.replace(/\s+/g, ' ').trim()).join(' | '));
    expect(rows).toEqual([
      '2025 | 20+ in 1 incident | no incidents | no incidents | none',
      '2024 | 8+ in 2 incidents | no incidents | no incidents | 4',
      '2023 | no incidents | no incidents | 51+ in 3 incidents; 2 of 3 incidents give no figure | 2',
      '2022 | 300+ in 1 incident | no incidents | no figure given for 1 incident | none',
      '2021 | 19 in 1 incident | no incidents | no incidents | none',
      '2019 | no incidents | 3+ in 1 incident | no incidents | none',
      '2013 | no incidents | no incidents | no incidents | 1',
    ]);
    // The all-time figures link to their layer's column of that table.
    expect(doc.querySelector('.totals a.total')!.getAttribute('href')).toBe('#all-claims-headline');
    expect(doc.getElementById('all-claims-headline')!.tagName).toBe('TH');
  });

  it("lists on each year's page exactly the incidents behind that year's figures, Moura at 300+ and not 200+", () => {
    expect(rowsBehind(page('claims/2025'), 'totals-2025-headline')).toEqual(['gao-2025-02 20+']);
    expect(rowsBehind(page('claims/2024'), 'totals-2024-headline')).toEqual(['tinzaouaten-2024-07-wagner-losses 1+', 'mali-2024-hrw-drone-strike-civilians 7']);
    const y2022 = page('claims/2022');
    expect(rowsBehind(y2022, 'totals-2022-headline')).toEqual(['moura-2022-03 300+']);
    expect(y2022.getElementById('totals-2022-weak')).toBeNull();
    expect(rowsBehind(y2022, 'totals-2022-claimed')).toEqual(['mali-2022-09-naba-wagner-killed no figure']);
    expect(y2022.querySelector('table.incident-totals')!.text).not.toContain('wagner-contractor-kidnap');
    expect(rowsBehind(page('claims/2021'), 'totals-2021-headline')).toEqual(['mali-2021-01-french-air-strike-wedding 19']);
  });

  it('points to its seven period totals, listed on the pages of the years they start, never added', () => {
    const link = doc.querySelector('.totals .aggregate a.aggregate-figure')!;
    expect([link.text, link.getAttribute('href')]).toEqual(['7 period totals', '#all-claims-aggregates']);
    const figures = (year: string) => page(`claims/${year}`).querySelectorAll('.totals .aggregate a.aggregate-figure').map((a) => a.text);
    expect(figures('2024')).toEqual(['901+', 'about 400', '32+', '24+']);
    expect(figures('2023')).toEqual(['no figure', 'no figure']);
    expect(figures('2013')).toEqual(['301+']);
    expect(page('claims/2024').querySelector('.totals .aggregate')!.text.replace(/\s+/g, ' ')).toContain('1 January 2024 – 31 December 2024 · by FAMa and Wagner · in Mali · victims: people ·');
  });
});

describe("Wagner's page", () => {
  const doc = page('actors/wagner-group');

  it('totals its killings with Moura once', () => {
    expect(totals(doc, 'section[aria-labelledby=perpetrator]')).toEqual([
      // Moura 300+, Gao 20+, the drone strike 7; Moura's other claims count in no other layer.
      'Headline (confirmed and fair): 327+ killed in 3 incidents',
    ]);
  });

  it('never reads its losses as 0 when a figure is missing', () => {
    expect(totals(doc, 'section[aria-labelledby=victim]')).toEqual([
      // Tinzaouaten's "dozens killed or captured" is at least one dead; the kidnapping killed no one we know of.
      'Headline (confirmed and fair): 1+ killed in 1 incident',
      'Weak: 3+ killed in 1 incident',
      'Claimed by the perpetrator: no figure given for any of 2 incidents',
    ]);
  });
});

describe("Moura's incident page", () => {
  const doc = page('incidents/moura-2022-03');

  it('gives its date and precision, its place and its figure with the rule in words', () => {
    expect(doc.querySelector('h1')!.text).toBe('Moura, March 2022');
    const facts = Object.fromEntries(doc.querySelectorAll('.profile-facts dt').map((dt) => [dt.text, dt.nextElementSibling!.text.replace(/\s+/g, ' ').trim()]));
    expect(facts.Date).toBe('March 2022 (known to the month only)');
    expect(facts.Where).toBe('Moura › Mopti › Mali (the place is named)');
    expect(facts['Place as written']).toBe('“Moura”; “a single town; by year and toll, Moura”');
    expect(doc.querySelector('.incident-figure')!.text.replace(/\s+/g, ' ')).toBe('300+ killed, in the headline (confirmed and fair) layer.');
    expect(doc.querySelector('section[aria-labelledby=range-heading]')!.text).toContain('The range runs from the lowest confirmed or fair figure to the highest; open-ended, as a claim sets no upper limit.');
    expect(doc.querySelectorAll('section[aria-labelledby=range-heading] li').map((li) => li.text)).toEqual([
      'JNIM (weak, alleged): “hundreds” (200+)',
      'Malian junta (contested, denied): no figure',
      'FAMa (its own claim, claimed): no figure',
    ]);
    // A locator map: the region-map chart of its claims, titled with the place.
    expect(doc.querySelector('.locator figure svg[role=img] title')?.text).toBe('Where: Moura, Mopti, Mali');
  });

  it('opens with the incident, and gives the id to reuse at the end', () => {
    const main = doc.querySelector('main')!;
    const order = main.querySelectorAll('h1, .profile-facts, .incident-ref').map((e) => e.tagName === 'H1' ? 'title' : e.classList.contains('profile-facts') ? 'facts' : 'id');
    expect(order).toEqual(['title', 'facts', 'id']);
    expect(main.querySelector('.incident-ref')!.text.replace(/\s+/g, ' ').trim()).toBe('Incident id moura-2022-03. A brief that reports this event again gives its claim the line incident: moura-2022-03, so that it counts once.');
  });

  it('names each victim actor only with the category its own claim gives, and who says so', () => {
    const against = doc.querySelectorAll('.profile-facts dt').find((dt) => dt.text === 'Against')!.nextElementSibling!;
    expect(against.querySelectorAll('li').map((li) => li.text.replace(/\s+/g, ' ').trim())).toEqual([
      'civilians, according to Critical Threats Project; JNIM',
      'militants (JNIM), according to FAMa',
      'not stated, according to Hollie McKay; Malian junta',
    ]);
  });

  it('sets its five claims side by side, the oldest report first', () => {
    const rows = doc.querySelectorAll('table.incident-claims tbody tr').map((r) =>
      ['Claimant', 'Stance', 'Grade', 'Range'].map((label) => r.querySelector(`[data-label="${label}"]`)!.text).concat(r.querySelector('[data-label="As written"] .phrase')!.text).join(' | '),
    );
    expect(rows).toEqual([
      'Critical Threats Project | reported | fair | 300+ | “at least 300”',
      'FAMa | claimed | contested | no figure | “unknown”',
      'JNIM | alleged | weak | 200+ | “hundreds”',
      'Hollie McKay | alleged | fair | 301+ | “over 300”',
      'Malian junta | denied | contested | no figure | “unknown”',
    ]);
  });
});

describe('every page with layer totals', () => {
  /** Every built page, as its path under dist/. */
  const pages = (dir = DIST): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pages(join(dir, e.name)) : e.name === 'index.html' ? [relative(DIST, dir)] : []));
  // 11 incidents on the starter site, the April 2022 kidnapping among them, which kills no one.
  const INCIDENTS = 11;

  it('counts each incident in one layer: the incidents of its layer totals add up to no more than there are, each listed once', () => {
    const problems: string[] = [];
    let pagesWithTotals = 0;
    for (const path of pages()) {
      const doc = page(path);
      for (const dl of doc.querySelectorAll('dl.totals')) {
        pagesWithTotals += 1;
        const counts = dl.querySelectorAll(':scope > div:not(.aggregate) dd').map((dd) => Number(/ (?:in|for|for any of) (\d+) incidents?/.exec(dd.text)?.[1] ?? NaN));
        const sum = counts.reduce((a, b) => a + b, 0);
        if (!(sum <= INCIDENTS)) problems.push(`${path}: ${sum} incidents in its layer totals`);
        if (counts.length > 0 && !dl.nextElementSibling?.classList.contains('partition-note')) problems.push(`${path}: no line saying each incident counts in one layer`);
        // The table of the incidents behind the totals, when on the page and complete: each incident once, as many as the totals count.
        const table = dl.parentNode?.querySelector('table.incident-totals');
        if (table && !table.text.includes('most recent of these')) {
          const ids = table.querySelectorAll('tbody th code').map((c) => c.text);
          if (new Set(ids).size !== ids.length) problems.push(`${path}: an incident listed twice under its totals`);
          if (ids.length !== sum) problems.push(`${path}: ${ids.length} incidents listed, ${sum} counted`);
        }
      }
    }
    expect(pagesWithTotals).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });
});
