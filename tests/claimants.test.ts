// The claimant pages of the starter content (DESIGN §2.11, §3): expected values worked out
// by hand from the starter briefs' claims.
import { describe, expect, it } from 'vitest';
import { built, page } from './helpers/dist.ts';

describe('claimant pages on the starter content', () => {
  it('exist for each actor or source with claims, listed on /claimants/ by name', () => {
    const links = page('claimants').querySelectorAll('table.claimants tbody th a').map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      // By name: ACLED, Al Jazeera staff, Critical Threats Project, FAMa, Hollie McKay, …
      '/claimants/acled-mali-2024/', '/claimants/aljazeera-2025-03-24/', '/claimants/ctp-2022-05-05/', '/claimants/fama/',
      '/claimants/mckay-2023-09-11/', '/claimants/hrw-2023-mali-northeast/', '/claimants/hrw-2024-12-12/', '/claimants/islamic-state-sahel/',
      '/claimants/jnim/', '/claimants/malian-government/', '/claimants/militantwire-2022-09-29/',
    ]);
    for (const href of links) expect(page(href!.slice(1)).querySelector('h1')?.text, href!).toBeTruthy();
  });

  it("reads JNIM's \"hundreds\" at Moura as overlapping the independent 300+, and too few to judge JNIM by", () => {
    const doc = page('claimants/jnim');
    const moura = doc.querySelector('#incident-moura-2022-03')!;
    expect(moura.querySelector('[data-label="As written"] a')?.text).toBe('“hundreds”');
    expect([moura.querySelector('[data-label=JNIM]')!.text, moura.querySelector('[data-label=Independent]')!.text, moura.querySelector('[data-label=Comparison]')!.text]).toEqual(['200+', '300+', 'overlapping']);
    expect(moura.querySelectorAll('[data-label=From] a').map((a) => a.getAttribute('href'))).toEqual(['/claimants/ctp-2022-05-05/', '/claimants/mckay-2023-09-11/']);
    expect(doc.querySelector('.record-counts')?.text).toBe('1 incident with an independent figure: 1 overlapping; 3 with nothing to compare.');
    expect(doc.querySelector('.too-few')?.text).toBe('1 incident compared range against range: too few to judge JNIM by.');
  });

  it("reads the junta's statement as a denial, and names a source claimant by its report's title and publisher", () => {
    const junta = page('claimants/malian-government');
    expect(junta.querySelector('#incident-moura-2022-03 [data-label=Comparison]')?.text).toBe('denied');
    expect(junta.querySelector('.record-counts')?.text).toBe('1 incident with an independent figure: 1 denied.');
    const ctp = page('claimants/ctp-2022-05-05');
    expect(ctp.querySelector('.byline')?.text).toMatch(/^Published by Critical Threats Project, American Enterprise Institute/);
    expect(ctp.querySelector('#incident-moura-2022-03 [data-label=Independent]')?.text).toBe('301+');
  });

  it('says on the Moura incident page how each claim compares with the figure independent of its claimant', () => {
    const rows = page('incidents/moura-2022-03').querySelectorAll('table.incident-claims tbody tr');
    const said = Object.fromEntries(rows.map((r) => [r.id, r.querySelector('[data-label="Against the independent figure"]')!.text]));
    expect(said).toEqual({
      'claim-moura-2022-03-ctp-executions': 'overlapping',
      'claim-moura-2022-03-fama-terrorists': 'no figure given',
      'claim-moura-2022-03-jnim-hundreds': 'overlapping',
      'claim-moura-2022-03-un-hrw-over-300': 'overlapping',
      'claim-moura-2022-03-government-denial': 'denied',
    });
  });

  it('is linked from every claims table and from the actor page', () => {
    for (const path of ['claims/2022', 'actors/wagner-group', 'briefs/2022-05-06-central-mali-collective-punishment', 'incidents/moura-2022-03']) {
      const cells = page(path).querySelectorAll('table.claims tbody tr:not(.note-row) [data-label=Claimant]');
      expect(cells.length, path).toBeGreaterThan(0);
      for (const cell of cells) expect(cell.querySelector('a')?.getAttribute('href'), path).toMatch(/^\/claimants\/[a-z0-9-]+\/$/);
    }
    expect(page('actors/jnim').querySelector('section[aria-labelledby=claimant] > p a')?.getAttribute('href')).toBe('/claimants/jnim/');
  });

  it('exports one row per claimant and incident, described on /data/', () => {
    expect(built('data/claimant-record.csv').split('\r\n').filter(Boolean)).toEqual([
      'claimant,claimant_name,incident,incident_date,comparison,factor,claimant_phrases,claimant_low,claimant_high,independent_low,independent_high,independent_claimants,claims,briefs',
      'aljazeera-2025-03-24,Al Jazeera staff,gao-2025-02,2025-02,no-independent-figure,,at least 20,20,,,,,gao-2025-02-wedding-convoy,2025-03-27-gao-convoy-africa-corps',
      'aljazeera-2025-03-24,Al Jazeera staff,tinzaouaten-2024-07-wagner-losses,2024-07,no-independent-figure,,"dozens killed or captured, split not given",1,,,,,tinzaouaten-2024-07-wagner-losses,2025-03-27-gao-convoy-africa-corps',
      'aljazeera-2025-03-24,Al Jazeera staff,mali-2021-01-french-air-strike-wedding,2021-01,no-independent-figure,,19,19,19,,,,mali-2021-01-french-air-strike-wedding,2025-03-28-mali-state-violence-2024',
      'ctp-2022-05-05,Critical Threats Project,moura-2022-03,2022-03,overlaps,,at least 300,300,,301,,mckay-2023-09-11,moura-2022-03-ctp-executions,2022-05-06-central-mali-collective-punishment',
      'fama,FAMa,moura-2022-03,2022-03,no-figure,,unknown,,,300,,ctp-2022-05-05;mckay-2023-09-11,moura-2022-03-fama-terrorists,2022-05-06-central-mali-collective-punishment',
      'mckay-2023-09-11,Hollie McKay,moura-2022-03,2022-03,overlaps,,over 300,301,,300,,ctp-2022-05-05,moura-2022-03-un-hrw-over-300,2023-09-21-mali-after-minusma',
      'hrw-2024-12-12,Human Rights Watch,mali-2024-hrw-drone-strike-civilians,2024-05-01 to 2024-12-12,no-independent-figure,,7,7,7,,,,mali-2024-hrw-drone-strike-civilians,2025-03-28-mali-state-violence-2024',
      'islamic-state-sahel,IS Sahel,mali-2022-09-naba-wagner-killed,2022-09,no-independent-figure,,unknown,,,,,,mali-2022-09-naba-wagner-killed,2022-09-30-islamic-state-wagner-mali',
      'jnim,JNIM,niono-2023-09-06-jnim-wagner-ambush,2023-09-06,no-independent-figure,,unknown,,,,,,niono-2023-09-06-jnim-wagner-ambush,2023-09-08-jnim-niono-kongoussi-koumbori',
      'jnim,JNIM,koumbori-2023-09-04-jnim-claim,2023-09-04,no-independent-figure,,over 50,51,,,,,koumbori-2023-09-04-jnim-claim,2023-09-08-jnim-niono-kongoussi-koumbori',
      'jnim,JNIM,kongoussi-2023-08-30-jnim-claim,2023-08-30,no-independent-figure,,unknown,,,,,,kongoussi-2023-08-30-jnim-claim,2023-09-08-jnim-niono-kongoussi-koumbori',
      'jnim,JNIM,moura-2022-03,2022-03,overlaps,,hundreds,200,,300,,ctp-2022-05-05;mckay-2023-09-11,moura-2022-03-jnim-hundreds,2022-05-06-central-mali-collective-punishment',
      'malian-government,Malian junta,moura-2022-03,2022-03,denied,,unknown,,,300,,ctp-2022-05-05;mckay-2023-09-11,moura-2022-03-government-denial,2023-09-21-mali-after-minusma',
      'militantwire-2022-09-29,Militant Wire staff,mozambique-2019-wagner-ambush-losses,2019,no-independent-figure,,several,3,,,,,mozambique-2019-wagner-ambush-losses,2022-09-30-islamic-state-wagner-mali',
    ]);
    const columns = page('data').querySelectorAll('#file-claimant-record-csv ~ .table-wrap tbody th code').map((c) => c.text);
    expect(columns).toEqual(expect.arrayContaining(['claimant', 'incident', 'comparison', 'claimant_low', 'claimant_high', 'independent_low', 'independent_high', 'independent_claimants']));
  });
});
