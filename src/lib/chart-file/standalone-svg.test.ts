import { describe, expect, it } from 'vitest';
import { standaloneSvg } from './standalone-svg.ts';
import { wrapText } from './wrap-text.ts';

const figure = `<figure class="chart" data-astro-cid-abc><svg class="chart-svg" viewBox="0 0 640 200" width="640" height="200" role="img" aria-labelledby="c-title c-desc" data-astro-cid-abc>
<title id="c-title">Claimed killed by month</title><desc id="c-desc">Highest 300+ in Mar 2022.</desc>
<g class="layer-headline"><rect class="bar" x="1" y="2" width="3" height="4" data-astro-cid-x></rect></g></svg>
<details><summary>Data table</summary><table></table></details><figcaption>Claimed killed by month <span>Source: al-Naba</span></figcaption></figure>`;

describe('standaloneSvg', () => {
  const chart = standaloneSvg(figure, { caption: 'Claimed killed by month: Wagner', source: 'al-Naba, Human Rights Watch.', fontFamily: 'Inter' });

  it('is an SVG document with the marks, the styles inline and no page-only attributes', () => {
    expect(chart.svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 664 /);
    expect(chart.svg).toContain('<rect class="bar" x="1" y="2" width="3" height="4" />');
    expect(chart.svg).toContain('.layer-headline .bar{fill:#1b1b1b}');
    expect(chart.svg).not.toContain('var(--');
    expect(chart.svg).not.toContain('data-astro');
    expect(chart.svg).not.toContain('Data table');
  });

  it('draws the caption and the Source: line under the chart, and reports size and description', () => {
    expect(chart.svg).toContain('<text class="chart-caption" x="12" y="242">Claimed killed by month: Wagner</text>');
    expect(chart.svg).toContain('<text class="chart-source" x="12" y="257">Source: al-Naba, Human Rights Watch.</text>');
    expect(chart).toMatchObject({ width: 664, height: 269, desc: 'Highest 300+ in Mar 2022.' });
  });

  it('names the chart when its HTML holds no SVG', () => {
    expect(() => standaloneSvg('<figure></figure>', { caption: 'Where', source: 's', fontFamily: 'Inter' })).toThrow('no <svg> in the chart "Where"');
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('averyverylongword x', 5)).toEqual(['averyverylongword', 'x']);
  });
});
