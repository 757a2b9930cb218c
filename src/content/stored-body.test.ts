import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor, renderBody } from '../markdown/index.ts';
import { emptySiteIndex } from '../markdown/site-index.ts';
import { storedBody } from './stored-body.ts';

const processor = createMarkdownProcessor({ index: { ...emptySiteIndex, regions: new Set(['mali']) }, base: '/', foreignDomains: [] });

describe('storedBody', () => {
  it('gives pages the parts between chart slots, as rendered', () => {
    const { rendered } = renderBody(processor, 'Before.\n\n::chart{type="region-map" region="mali"}\n\n:::assessment\nInside.\n\n::chart{type="actor-network"}\n:::\n\nAfter.');
    const { html, slotRanges, facts, parts } = rendered!;
    const stored = storedBody({ id: 'x', rendered: { html, metadata: { headings: facts.headings, facts, slotRanges } } });
    expect(stored.parts).toEqual(parts);
    expect(stored.parts).toEqual(['<p>Before.</p>\n', '\n<section class="box assessment"><p class="box-label">Assessment</p><p>Inside.</p>', '</section>\n<p>After.</p>']);
    expect(stored.facts.chartSlots).toEqual([{ type: 'region-map', region: 'mali' }, { type: 'actor-network' }]);
  });

  it('refuses an entry without a rendered body rather than showing it blank', () => {
    expect(() => storedBody({ id: 'x' })).toThrow('x: no rendered body in the content store');
  });
});
