import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { claimRecord } from '../../lib/claims/test-claims.ts';
import { claimsTable, type ClaimRowContext } from './claims-table.ts';
import { sourceList } from './source-list.ts';

const x = 'https://x.org';
const ctx: ClaimRowContext = {
  name: { region: (id) => `R:${id}`, actor: (id) => `A:${id}`, claimant: (id) => `C:${id}`, publisher: (id) => `P:${id}` },
  href: {
    region: (id) => `${x}/regions/${id}/`,
    actor: (id) => `${x}/actors/${id}/`,
    claim: (c) => `${x}/claims/2024/#claim-${c.id}`,
    claimant: (id) => `${x}/claimants/${id}/`,
    source: (c, id) => `${x}/briefs/${c.brief}/#source-${id}`,
    incident: (id) => `${x}/incidents/${id}/`,
    correction: (c) => `${x}/briefs/${c.brief}/#${c.anchor}`,
    download: (format) => `${x}/data/tables/brief-b.${format}`,
    columns: `${x}/data/`,
  },
  incidentOf: (id) => (id === 'raid' ? 'menaka-2024-01' : undefined),
  correctionsOf: (id) => (id === 'raid' ? [{ date: '2024-03-02', text: 'Was <b>"12"</b>.', claims: ['raid'], brief: 'b', briefTitle: 'T', briefDate: '2024-02-01', anchor: 'correction-2024-03-02' }] : []),
};
const html = (nodes: Parameters<typeof h>[1]) => toHtml(h(null, nodes as never));

describe('a brief’s claims table in its feed item', () => {
  it('prints each claim’s row as the page does, every link absolute and author text as text', () => {
    const raid = claimRecord({ id: 'raid', killed: 'at least 12', perpetrators: ['jnim', 'wagner-group'], victims: { category: 'civilians', actors: ['fama'] }, place: 'Inékar <b>', note: "Said 'about' 12 & more.", grade: 'fair' });
    const period = claimRecord({ id: 'year', date: '2024', scope: 'aggregate', killed: undefined, wounded: 3, grade: 'weak' });
    const out = html(claimsTable([raid, period], 'Casualty claims in this brief', ctx));
    expect(out).toContain('<caption class="visually-hidden">Casualty claims in this brief</caption>');
    expect(out).toContain('<th scope="col" class="num">Killed</th><th scope="col">As written</th>');
    expect(out).toContain(
      '<tr class="has-note"><td data-label="Date">15 January 2024</td><td data-label="Where"><a href="https://x.org/regions/mali-menaka/">R:mali-menaka</a><span class="phrase"> (Inékar &#x3C;b>)</span></td>' +
        '<td data-label="By"><a href="https://x.org/actors/jnim/">A:jnim</a>, <a href="https://x.org/actors/wagner-group/">A:wagner-group</a></td>' +
        '<td data-label="Against">civilians (<a href="https://x.org/actors/fama/">A:fama</a>)</td>',
    );
    expect(out).toContain(
      '<span class="claim-correction"><a href="https://x.org/briefs/b/#correction-2024-03-02">Corrected <time datetime="2024-03-02">2 March 2024</time></a><span class="correction-text">: Was &#x3C;b>"12"&#x3C;/b>.</span></span>',
    );
    expect(out).toContain('<td data-label="Incident"><a href="https://x.org/incidents/menaka-2024-01/"><code class="incident-id">menaka-2024-01</code></a></td></tr>');
    expect(out).toContain(`<tr class="note-row"><td colspan="10" data-label="Note">Said 'about' 12 &#x26; more.</td></tr>`);
    // A period total that gave no killed figure: perpetrators "not named", "none given", never a zero.
    expect(out).toContain('<td data-label="By">not named</td>');
    expect(out).toContain('<td data-label="Killed" class="num"><a href="https://x.org/claims/2024/#claim-year">none given</a></td>');
    expect(out).toContain('<td data-label="Incident">period total</td>');
    expect(out).toContain(
      '<p class="downloads">Download these 2 claims: <a href="https://x.org/data/tables/brief-b.csv" download>CSV</a> · <a href="https://x.org/data/tables/brief-b.json" download>JSON</a> · <a href="https://x.org/data/">what the columns mean</a></p>',
    );
  });

  it('offers "this claim" for a table of one', () => {
    expect(html(claimsTable([claimRecord({ id: 'one' })], 'c', ctx))).toContain('Download this claim: ');
  });
});

describe('a brief’s sources in its feed item', () => {
  it('lists each source with its link, publisher, day and summary, as text', () => {
    const sources = [
      { id: 'hrw', data: { url: 'https://hrw.org/r', title: 'Report <one>', publisher: 'HRW', published: '2024-12-12', summary: "Abuses & 'killings'." } },
      { id: 'tv', data: { title: 'Broadcast', publisher: 'ORTM', published: '2024-12', summary: 'Evening news.' } },
    ];
    expect(toHtml(sourceList(sources))).toBe(
      '<ol class="sources"><li id="source-hrw"><a href="https://hrw.org/r">Report &#x3C;one></a>. HRW, 12 December 2024. <span class="meta">Abuses &#x26; \'killings\'.</span></li>' +
        '<li id="source-tv">Broadcast. ORTM, December 2024. <span class="meta">Evening news.</span></li></ol>',
    );
  });
});
