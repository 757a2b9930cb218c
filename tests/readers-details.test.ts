// What a careful reader notices on the built site: plurals, the order of an actor's claims,
// one wording for an approximate figure, and which exported figures are approximate.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { built, DIST, page } from './helpers/dist.ts';

const pages = (readdirSync(DIST, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));

describe('counts in words', () => {
  it('says "1 brief" and "1 claim" on the actors and regions indexes', () => {
    const iskp = page('actors').querySelectorAll('li').find((li) => li.querySelector('a')?.getAttribute('href') === '/actors/iskp/')!;
    expect(iskp.querySelector('.meta')!.text).toBe('1 brief · 0 claims');
    const barkhane = page('actors').querySelectorAll('li').find((li) => li.querySelector('a')?.getAttribute('href') === '/actors/barkhane/')!;
    expect(barkhane.querySelector('.meta')!.text).toBe('4 briefs · 1 claim');
  });

  it('never writes "1 briefs", "1 claims" or "1 incidents" on any page', () => {
    const wrong = pages.filter((f) => /(?<![\d.,])1 (briefs|claims|incidents|actors|regions|results)\b/.test(page(f).querySelector('main')?.text ?? ''));
    expect(wrong).toEqual([]);
  });
});

describe("an actor's claims tables", () => {
  it('list claims by the date of the event, newest first', () => {
    const [asPerpetrator, asVictim, asClaimant] = page('actors/jnim').querySelectorAll('table.claims');
    const rows = (t: typeof asPerpetrator) => t!.querySelectorAll('tbody tr:not(.note-row)').map((r) => r.querySelector('[data-label="Date"]')!.text);
    expect(rows(asPerpetrator)).toEqual(['1 May 2024 – 12 December 2024', '6 September 2023', '4 September 2023', '30 August 2023', '1 January 2023 – 11 September 2023', 'April 2022']);
    expect(rows(asVictim)).toEqual(['March 2022']);
    expect(rows(asClaimant)).toEqual(['6 September 2023', '4 September 2023', '30 August 2023', 'March 2022']);
  });
});

describe('an approximate figure', () => {
  it('reads "about 400" wherever ACLED\'s armed-group total is shown, never "≈400" or "(400)"', () => {
    const everywhere = pages.map((f) => built(f)).join('\n');
    expect(everywhere).not.toContain('≈');
    expect(everywhere).not.toMatch(/about 400 killed \(400\)/);
    const row = page('claims/2024').querySelector('#claim-acled-mali-2024-armed-group-killings')!;
    expect(row.querySelector('[data-label="Killed"]')!.text).toBe('about 400');
    // The map of period totals under the Mali chart: the figure once, as written.
    expect(page('regions/mali').querySelectorAll('figure.chart-fatalities .spans text').map((t) => t.text)).toContain('ACLED, 2024, Mali: about 400 people killed by perpetrators not named');
  });

  it('never reads "no figure killed" or "unknown killed": a missing figure is "no figure given"', () => {
    const everywhere = pages.map((f) => page(f).text.replace(/\s+/g, ' ')).join('\n');
    expect(everywhere).not.toMatch(/(no figure|unknown) killed/);
    expect(page('incidents/niono-2023-09-06-jnim-wagner-ambush').querySelector('.incident-figure')!.text.replace(/\s+/g, ' ')).toMatch(/^no figure given, in the /);
  });

  it('is marked in /data/claims.csv, and only where the brief wrote "about", "around" or "nearly"', () => {
    const [header, ...lines] = built('data/claims.csv').trim().split('\r\n');
    const columns = header!.split(',');
    const at = columns.indexOf('killed_approximate');
    expect(columns.slice(at - 3, at + 1)).toEqual(['killed_min', 'killed_max', 'killed_text', 'killed_approximate']);
    // Each row's cells up to the approximate column hold no quoted commas in the starter content.
    const approximate = lines.filter((l) => l.split(',')[at] === 'true').map((l) => l.split(',')[0]);
    expect(approximate).toEqual(['acled-mali-2024-armed-group-killings']);
    expect(built('data/index.html')).toContain('killed_approximate');
  });
});
