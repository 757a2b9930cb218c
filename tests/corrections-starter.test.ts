import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { correctionsByClaim, listCorrections } from '../src/lib/corrections/list-corrections.ts';
import { incidentTimeline } from '../src/lib/corrections/incident-timeline.ts';
import { DIST, built, page, publicBriefs } from './helpers/dist.ts';

// The starter content's corrections, as the built site shows them and as the incident
// timelines read them. Expected values are written out by hand from the briefs.
const claims = publicBriefs.flatMap((b) => b.data.claims.map((c) => ({ ...c, brief: b.id, briefDate: b.data.date })));
const corrections = listCorrections(publicBriefs);
const timeline = (incident: string) => {
  const of = claims.filter((c) => c.scope === 'incident' && (c.incident ?? c.id) === incident);
  const byClaim = correctionsByClaim(corrections);
  return incidentTimeline(incident, of, [...new Set(of.flatMap((c) => byClaim.get(c.id) ?? []))]);
};

describe('the starter corrections', () => {
  it('lists all fourteen on /corrections/, newest first, each linking to its place in its brief', () => {
    const links = page('corrections').querySelectorAll('.corrections-list > li > p:first-child a').map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      // The second fact-check: the kidnapping, MINUSMA's dead, McKay's Moura claim, the Gao footage, and the four changes to the 28 March 2025 brief.
      '/briefs/2022-05-06-central-mali-collective-punishment/#correction-2026-12-03',
      '/briefs/2023-09-14-un-panel-islamic-state-mali/#correction-2026-12-03',
      '/briefs/2023-09-21-mali-after-minusma/#correction-2026-12-03',
      '/briefs/2025-03-27-gao-convoy-africa-corps/#correction-2026-12-03',
      '/briefs/2025-03-28-mali-state-violence-2024/#correction-2026-12-03-4',
      '/briefs/2025-03-28-mali-state-violence-2024/#correction-2026-12-03-3',
      '/briefs/2025-03-28-mali-state-violence-2024/#correction-2026-12-03-2',
      '/briefs/2025-03-28-mali-state-violence-2024/#correction-2026-12-03',
      '/briefs/2022-05-06-central-mali-collective-punishment/#correction-2026-12-02-2',
      '/briefs/2022-05-06-central-mali-collective-punishment/#correction-2026-12-02',
      '/briefs/2023-09-12-burkina-faso-jnim-spoils/#correction-2026-12-02',
      '/briefs/2023-09-14-un-panel-islamic-state-mali/#correction-2026-12-02',
      '/briefs/2023-09-21-mali-after-minusma/#correction-2026-12-02',
      '/briefs/2025-03-27-gao-convoy-africa-corps/#correction-2026-12-02',
    ]);
  });

  it('records the kidnapping as an abduction and the Kongoussi–Koumbori interval on their briefs', () => {
    const central = page('briefs/2022-05-06-central-mali-collective-punishment');
    expect(central.querySelector('.corrected-note')?.text).toBe('Corrected on 3 December 2026');
    const kidnap = central.querySelectorAll('table.claims tbody tr').find((r) => r.querySelector('td.num a')?.getAttribute('href') === '/claims/2022/#claim-mali-2022-04-wagner-contractor-kidnap')!;
    expect(kidnap.querySelector('td.num')?.text).toBe('none given');
    expect(kidnap.querySelector('[data-label="As written"] .phrase')?.text).toBe('“1 abducted”');
    expect(kidnap.querySelectorAll('.claim-correction').map((c) => c.text)).toEqual([
      expect.stringMatching(/^Corrected 2 December 2026: An earlier version recorded no one killed/),
      expect.stringMatching(/^Corrected 3 December 2026: The kidnapping of a Wagner contractor was recorded as a killing/),
    ]);
    const spoils = page('briefs/2023-09-12-burkina-faso-jnim-spoils');
    expect(spoils.querySelector('#correction-2026-12-02')?.text).toContain('They were five days apart.');
  });

  it('passes feedparser: one item per correction, unique GUIDs that link to the brief', () => {
    const script = `import feedparser, json, sys
d = feedparser.parse(sys.argv[1])
print(json.dumps({"bozo": bool(d.bozo), "version": d.version, "ids": [e.id for e in d.entries], "links": [e.link for e in d.entries]}))`;
    const feed = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, join(DIST, 'corrections/rss.xml')], { encoding: 'utf8' }));
    expect(feed).toMatchObject({ bozo: false, version: 'rss20' });
    expect(feed.ids).toHaveLength(14);
    expect(new Set(feed.ids).size).toBe(14);
    expect(feed.links).toEqual(feed.ids);
    expect(built('index.html')).toContain('href="/corrections/"');
  });
});

describe('incident timelines of the starter content', () => {
  it("Moura's incident page says in one history what was claimed when, every correction touching it and the figure each day left, with a step chart", () => {
    const doc = page('incidents/moura-2022-03');
    // One history section, not two.
    expect(doc.querySelectorAll('h2').map((h) => h.text)).toEqual(['How many were killed', 'Claim against claim', 'How the figure changed']);
    const section = doc.querySelector('section.incident-history')!;
    expect(section.querySelector('p')!.text.replace(/\s+/g, ' ').trim()).toBe('Today: 300+, in the headline (confirmed and fair) layer, since 6 May 2022.');
    const items = section.querySelectorAll('.claim-timeline li').map((li) => li.text.replace(/\s+/g, ' ').trim());
    expect(items).toHaveLength(9);
    expect(items[0]).toBe("6 May 2022: Critical Threats Project, reported, “at least 300”, graded fair, in Central Mali: the army’s punitive raids are JNIM’s best recruiter");
    expect(items[3]).toBe('The figure from then on: 300+, in the headline (confirmed and fair) layer');
    // The 6 May 2022 brief's correction of its Moura toll, and the September 2023 brief's two.
    expect(items[6]).toMatch(/^2 December 2026: correction to Central Mali: the army’s punitive raids are JNIM’s best recruiter: An earlier version also gave a Human Rights Watch toll of about 300 for Moura/);
    expect(items[7]).toMatch(/^2 December 2026: correction to Mali after MINUSMA: the 2015 peace accord is next in line: An earlier version recorded the more than 300 dead/);
    expect(items[8]).toMatch(/^3 December 2026: correction to Mali after MINUSMA: the 2015 peace accord is next in line: An earlier version recorded McKay's figure/);
    expect(section.querySelector('.chart-wide desc')?.text).toBe('One figure over time. From 6 May 2022: 300+ (Headline (confirmed and fair)). Today: 300+.');
  });


  it('Moura: three claims in May 2022, two more in September 2023, two corrections; 300+ throughout', () => {
    const t = timeline('moura-2022-03');
    expect(t.entries.map((e) => (e.kind === 'published' ? `${e.date} ${e.claimant} ${e.stance} “${e.phrase}” ${e.grade}` : e.kind === 'corrected' ? `${e.date} correction of ${e.claims.join(', ')}` : e.kind))).toEqual([
      '2022-05-06 ctp-2022-05-05 reported “at least 300” fair',
      '2022-05-06 fama claimed “unknown” contested',
      '2022-05-06 jnim alleged “hundreds” weak',
      '2023-09-21 mckay-2023-09-11 alleged “over 300” fair',
      '2023-09-21 malian-government denied “unknown” contested',
      '2026-12-02 correction of moura-2022-03-ctp-executions',
      '2026-12-02 correction of moura-2022-03-un-hrw-over-300, moura-2022-03-government-denial',
      '2026-12-03 correction of moura-2022-03-un-hrw-over-300',
    ]);
    expect(t.steps).toEqual([{ date: '2022-05-06', layer: 'headline', range: { low: 300, high: null }, claims: ['moura-2022-03-ctp-executions'] }]);
    expect(t.today.claims).toEqual(['moura-2022-03-ctp-executions', 'moura-2022-03-un-hrw-over-300']);
    expect(t.before).toBeNull();
  });

  it("Koumbori: JNIM's own “over 50”, published 8 September 2023, is the only figure", () => {
    const t = timeline('koumbori-2023-09-04-jnim-claim');
    expect(t.entries).toHaveLength(1);
    expect(t.today).toEqual({ date: '2023-09-08', layer: 'claimed', range: { low: 51, high: null }, claims: ['koumbori-2023-09-04-jnim-claim'] });
    expect(t.before).toBeNull();
  });
});
