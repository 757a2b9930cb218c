import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { storiesConcerning, storyTexts } from './stories-concerning.ts';

const html = `<p>Intro naming Wagner.</p>
<h2 id="one">Niono ambush</h2><p>JNIM says it ambushed a <a href="/actors/wagner-group/">convoy</a>.</p>
<h2 id="two">Drones over Kidal</h2><div class="box"><p>The army flew drones.</p></div>
<h2 id="three">Round-up</h2><div class="box"><p>Also: the wagnerite paper; Africa Corps recruits.</p></div>
<h2 id="four">Wagner leaves</h2><p>Nothing else.</p>`;
const stories = [
  { slug: 'one', text: 'Niono ambush' },
  { slug: 'two', text: 'Drones over Kidal' },
  { slug: 'three', text: 'Round-up' },
  { slug: 'four', text: 'Wagner leaves' },
];
const tree = storyTexts(fromHtml(html, { fragment: true }), stories);

describe('storiesConcerning', () => {
  it('finds the stories linking to the page or naming the subject in a heading, as whole words', () => {
    expect(storiesConcerning(tree, { hrefs: ['/actors/wagner-group/'], names: ['Wagner Group', 'Wagner'] })).toEqual([stories[0], stories[3]]);
  });

  it('finds names inside nested boxes, ignoring case', () => {
    expect(storiesConcerning(tree, { hrefs: [], names: ['africa corps'] })).toEqual([stories[2]]);
    expect(storiesConcerning(tree, { hrefs: ['/regions/kidal/'], names: ['Kidal'] })).toEqual([stories[1]]);
  });

  it('finds nothing for a subject the stories do not concern (text before the first story does not count)', () => {
    expect(storiesConcerning(storyTexts(fromHtml('<p>Wagner</p><h2 id="one">Other</h2><p>x</p>', { fragment: true }), stories), { hrefs: [], names: ['Wagner'] })).toEqual([]);
  });
});
