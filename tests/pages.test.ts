import { describe, expect, it } from 'vitest';
import { formatTotal, layeredTotals } from '../src/lib/claims/index.ts';
import { starterClaims } from './helpers/claims.ts';
import { built, page, starter } from './helpers/dist.ts';

/** The totals an actor page shows for claims naming it as perpetrator, as "label: figure" lines. */
const totalsOn = (path: string) =>
  page(path).querySelectorAll('section[aria-labelledby=perpetrator] .totals > div:not(.aggregate)').map((d) => `${d.querySelector('dt')!.text}: ${d.querySelector('.total')!.text}`);

const expectedTotals = (claims: typeof starterClaims) => {
  const t = layeredTotals(claims);
  return [
    ['Headline (confirmed and fair)', t.headline],
    ['Claimed by the perpetrator', t.layers.claimed],
    ['Weak', t.layers.weak],
    ['Contested', t.layers.contested],
    ['Not yet assessed', t.layers.unassessed],
  ].filter(([, total]) => (total as { incidents: number }).incidents > 0).map(([label, total]) => `${label}: ${formatTotal(total as never)}`);
};

describe('actor and region pages', () => {
  it('exist for every actor and region, each with its own feed', () => {
    for (const a of starter.actors) {
      expect(page(`actors/${a.id}`).querySelector('h1')?.text).toContain(a.data.name);
      expect(built(`actors/${a.id}/rss.xml`)).toContain('<rss version="2.0"');
    }
    for (const r of starter.regions) {
      expect(page(`regions/${r.id}`).querySelector('h1')?.text).toBe(r.data.name);
      expect(built(`regions/${r.id}/rss.xml`)).toContain('<rss version="2.0"');
    }
  });

  it("show on JNIM's page the Koumbori claim as written and counted once, as 51+", () => {
    const doc = page('actors/jnim');
    const row = doc.querySelectorAll('table.claims tr').find((tr) => tr.text.includes('“over 50”'));
    expect(row?.querySelector('td.num')?.text).toBe('51+');
    const asPerpetrator = starterClaims.filter((c) => c.perpetrators.includes('jnim'));
    expect(totalsOn('actors/jnim')).toEqual(expectedTotals(asPerpetrator));
    expect(totalsOn('actors/jnim').join('\n')).toMatch(/Claimed by the perpetrator: \d+\+/);
  });

  it('show the totals the arithmetic module returns, for every actor as perpetrator', () => {
    for (const a of starter.actors) {
      const claims = starterClaims.filter((c) => c.perpetrators.includes(a.id));
      if (claims.length > 0) expect(totalsOn(`actors/${a.id}`), a.id).toEqual(expectedTotals(claims));
    }
  });

  it('tell relations both ways: Wagner is the predecessor of Africa Corps', () => {
    expect(page('actors/wagner-group').querySelector('.profile-facts')?.text).toMatch(/predecessor of\s*Africa Corps/);
    expect(page('actors/africa-corps').querySelector('.profile-facts')?.text).toMatch(/successor of\s*Wagner/);
  });

  it("gather a country's claims from its regions and places", () => {
    const mali = starter.regions.filter((r) => r.id.startsWith('mali')).map((r) => r.id);
    const claims = starterClaims.filter((c) => mali.includes(c.region));
    expect(page('regions/mali').querySelectorAll('#region-claims + .table-wrap tbody tr:not(.note-row)').length).toBe(claims.length);
  });

  it('list every claim on the claims page of its year, each with its anchor, and the rules on the claims page', () => {
    for (const c of starterClaims) expect(page(`claims/${c.date.start.slice(0, 4)}`).getElementById(`claim-${c.id}`), c.id).not.toBeNull();
    expect(page('claims').querySelector('section[aria-labelledby=rules] ol')?.text).toMatch(/never added/);
  });
});

describe('charts', () => {
  it('are figures with an accessible SVG, a Source line and the same numbers as a table', () => {
    const figures = page('actors/wagner-group').querySelectorAll('figure');
    expect(figures.length).toBeGreaterThanOrEqual(2);
    for (const figure of figures) {
      const svg = figure.querySelector('svg.chart-svg')!;
      const labelled = svg.getAttribute('aria-labelledby')!.split(' ');
      for (const id of labelled) expect(svg.querySelector(`#${id}`), id).not.toBeNull();
      expect(figure.querySelector('figcaption')?.text).toContain('Source:');
      expect(figure.querySelector('table')).not.toBeNull();
    }
  });

  it("fill a brief's ::chart directives in place", () => {
    const withChart = starter.briefs.find((b) => b.body.includes('::chart'))!;
    const body = page(`briefs/${withChart.id}`).querySelector('.body')!;
    expect(body.querySelector('.chart-slot')).toBeNull();
    // Each chart is drawn twice, for wide and for narrow screens, in one figure.
    expect(body.querySelectorAll('figure.chart').length).toBe(withChart.body.match(/^::chart/gm)!.length);
    expect(body.querySelectorAll('figure.chart svg.chart-wide').length + body.querySelectorAll('figure.chart svg.chart-dual').length).toBe(withChart.body.match(/^::chart/gm)!.length);
  });
});

describe('data exports', () => {
  it('contain every public claim, with min, max and the phrase as written', () => {
    const csv = built('data/claims.csv');
    const json = JSON.parse(built('data/claims.json'));
    expect(json.claims.map((c: { id: string }) => c.id).sort()).toEqual(starterClaims.map((c) => c.id).sort());
    for (const c of starterClaims) expect(csv).toContain(`${c.id},`);
    expect(csv.split('\r\n').length).toBe(starterClaims.length + 2);
    expect(JSON.parse(built('data/actors.json')).actors.length).toBe(starter.actors.length);
    expect(JSON.parse(built('data/regions.json')).regions.length).toBe(starter.regions.length);
  });
});
