import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor, renderBody } from './index.ts';
import { emptySiteIndex } from './site-index.ts';

const processor = createMarkdownProcessor({
  index: { ...emptySiteIndex, regions: new Set(['mali']), actors: new Set(['wagner-group']), actorNames: new Map([['wagner-group', ['Wagner Group', 'Wagner']]]) },
  base: '/base/',
  foreignDomains: [],
});
const page = 'https://briefs.example.org/base/briefs/2022-09-30-x/';
const body = [
  '## Convoy hit near Niono',
  '',
  'Wagner lost men, says [the army](/actors/fama/) ([notes](notes/), [before](#convoy-hit-near-niono)).',
  '',
  '::chart{type="region-map" region="mali"}',
  '',
  '## Drones \u0001over Kidal',
  '',
  '![A \u0002drone](./drone.jpg)',
  '',
  'Seen over [Kidal](https://other.example/kidal).',
].join('\n');

describe('the body for feeds, made with the page’s', () => {
  const { rendered } = renderBody(processor, body, ['wagner-group'], page);
  const feed = rendered!.feed!;

  it('has every link absolute, no character XML forbids, and a hole for each chart slot and photo, in order', () => {
    expect(feed.holes).toEqual([
      { kind: 'chart', index: 0 },
      { kind: 'photo', index: 0 },
    ]);
    expect(feed.parts).toEqual([
      '<h2 id="convoy-hit-near-niono">Convoy hit near Niono</h2>\n<p><a href="https://briefs.example.org/base/actors/wagner-group/" class="actor-link">Wagner</a> lost men, says ' +
        '<a href="https://briefs.example.org/base/actors/fama/">the army</a> (<a href="https://briefs.example.org/base/briefs/2022-09-30-x/notes/">notes</a>, ' +
        '<a href="https://briefs.example.org/base/briefs/2022-09-30-x/#convoy-hit-near-niono">before</a>).</p>\n',
      '\n<h2 id="drones-over-kidal">Drones over Kidal</h2>\n<p>',
      '</p>\n<p>Seen over <a href="https://other.example/kidal" class="external" rel="noopener noreferrer">Kidal</a>.</p>',
    ]);
  });

  it('leaves the page’s HTML as it was: relative links, the chart slot and the photo marker in place', () => {
    expect(rendered!.html).toContain('<a href="/base/actors/fama/">the army</a>');
    expect(rendered!.html).toContain('<div class="chart-slot" data-chart="region-map" data-region="mali"></div>');
    expect(rendered!.html).toContain('data-photo="0"');
  });

  it('records each story’s links, as the page has them, and its words', () => {
    expect(feed.stories).toEqual([
      { slug: 'convoy-hit-near-niono', hrefs: ['/base/actors/wagner-group/', '/base/actors/fama/', 'notes/', '#convoy-hit-near-niono'], words: ' convoy hit near niono | wagner | lost men says | the army | notes | before ' },
      { slug: 'drones-over-kidal', hrefs: ['https://other.example/kidal'], words: ' drones over kidal | seen over | kidal ' },
    ]);
  });

  it('is made only for a body with a page', () => {
    expect(renderBody(processor, body, ['wagner-group']).rendered!.feed).toBeUndefined();
  });
});
