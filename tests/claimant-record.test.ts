// A claimant's record (DESIGN §2.11) as a new author meets it: a brief that sets JNIM's own
// tolls beside a monitor's for the same attacks, built, and each attack read off the
// claimant page and the CSV. Every expected value is worked out by hand from the rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { astro } from './helpers/astro.ts';
import { contentWith } from './helpers/content-fixture.ts';
import { brokenLinks } from './helpers/links.ts';

const MONITOR = `title: "Sahel attacks tracker, March 2024"
publisher: Sahel Monitor
author: Sahel Monitor
published: "2024-03-15"
kind: monitor
language: en
summary: A monthly count of attacks and their dead.
`;

/** One attack: JNIM's claim and, when given, the monitor's, about the same incident. */
function attack(id: string, day: string, jnim: string, monitor?: string, monitorGrade = 'fair'): string {
  const common = (who: string) => `    incident: ${id}
    date: "2024-03-${day}"
    region: menaka
    perpetrators: [jnim]
    victims: { category: military }
    sources: [${who}]`;
  const own = `  - id: ${id}-jnim
${common('naba-2022-09')}
    killed: ${jnim}
    claimant: jnim
    stance: claimed
    grade: weak
`;
  const theirs = monitor === undefined ? '' : `  - id: ${id}-monitor
${common('sahel-monitor-2024-03')}
    killed: ${monitor}
    claimant: sahel-monitor-2024-03
    stance: reported
    grade: ${monitorGrade}
`;
  return own + theirs;
}

const BRIEF = `---
title: "JNIM's March tolls against the monitor's count"
series: weekly
issue: 2
date: "2024-03-20"
authors: ["New author"]
summary: "Nine attacks, JNIM's figures and an independent count side by side."
actors: [jnim]
regions: [menaka]
sources: [naba-2022-09, sahel-monitor-2024-03]
claims:
${attack('attack-a', '09', '"over 50"', '"12-15"')}${attack('attack-b', '08', 'dozens', '"at least 30"')}${attack('attack-c', '07', '4', '"about 20"')}${attack('attack-d', '06', '10', '"8-12"')}${attack('attack-e', '05', 'hundreds')}${attack('attack-f', '04', 'unknown', '9')}${attack('attack-g', '03', '30', 'unknown')}${attack('attack-h', '02', '40', '5', 'discounted')}${attack('attack-i', '01', '"20 to 35"', '"18-25"')}---
JNIM's statements and the monitor's count, attack by attack: :cite[sahel-monitor-2024-03].
`;

describe('a group\'s own tolls beside a monitor\'s for the same attacks', () => {
  const site = contentWith({ file: 'seeds/sahel-monitor-2024-03.yaml', write: MONITOR }, { file: 'content/briefs/2024/2024-03-20-jnim-march-tolls.md', write: BRIEF });
  afterAll(site.cleanup);
  const out = join(site.root, 'dist');
  const result = astro(['build', '--outDir', out], { BRIEFS_ROOT: site.root });
  const text = (path: string) => readFileSync(join(out, path), 'utf8');
  const doc = (path: string) => parse(text(`${path}/index.html`));

  it('builds, every link resolving', () => {
    expect(result.status, result.output).toBe(0);
    expect(brokenLinks(out, 'https://briefs.example.org/')).toEqual([]);
  });

  it("reads each attack on JNIM's claimant page exactly as the rule says", () => {
    const page = doc('claimants/jnim');
    expect(page.querySelector('.record-counts')?.text).toBe('6 incidents with an independent figure: 1 higher, 3 overlapping, 1 lower, 1 no figure given; 4 with nothing to compare.');
    // Five compared range against range: enough to judge by, and still no single score.
    expect(page.querySelector('.too-few')).toBeNull();
    expect(page.querySelector('.record-counts + p')?.text).toBe('5 incidents compared range against range. These counts are the record; the site reduces it to no single score.');
    expect(page.text).not.toMatch(/\d+ ?%|score of/);
    const rows = page.querySelectorAll('table.claimant-record tbody tr').map((r) => [
      r.id,
      r.querySelector('[data-label=JNIM]')!.text,
      r.querySelector('[data-label=Independent]')!.text,
      r.querySelector('[data-label=From]')!.text,
      r.querySelector('[data-label=Comparison]')!.text,
    ]);
    expect(rows).toEqual([
      ['incident-attack-a', '51+', '12–15', 'Sahel Monitor', 'higher: at least 3.4× the independent high end'],
      ['incident-attack-b', '24+', '30+', 'Sahel Monitor', 'overlapping'],
      ['incident-attack-c', '4', '20', 'Sahel Monitor', 'lower: the independent low end is at least 5× its high end'],
      ['incident-attack-d', '10', '8–12', 'Sahel Monitor', 'overlapping'],
      ['incident-attack-e', '200+', 'none', '—', 'nothing to compare'],
      ['incident-attack-f', 'no figure', '9', 'Sahel Monitor', 'no figure given'],
      // The monitor gave no number; its discounted figure counts nowhere.
      ['incident-attack-g', '30', 'no figure', '—', 'nothing to compare'],
      ['incident-attack-h', '40', 'none', '—', 'nothing to compare'],
      ['incident-attack-i', '20–35', '18–25', 'Sahel Monitor', 'overlapping'],
      ['incident-menaka-2024-02', '51+', 'none', '—', 'nothing to compare'],
    ]);
    // The chart draws the six with an independent figure, JNIM's range above the monitor's.
    const svg = page.querySelector('figure.chart svg.chart-wide')!;
    expect(svg.querySelectorAll('.record-row .mark-label').map((t) => t.text)).toEqual([
      'Ménaka, 9 March 2024: higher', 'Ménaka, 8 March 2024: overlapping', 'Ménaka, 7 March 2024: lower',
      'Ménaka, 6 March 2024: overlapping', 'Ménaka, 4 March 2024: no figure given', 'Ménaka, 1 March 2024: overlapping',
    ]);
    expect(svg.querySelectorAll('.record-own .value-label').map((t) => t.text)).toEqual(['51+ JNIM', '24+ JNIM', '4 JNIM', '10 JNIM', 'no figure JNIM', '20–35 JNIM']);
    expect(svg.querySelectorAll('.record-independent .value-label').map((t) => t.text)).toEqual(['12–15 independent', '30+ independent', '20 independent', '8–12 independent', '9 independent', '18–25 independent']);
  });

  it('writes the same in the CSV, one row per claimant and incident', () => {
    const lines = text('data/claimant-record.csv').split('\r\n');
    expect(lines[0]).toBe('claimant,claimant_name,incident,incident_date,comparison,factor,claimant_phrases,claimant_low,claimant_high,independent_low,independent_high,independent_claimants,claims,briefs');
    const jnim = lines.filter((l) => l.startsWith('jnim,')).map((l) => l.split(',').slice(2, 12).join(','));
    expect(jnim).toEqual([
      'attack-a,2024-03-09,higher,3.4,over 50,51,,12,15,sahel-monitor-2024-03',
      'attack-b,2024-03-08,overlaps,,dozens,24,,30,,sahel-monitor-2024-03',
      'attack-c,2024-03-07,lower,5,4,4,4,20,20,sahel-monitor-2024-03',
      'attack-d,2024-03-06,overlaps,,10,10,10,8,12,sahel-monitor-2024-03',
      'attack-e,2024-03-05,no-independent-figure,,hundreds,200,,,,',
      'attack-f,2024-03-04,no-figure,,unknown,,,9,9,sahel-monitor-2024-03',
      'attack-g,2024-03-03,no-independent-figure,,30,30,30,,,',
      'attack-h,2024-03-02,no-independent-figure,,40,40,40,,,',
      'attack-i,2024-03-01,overlaps,,20 to 35,20,35,18,25,sahel-monitor-2024-03',
      'menaka-2024-02,2024-02,no-independent-figure,,over 50,51,,,,',
    ]);
    // The monitor's own record: JNIM is the perpetrator, so nothing is independent of it.
    expect(lines.filter((l) => l.startsWith('sahel-monitor-2024-03,')).map((l) => l.split(',')[4])).toEqual(Array(7).fill('no-independent-figure'));
    const json = JSON.parse(text('data/claimant-record.json')) as { rows: Record<string, unknown>[] };
    expect(json.rows.find((r) => r.claimant === 'jnim' && r.incident === 'attack-f')).toMatchObject({ comparison: 'no-figure', claimant_low: null, claimant_high: null, independent_low: 9, independent_high: 9 });
    expect(json.rows.find((r) => r.claimant === 'jnim' && r.incident === 'attack-b')).toMatchObject({ comparison: 'overlaps', claimant_low: 24, claimant_high: null, independent_low: 30, independent_high: null });
  });

  it("names the monitor by its report's title and publisher, and says on each incident page how each claim compares", () => {
    const monitor = doc('claimants/sahel-monitor-2024-03');
    expect(monitor.querySelector('h1')?.text).toBe('Sahel attacks tracker, March 2024');
    expect(monitor.querySelector('.byline')?.text).toBe('Published by Sahel Monitor, 15 March 2024.');
    expect(monitor.querySelector('.too-few')?.text).toBe('No incidents compared range against range: too few to judge Sahel Monitor by.');
    const rows = doc('incidents/attack-a').querySelectorAll('table.incident-claims tbody tr');
    expect(rows.map((r) => [r.querySelector('th a')?.getAttribute('href'), r.querySelector('[data-label="Against the independent figure"]')?.text])).toEqual([
      ['/claimants/jnim/', 'higher: at least 3.4× the independent high end'],
      ['/claimants/sahel-monitor-2024-03/', 'nothing to compare'],
    ]);
    const h = doc('incidents/attack-h').querySelectorAll('table.incident-claims tbody tr');
    expect(h.map((r) => r.querySelector('[data-label="Against the independent figure"]')?.text)).toEqual(['nothing to compare', 'not compared']);
  });
});
