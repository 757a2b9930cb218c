import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { cardSvg, CARD_SIZE } from './card-svg.ts';

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*class="(\w+)"[^>]*>([^<]*)<\/text>/g)].map((m) => `${m[1]}: ${m[2]}`);

describe('cardSvg', () => {
  it('is 1200×630 with kicker, title lines, date, figure and site name', () => {
    const svg = cardSvg({ kicker: 'MW Weekly · No. 41', title: 'Islamic State claims Wagner kills in Mali', meta: '29 September 2022', figure: '20–35 killed in 1 incident', site: 'Conflict Briefs' }, 'Inter');
    expect(CARD_SIZE).toEqual({ width: 1200, height: 630 });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630">/);
    expect(texts(svg)).toEqual([
      'kicker: MW WEEKLY · NO. 41',
      'title: Islamic State claims Wagner',
      'title: kills in Mali',
      'meta: 29 September 2022',
      'figure: 20–35 killed in 1 incident',
      'site: Conflict Briefs',
    ]);
  });

  it('cuts a title too long for the card with an ellipsis and escapes markup', () => {
    const svg = cardSvg({ kicker: 'x', title: `${'word '.repeat(60)}<script>`, site: 's' }, 'Inter');
    const title = texts(svg).filter((t) => t.startsWith('title'));
    expect(title).toHaveLength(4);
    expect(title[3]).toMatch(/ …$/);
    expect(svg).not.toContain('<script>');
  });

  it('is XML that resvg draws whatever the text: "]]>", markup and characters XML forbids stay text', () => {
    const svg = cardSvg({ kicker: 'Actor · ]]>', title: 'JNIM ]]> <b>claims</b> \u0001 & more', meta: 'a\uFFFF', site: 'S' }, 'Inter');
    expect(texts(svg)).toEqual(['kicker: ACTOR · ]]&gt;', 'title: JNIM ]]&gt; &#x3C;b>claims&#x3C;/b>  &#x26; more', 'meta: a', 'site: S']);
    expect(() => new Resvg(svg).render()).not.toThrow();
  });
});
