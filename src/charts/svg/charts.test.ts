// The chart printers: what a page prints (snapshots, one element per line: a diff means the
// picture changed), text an author wrote always escaped, and the standalone file drawn from
// the same marks as the page.
import { describe, expect, it } from 'vitest';
import type { DataTable } from '../geometry.ts';
import type { Bar, Layer, MonthLayers } from '../types.ts';
import { printClaimantRecord } from './claimant-record.ts';
import { printClaimsByPerpetrator } from './claims-by-perpetrator.ts';
import { printFatalitiesByMonth } from './fatalities-by-month.ts';
import { printIncidentTimeline } from './incident-timeline.ts';
import { printHtml } from './markup.ts';
import { printSparkline } from './sparkline.ts';
import { standaloneSvg } from './standalone.ts';

const tableLinks = (t: DataTable) => ({ csv: { href: `/data/${t.rows.length}.csv`, download: 'rows.csv' }, json: { href: `/data/${t.rows.length}.json`, download: 'rows.json' } });
const frame = { source: 'al-Naba & "HRW"', tableLinks };
const lines = (html: string) => html.replace(/></g, '>\n<');

const cell = (low: number, high: number | null, incidents: number, href?: string) => ({ range: { low, high }, incidents, numbered: incidents, claimIds: incidents > 0 ? ['c'] : [], ...(href && { href }) });
const none = cell(0, 0, 0);
const month = (name: string, layers: Partial<Record<Layer, ReturnType<typeof cell>>>): MonthLayers => ({
  month: name,
  layers: { headline: none, claimed: none, weak: none, contested: none, unassessed: none, ...layers },
});
const months = [month('2022-03', { headline: cell(300, null, 1, '/incidents/moura/') }), month('2022-05', { headline: cell(20, 35, 2, '/claims/2022/#totals'), claimed: cell(51, null, 1) })];
const bars: Bar[] = [
  { key: 'fama', label: 'FAMa <b>', layer: 'headline', range: { low: 300, high: null }, incidents: 1, href: '/actors/fama/' },
  { key: 'jnim/claimed', label: 'JNIM: claimed', layer: 'claimed', range: { low: 51, high: null }, incidents: 1, href: '/actors/jnim/' },
];

describe('chart printers', () => {
  it('print claimed killed by month: wide and narrow drawings, the frozen note, the data table and the caption', async () => {
    const chart = printFatalitiesByMonth({ id: 'c', data: months, caption: 'Claimed killed by month: Wagner', notes: [{ text: 'Data as of 5 May 2022.', link: { href: '/actors/wagner-group/', text: 'The latest figures.' } }], ...frame });
    await expect(lines(chart.html)).toMatchFileSnapshot('__snapshots__/fatalities-by-month.html');
    expect(chart.html).toContain('<p class="chart-note">Data as of 5 May 2022. <a href="/actors/wagner-group/">The latest figures.</a></p>');
    expect(chart.html).toContain('<figcaption>Claimed killed by month: Wagner<span class="chart-source">Source: al-Naba &amp; &quot;HRW&quot;</span></figcaption>');
  });

  it('print claimed killed by perpetrator, the names as text', async () => {
    const chart = printClaimsByPerpetrator({ id: 'p', data: bars, caption: 'Claimed killed by perpetrator', ...frame });
    await expect(lines(chart.html)).toMatchFileSnapshot('__snapshots__/claims-by-perpetrator.html');
    expect(chart.html).not.toContain('<b>');
    expect(chart.html).toContain('<text class="mark-label" x="8" y="18">FAMa &lt;b&gt;</text>');
  });

  it('print a claimant\'s record and an incident\'s figure over time', async () => {
    const record = printClaimantRecord({
      id: 'r',
      claimant: 'JNIM',
      data: [{ key: 'moura', label: 'Moura', href: '/incidents/moura/', own: { low: 200, high: null }, independent: { low: 300, high: null }, comparison: 'overlapping' }],
      caption: "JNIM's figures",
      ...frame,
    });
    await expect(lines(record.html)).toMatchFileSnapshot('__snapshots__/claimant-record.html');
    expect(record.html).toContain('<figcaption>JNIM&#39;s figures<span');
    const timeline = printIncidentTimeline({
      id: 't',
      steps: [{ date: '2023-09-08', layer: 'claimed', range: { low: 51, high: null } }, { date: '2023-10-01', layer: 'headline', range: null }],
      marks: [{ date: '2023-10-15', kind: 'corrected', title: 'correction' }],
      caption: 'Low and high ends',
      ...frame,
    });
    await expect(lines(timeline.html)).toMatchFileSnapshot('__snapshots__/incident-timeline.html');
  });

  it('print a sparkline as a bare, named SVG', () => {
    expect(printSparkline({ values: [0, 2, 1] }, 'Claims by "JNIM"')).toBe(
      '<svg class="sparkline" viewBox="0 0 80 20" width="80" height="20" role="img" aria-label="Claims by &quot;JNIM&quot;, 3 months: highest 2, latest 1"><path class="area" d="M2,18L40,2L78,10L78,18L2,18Z"/><line class="base" x1="0" y1="18" x2="80" y2="18"/><path class="line" d="M2,18L40,2L78,10"/><circle class="last" cx="78" cy="10" r="1.75"/></svg>',
    );
  });

  it('make the standalone file from the page\'s wide drawing, not from its HTML', () => {
    const chart = printFatalitiesByMonth({ id: 'c', data: months, caption: 'By month', ...frame });
    const file = standaloneSvg(chart, { caption: 'By month', source: frame.source, fontFamily: 'Inter' });
    // The page's one SVG holds both widths; the file has the wide bars, as the page draws them, and no narrow ones.
    const wideBars = printHtml(chart.wide).match(/<rect class="bar hit"[^>]*>/g)!;
    expect(wideBars).toHaveLength(3);
    expect(chart.html.match(/<rect class="bar hit"[^>]*>/g)).toHaveLength(6);
    for (const bar of wideBars) {
      expect(chart.html).toContain(bar);
      expect(file.svg).toContain(bar.replace('/>', ' />'));
    }
    expect(file.svg).not.toContain('narrow');
    // The claimed layer's bars are filled with its pattern, named by the file's own stylesheet as the page's styles do.
    expect(file.svg).toContain('<pattern id="c-claimed" class="layer-claimed"');
    expect(file.svg).toContain('.layer-claimed .bar{fill:url(#c-claimed)}');
    // The page's 720 px drawing with a 12 px margin on each side, and its description.
    expect(chart.width).toBe(720);
    expect(file.width).toBe(744);
    expect(file.desc).toBe(
      "Claimed killed per month, Mar 2022 to May 2022, grade layers side by side; a bar runs to each figure's low end, a lighter part to its high end, an open end is a short arrow. Headline (confirmed and fair): Mar 2022 300+ (1 incident); May 2022 20–35 (2 incidents). Claimed by the perpetrator: May 2022 51+ (1 incident).",
    );
    expect(file.svg).toContain('<text class="chart-source" x="12" y="');
    expect(file.svg).toContain('>Source: al-Naba &#x26; "HRW"</text>');
  });
});
