import { describe, expect, it } from 'vitest';
import { feedFigureHtml } from './feed-figure.ts';

describe('feedFigureHtml', () => {
  it('shows the PNG with its alt text, linked to the live chart, then caption and source', () => {
    const html = feedFigureHtml({ png: 'https://x.org/charts/b/1-sparkline.png', page: 'https://x.org/briefs/b/#chart-1', width: 664, height: 300, alt: 'Highest "300+" <May>', caption: 'Claimed killed', source: 'HRW.' });
    expect(html).toBe(
      '<figure><a href="https://x.org/briefs/b/#chart-1"><img src="https://x.org/charts/b/1-sparkline.png" alt="Highest &#x22;300+&#x22; <May>" width="664" height="300"></a>' +
        '<figcaption>Claimed killed<br>Source: HRW. <a href="https://x.org/briefs/b/#chart-1">Interactive chart and data table on the site</a>.</figcaption></figure>',
    );
  });
});
