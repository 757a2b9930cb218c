// The charts as the built site renders them: SVG snapshots after rounding (a diff means the
// picture changed), and what a reader must never see on any page.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { roundForSnapshot } from '../src/charts/test-round.ts';
import { built, DIST, page } from './helpers/dist.ts';

/** Every built page, as its path under dist/. */
function pages(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name === 'index.html' ? [relative(DIST, dir)] : [];
  });
}

/** The figure whose caption starts with `caption`. */
function figure(path: string, caption: string): HTMLElement {
  const found = page(path).querySelectorAll('figure.chart').find((f) => f.querySelector('figcaption')!.text.trim().startsWith(caption));
  if (!found) throw new Error(`${path}: no chart captioned "${caption}…"`);
  return found;
}

/** A drawing's markup, rounded and one element per line; country outlines cut short (they come from Natural Earth). */
function snapshotOf(svg: HTMLElement): string {
  return roundForSnapshot(svg.outerHTML)
    .replace(/(<path class="country" d=")([^"]{0,40})[^"]*"/g, '$1$2…"')
    .replace(/></g, '>\n<');
}

/** Each chart's drawings: wide and narrow SVGs, or one SVG holding both (`dual`, claimed killed by month). */
const CHARTS: [file: string, path: string, caption: string, drawings: ('wide' | 'narrow' | 'dual')[]][] = [
  ['claims-by-month', 'claims', 'Claimed killed by month, all briefs', ['dual']],
  ['claims-by-perpetrator', 'claims', 'Claimed killed by perpetrator, all briefs', ['wide', 'narrow']],
  ['wagner-by-month', 'actors/wagner-group', 'Claimed killed by Wagner, by month', ['dual']],
  ['mali-map', 'regions/mali', 'Where the claims in Mali were made', ['wide', 'narrow']],
  ['bamako-locator', 'regions/mali-bamako', 'Where Bamako is', ['wide', 'narrow']],
  ['brief-2022-05-06-by-perpetrator', 'briefs/2022-05-06-central-mali-collective-punishment', 'Claimed killed by perpetrator: Mali', ['wide', 'narrow']],
  ['jnim-claimant-record', 'claimants/jnim', "JNIM's figures beside the independent ones", ['wide', 'narrow']],
];

describe('charts as rendered', () => {
  for (const [file, path, caption, drawings] of CHARTS) {
    it(`${path}: "${caption}", drawn as ${drawings.join(' and ')}`, async () => {
      const svgs = figure(path, caption).querySelectorAll('svg.chart-svg');
      expect(svgs.map((svg) => svg.classList.value.find((c) => c !== 'chart-svg')!.replace('chart-', ''))).toEqual(drawings);
      for (const [i, svg] of svgs.entries()) await expect(snapshotOf(svg)).toMatchFileSnapshot(`__snapshots__/charts/${file}.${drawings[i]}.svg`);
    });
  }

  // Expected figures worked out by hand from the starter briefs' claims.
  it('draw /claims/ by perpetrator with "several" as a short mark, shared incidents marked, each incident in one layer', () => {
    const f = figure('claims', 'Claimed killed by perpetrator, all briefs');
    const svg = f.querySelector('svg.chart-wide')!;
    const rows = svg.querySelectorAll('a[class^=layer-]').map((g) => `${g.querySelector('.mark-label')!.text}: ${g.querySelector('.value-label')!.text}`);
    expect(rows).toEqual([
      // Moura 300+ (at least 300, over 300), Gao 20+, the drone strike 7; Moura's other claims add no bar.
      'FAMa: 327+*',
      'Wagner: 327+*',
      // Koumbori 51+; Niono and Kongoussi give no figure.
      'JNIM: claimed by the perpetrator: 51+ +2 no figure',
      'Barkhane: 19',
      'IS Mozambique: weak: 3+',
      'CMA: 1+',
    ]);
    // al-Naba's boast gives no figure: named under the axis, never drawn on it.
    expect(svg.querySelectorAll('.footnote').map((t) => t.text).at(-1)).toBe('No figure given: IS Sahel: claimed by the perpetrator (1 incident).');
    // Each mark, and each number of the table, links to the incidents behind it.
    expect(svg.querySelectorAll('a[class^=layer-]').map((a) => a.getAttribute('href'))).toEqual([
      '/actors/fama/#perpetrator-incidents-headline',
      '/actors/wagner-group/#perpetrator-incidents-headline',
      '/actors/jnim/#perpetrator-incidents-claimed',
      '/incidents/mali-2021-01-french-air-strike-wedding/',
      '/incidents/mozambique-2019-wagner-ambush-losses/',
      '/incidents/tinzaouaten-2024-07-wagner-losses/',
    ]);
    const table = f.querySelector('.chart-data table')!;
    expect(table.querySelectorAll('tbody td.num').every((td) => td.querySelector('a'))).toBe(true);
    const end = (label: string) => {
      const g = svg.querySelectorAll('a[class^=layer-]').find((x) => x.querySelector('.mark-label')!.text === label)!;
      const marks = g.querySelectorAll('rect, line, path').map((m) => Number(m.getAttribute('x') ?? 0) + Number(m.getAttribute('width') ?? 0) || Number(m.getAttribute('x2') ?? 0));
      return Math.max(...marks);
    };
    // "Several", arrow included, ends before Barkhane's exact 19.
    expect(end('IS Mozambique: weak')).toBeLessThan(end('Barkhane'));
    expect(svg.querySelectorAll('.footnote').map((t) => t.text).join(' ')).toBe('* Incidents with several perpetrators are counted under each perpetrator; do not add the bars. No figure given: IS Sahel: claimed by the perpetrator (1 incident).');
  });

  it('draw /claims/ by month with long empty stretches compressed and period totals as spans naming the claimant', () => {
    const f = figure('claims', 'Claimed killed by month, all briefs');
    const svg = f.querySelector('svg.chart-dual')!;
    // The axis opens at July 2013, where MINUSMA's period total starts.
    expect(svg.querySelectorAll('.wide .axis-breaks title').map((t) => t.text)).toEqual([
      '89 months without claims, Aug 2013 to Dec 2020, compressed',
      '13 months without claims, Feb 2021 to Feb 2022, compressed',
      '5 months without claims, Apr 2022 to Aug 2022, compressed',
      '10 months without claims, Oct 2022 to Jul 2023, compressed',
      '9 months without claims, Oct 2023 to Jun 2024, compressed',
      '6 months without claims, Aug 2024 to Jan 2025, compressed',
    ]);
    // April 2022 is gone: the kidnapping that month killed no one we know of.
    expect(f.querySelectorAll('.chart-data table')[0]!.querySelectorAll('tbody th').map((th) => th.text)).toEqual(['Jan 2021', 'Mar 2022', 'Sep 2022', 'Aug 2023', 'Sep 2023', 'Jul 2024', 'Feb 2025']);
    // Its downloads are files of exactly these rows, not copies of them inside the page.
    const [csv, json] = f.querySelectorAll('.chart-data .downloads a[download]').map((a) => a.getAttribute('href')!);
    expect(csv).toMatch(/^\/data\/tables\/chart-claimed-killed-by-month-and-grade-months-without-a-claim-left-out-[0-9a-f]{12}\.csv$/);
    expect(built(csv!).split('\r\n').slice(1, -1).map((l) => l.split(',')[0])).toEqual(['Jan 2021', 'Mar 2022', 'Sep 2022', 'Aug 2023', 'Sep 2023', 'Jul 2024', 'Feb 2025']);
    expect(JSON.parse(built(json!))[1]).toMatchObject({ Month: 'Mar 2022', 'Headline (confirmed and fair)': '300+ (1 incident)' });
    expect(page('claims').querySelectorAll('a[href^="data:"]').length).toBe(0);
    // Period totals say who counted, who killed whom, where and when.
    const spans = svg.querySelectorAll('.spans title').map((t) => t.text);
    expect(spans).toContain('Period total, not added to the months: ACLED, 2024, Mali: more than 900 people killed (901+) by FAMa and Wagner; Headline (confirmed and fair)');
    expect(spans).toContain('Period total, not added to the months: ACLED, 2024, Mali: about 400 people killed by perpetrators not named; Headline (confirmed and fair)');
    expect(spans).toContain('Period total, not added to the months: Hollie McKay, Jul 2013 – Sep 2023, Mali: over 300 MINUSMA peacekeepers killed (301+) by perpetrators not named; Headline (confirmed and fair)');
    const periods = f.querySelectorAll('.chart-data table')[1]!;
    expect(periods.querySelectorAll('thead th').map((th) => th.text)).toEqual(['Claimant', 'Period', 'Killed', 'Victims', 'Perpetrators', 'Region', 'Layer']);
    expect(periods.querySelectorAll('tbody tr').find((tr) => tr.text.includes('more than 900'))!.querySelectorAll('td').map((td) => td.text)).toEqual(['2024', '901+ (“more than 900”)', 'people', 'by FAMa and Wagner', 'Mali', 'Headline (confirmed and fair)']);
    // Every number of its tables links to the incidents, or the period total, behind it.
    expect(f.querySelectorAll('.chart-data td.num').filter((td) => td.text !== '—' && !td.querySelector('a'))).toEqual([]);
    // Incidents that give no figure are counted under the axis, never drawn on its scale.
    expect(svg.querySelectorAll('.no-figure-band title').map((t) => t.text)).toEqual([
      'Sep 2022: 1 incident gives no figure (Claimed by the perpetrator: 1)',
      'Aug 2023: 1 incident gives no figure (Claimed by the perpetrator: 1)',
      'Sep 2023: 1 incident gives no figure (Claimed by the perpetrator: 1)',
    ]);
    // Moura's open 300+ is a bar to 300 and a short arrow, labelled; the axis stops at 300.
    const moura = svg.querySelectorAll('.bars > a').find((g) => g.querySelector('title')!.text.startsWith('Mar 2022, Headline'))!;
    expect(moura.getAttribute('href')).toBe('/incidents/moura-2022-03/');
    expect(moura.querySelector('title')!.text).toBe('Mar 2022, Headline (confirmed and fair): 300+ killed, 1 incident');
    expect(moura.querySelector('.wide text')!.text).toBe('300+');
    expect(svg.querySelectorAll('.wide .axis[text-anchor=end] text').map((t) => t.text).at(-1)).toBe('300');
  });

  it("freeze a brief's charts at its data cutoff, with a link to the live view", () => {
    const f = figure('briefs/2022-05-06-central-mali-collective-punishment', 'Claimed killed by perpetrator: Mali');
    const values = f.querySelectorAll('svg.chart-wide a[class^=layer-] .value-label').map((t) => t.text);
    // Moura only, in its headline layer: Gao (February 2025) and the 2024 drone strike came later.
    expect(values).toEqual(['300+*', '300+*']);
    const note = f.querySelector('.chart-note')!;
    expect(note.text).toBe('Data as of 5 May 2022, when this brief was written; claims reported later are not drawn. The latest figures are on the Mali page.');
    expect(note.querySelector('a')!.getAttribute('href')).toBe('/regions/mali/');
    // The region page itself shows the latest.
    expect(figure('regions/mali', 'Where the claims in Mali were made').querySelector('.chart-note')!.text).toBe(
      "Mali (3 incidents): located only to the country, so these claims are drawn at the country's centre, not where they happened.",
    );
  });

  it('label the Mali map by headline figure, with no figure told apart', () => {
    const labels = figure('regions/mali', 'Where the claims in Mali were made').querySelectorAll('svg.chart-wide .regions .mark-label').map((t) => t.text);
    expect(labels.sort()).toEqual(['Gao 20+', 'Mali (country) 26', 'Moura 300+', 'Niono no figure', 'Tinzaouaten 1+']);
  });

  it('never write 0 for a figure no claim gave, and give every mark a title and, where it stands for incidents, a link, on any page', () => {
    const problems: string[] = [];
    for (const path of pages()) {
      for (const svg of parse(built(join(path, 'index.html'))).querySelectorAll('figure.chart svg.chart-svg')) {
        for (const link of svg.querySelectorAll('a')) if (!link.getAttribute('href')) problems.push(`${path}: a chart mark that links nowhere`);
        for (const mark of svg.querySelectorAll('g.bars > a, g.regions > g, g.no-figure-band > a, svg > g > a[class^=layer-]')) {
          const title = mark.querySelector('title')?.text ?? '';
          if (!title) problems.push(`${path}: a mark without a title`);
          const texts = mark.querySelectorAll('text').map((t) => t.text);
          if (/no figure/.test(title) && !/; /.test(title) && texts.includes('0')) problems.push(`${path}: "${title}" drawn as 0`);
          if (/: 0 killed/.test(title) && mark.querySelector('.unknown, .no-figure')) problems.push(`${path}: a real 0 drawn hollow`);
        }
        for (const td of svg.parentNode!.querySelectorAll('.chart-data td')) if (/^unknown/.test(td.text)) problems.push(`${path}: a table cell says "${td.text}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('link every number of every chart data table to what it counts, on any page', () => {
    const unlinked: string[] = [];
    for (const path of pages()) {
      for (const td of page(path).querySelectorAll('figure.chart .chart-data td.num')) if (td.text !== '—' && !td.querySelector('a[href]')) unlinked.push(`${path}: ${td.text}`);
    }
    expect(unlinked).toEqual([]);
  });

  it('give every region page a map, a locator where no claim is recorded', () => {
    for (const path of pages().filter((p) => /^regions\/[^/]+$/.test(p))) {
      expect(page(path).querySelectorAll('figure.chart-map svg.chart-wide[role=img]').length, path).toBe(1);
    }
    expect(figure('regions/mali-bamako', 'Where Bamako is').querySelector('.locator')).not.toBeNull();
  });
});
