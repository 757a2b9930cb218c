import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { built, page } from './helpers/dist.ts';
import { starterClaims } from './helpers/claims.ts';
import { claimPhrase } from '../src/lib/claims/index.ts';

const json = JSON.parse(built('data/claims.json')) as { incidents: { id: string; claims: string[] }[]; claims: { id: string; incident: string | null }[] };
const claimIdOf = (href: string | undefined) => /#claim-(.+)$/.exec(href ?? '')?.[1];
/** Parses a CSV line of our own export: quoted cells may hold commas. */
const cells = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, -1);

describe('incident pages', () => {
  it('exist for every incident, with its id to copy and every claim as written, the oldest report first', () => {
    expect(json.incidents.length).toBeGreaterThan(5);
    for (const incident of json.incidents) {
      const doc = page(`incidents/${incident.id}`);
      expect(doc.querySelector('.incident-ref code')?.text, incident.id).toBe(incident.id);
      expect(doc.querySelectorAll('.incident-ref code').map((c) => c.text)).toContain(`incident: ${incident.id}`);
      const rows = doc.querySelectorAll('table.incident-claims tbody tr');
      expect(rows.map((r) => r.id).sort()).toEqual(incident.claims.map((id) => `claim-${id}`).sort());
      for (const row of rows) {
        const claim = starterClaims.find((c) => `claim-${c.id}` === row.id)!;
        expect(row.querySelector('[data-label="As written"] .phrase')?.text).toBe(`“${claimPhrase(claim)}”`);
      }
      const briefDates = rows.map((r) => starterClaims.find((c) => `claim-${c.id}` === r.id)!.briefDate);
      expect(briefDates).toEqual([...briefDates].sort());
      // "none reported" only for an incident no claim of which speaks of killing (the April 2022 kidnapping).
      const figure = doc.querySelector('.incident-figure .total')?.text;
      if (incident.id === 'mali-2022-04-wagner-contractor-kidnap') expect(figure).toBe('none reported');
      else expect(figure).toMatch(/^(\d+(\+|–\d+)?|≈?\d+|unknown)$/);
    }
  });

  it('are linked from every incident row of the claims, actor and region pages', () => {
    for (const path of ['claims/2022', 'claims/2024', 'actors/wagner-group', 'regions/mali']) {
      const rows = page(path).querySelectorAll('table.incident-totals tbody tr');
      expect(rows.length, path).toBeGreaterThan(0);
      for (const row of rows) expect(row.querySelector('th a')?.getAttribute('href'), path).toBe(`/incidents/${row.querySelector('th code')!.text}/`);
    }
  });
});

describe('totals that reconcile', () => {
  /** Each total box: its figure, its "in N incidents" count, and the incident rows its link points to. */
  const boxes = (doc: HTMLElement) =>
    doc.querySelectorAll('.totals > div:not(.aggregate)').map((box) => {
      const link = box.querySelector('a.total')!;
      const rows = doc.querySelector(link.getAttribute('href')!)!.querySelectorAll('tr');
      return { figure: link.text, text: box.querySelector('dd')!.text, rows: rows.map((r) => r.querySelector('td.num')!.text), layers: new Set(rows.map((r) => r.querySelector('[data-label=Layer]')!.text)), label: box.querySelector('dt')!.text };
    });

  it('link each number to exactly its incidents, in its own layer, whose figures add up to it', () => {
    for (const path of ['claims/2022', 'claims/2023', 'claims/2024', 'actors/wagner-group', 'actors/jnim', 'actors/fama', 'regions/mali', 'regions/mali-moura']) {
      for (const box of boxes(page(path))) {
        const incidents = Number(/in (\d+) incidents?/.exec(box.text)![1]);
        expect(box.rows.length, `${path} ${box.label}`).toBe(incidents);
        expect([...box.layers], `${path} ${box.label}`).toEqual([box.label]);
        const known = box.rows.filter((r) => r !== 'no figure');
        const missing = incidents - known.length;
        if (missing > 0) expect(box.text, path).toMatch(missing === incidents ? /gives? (no|a) figure/ : new RegExp(`${missing} of ${incidents} incidents? gives? no figure`));
        else expect(box.text).not.toMatch(/no figure/);
        if (known.length === 0) {
          expect(box.figure).toBe('unknown');
          continue;
        }
        const low = known.reduce((sum, r) => sum + Number(/^≈?(\d+)/.exec(r)![1]), 0);
        expect(box.figure.startsWith(String(low)) || box.figure === `≈${low}`, `${path} ${box.label}: ${box.figure} vs ${known.join(' + ')}`).toBe(true);
        expect(box.figure.endsWith('+'), `${path} ${box.label}`).toBe(known.some((r) => r.endsWith('+')));
      }
    }
  });

  it('never show 0 for an incident with no figure', () => {
    for (const path of ['claims/2022', 'actors/wagner-group', 'regions/mali']) {
      const doc = page(path);
      for (const row of doc.querySelectorAll('table.incident-totals tbody tr')) {
        const id = row.querySelector('th code')!.text;
        const layer = row.querySelector('[data-label=Layer]')!.text;
        if (row.querySelector('td.num')!.text === '0') {
          // A real zero: some claim of that incident wrote 0.
          expect(starterClaims.some((c) => (c.incident ?? c.id) === id && c.killed?.max === 0), `${path} ${id} ${layer}`).toBe(true);
        }
      }
    }
  });

  it('show period totals with claimant, perpetrators, region, grade and dates in words, and no note', () => {
    const years = [...new Set(starterClaims.map((c) => c.date.start.slice(0, 4)))];
    const aggregates = years.flatMap((y) => page(`claims/${y}`).querySelectorAll('.totals .aggregate'));
    expect(aggregates.length).toBe(starterClaims.filter((c) => c.scope === 'aggregate' && c.grade !== 'discounted').length);
    for (const box of aggregates) {
      expect(box.querySelector('dt')!.text).toMatch(/: period total, for reference \(never added\)$/);
      expect(box.text).toMatch(/\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4} – /);
      expect(box.text).toMatch(/graded (confirmed|fair|weak|contested|unassessed)/);
    }
    for (const c of starterClaims.filter((c) => c.note)) expect(page('claims').text).not.toContain(c.note!);
  });
});

describe('claims tables', () => {
  /** Every claims table on a page with the claim ids of its rows and its CSV and JSON links. */
  const tables = (path: string) =>
    page(path).querySelectorAll('.table-wrap:has(table.claims)').map((wrap) => {
      const links = wrap.nextElementSibling!.querySelectorAll('a[download]').map((a) => a.getAttribute('href')!);
      return { ids: wrap.querySelectorAll('tbody tr:not(.note-row) td.num a').map((a) => claimIdOf(a.getAttribute('href'))), csv: links.find((l) => l.endsWith('.csv'))!, json: links.find((l) => l.endsWith('.json'))! };
    });

  it('offer CSV and JSON downloads with exactly their rows, on every kind of page', () => {
    const paths = ['briefs/2022-05-06-central-mali-collective-punishment', 'actors/wagner-group', 'actors/jnim', 'regions/mali', 'claims/2022', 'incidents/moura-2022-03'];
    for (const path of paths) {
      const found = tables(path);
      expect(found.length, path).toBeGreaterThan(0);
      for (const table of found) {
        const lines = built(table.csv).split('\r\n').filter(Boolean);
        expect(lines[0]!.startsWith('id,incident,brief,'), table.csv).toBe(true);
        expect(lines.slice(1).map((l) => cells(l)[0]), `${path} ${table.csv}`).toEqual(table.ids);
        expect(JSON.parse(built(table.json)).claims.map((c: { id: string }) => c.id), table.json).toEqual(table.ids);
      }
    }
  });

  it('name the incident of every claim and link to its page', () => {
    const rows = page('claims/2022').querySelectorAll('table.claims tbody tr:not(.note-row)');
    for (const row of rows) {
      const claim = json.claims.find((c) => `claim-${c.id}` === row.id)!;
      const cell = row.querySelector('[data-label=Incident]')!;
      if (claim.incident) expect(cell.querySelector('a')?.getAttribute('href')).toBe(`/incidents/${claim.incident}/`);
      else expect(cell.text).toBe('period total');
    }
  });

  it('are paginated by year, newest first, every claim on the page of its year', () => {
    const years = page('claims').querySelectorAll('section[aria-labelledby=years-heading] .chips a').map((a) => a.getAttribute('href'));
    const expected = [...new Set(starterClaims.map((c) => c.date.start.slice(0, 4)))].sort().reverse();
    expect(years).toEqual(expected.map((y) => `/claims/${y}/`));
    const listed = expected.flatMap((y) => page(`claims/${y}`).querySelectorAll('table.claims tbody tr[id]').map((r) => r.id.replace(/^claim-/, '')));
    expect(listed.sort()).toEqual(starterClaims.map((c) => c.id).sort());
  });
});

describe('data exports', () => {
  it('carry every incident in incidents.csv and incidents.geojson, with its claims and location precision', () => {
    const csv = built('data/incidents.csv').split('\r\n').filter(Boolean);
    expect(csv.length - 1).toBe(json.incidents.length);
    const byId = new Map(csv.slice(1).map((l) => [cells(l)[0], cells(l)]));
    for (const i of json.incidents) expect(byId.get(i.id)?.[11]?.split(';').sort(), i.id).toEqual([...i.claims].sort());
    const geo = JSON.parse(built('data/incidents.geojson'));
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f: { id: string }) => f.id).sort()).toEqual(json.incidents.map((i) => i.id).sort());
    for (const f of geo.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = f.geometry.coordinates;
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      expect(['place', 'admin2', 'admin1', 'country']).toContain(f.properties.location_precision);
      if (f.properties.killed_known === false) expect(f.properties.killed_min).toBeNull();
    }
    expect(geo.crs).toBeUndefined();
  });

  it('are described on /data/, each file linked, with the licence', () => {
    const doc = page('data');
    const files = doc.querySelectorAll('h2 a').map((a) => a.getAttribute('href'));
    expect(files).toEqual(['claims.csv', 'claims.json', 'incidents.csv', 'incidents.geojson', 'actors.json', 'regions.json'].map((f) => `/data/${f}`));
    for (const f of files) expect(() => built(f!.slice(1))).not.toThrow();
    expect(doc.querySelector('.licence')?.text).toMatch(/licence/);
    const columns = doc.querySelectorAll('#file-claims-csv ~ .table-wrap tbody th code').map((c) => c.text);
    expect(columns.slice(0, 3)).toEqual(['id', 'incident', 'brief']);
  });
});
