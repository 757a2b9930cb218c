import { describe, expect, it } from 'vitest';
import { wrapText } from '../../lib/chart-file/wrap-text.ts';
import { el } from './markup.ts';
import { standaloneSvg } from './standalone.ts';

const wide = el(
  'svg',
  { class: 'chart-svg chart-wide', viewBox: '0 0 640 200', width: 640, height: 200, role: 'img', 'aria-labelledby': 'c-title c-desc' },
  el('title', { id: 'c-title' }, 'Claimed killed by month'),
  el('desc', { id: 'c-desc' }, 'Highest 300+ in Mar 2022.'),
  el('g', { class: 'layer-headline' }, el('rect', { class: 'bar', x: 1, y: 2, width: 3, height: 4 })),
);

describe('standaloneSvg', () => {
  const chart = standaloneSvg({ wide, width: 640, height: 200, desc: 'Highest 300+ in Mar 2022.' }, { caption: 'Claimed killed by month: Wagner & <Mali>', source: 'al-Naba, Human Rights Watch.', fontFamily: 'Inter' });

  it('is an SVG document with the marks and the styles inline', () => {
    expect(chart.svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 664 269" width="664" height="269" role="img" aria-labelledby="c-title c-desc"><style>/);
    expect(chart.svg).toContain('<g transform="translate(12 12)"><title id="c-title">Claimed killed by month</title><desc id="c-desc">Highest 300+ in Mar 2022.</desc><g class="layer-headline"><rect class="bar" x="1" y="2" width="3" height="4" /></g></g>');
    expect(chart.svg).toContain('.layer-headline .bar{fill:#1b1b1b}');
    expect(chart.svg).not.toContain('var(--');
  });

  it('draws the caption, escaped, and the Source: line under the chart, and reports size and description', () => {
    expect(chart.svg).toContain('<text class="chart-caption" x="12" y="242">Claimed killed by month: Wagner &#x26; &#x3C;Mali></text>');
    expect(chart.svg).toContain('<text class="chart-source" x="12" y="257">Source: al-Naba, Human Rights Watch.</text>');
    expect(chart).toMatchObject({ width: 664, height: 269, desc: 'Highest 300+ in Mar 2022.' });
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('averyverylongword x', 5)).toEqual(['averyverylongword', 'x']);
  });
});
