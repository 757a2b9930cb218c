import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { concerning, storyFacts, words } from './stories-concerning.ts';

const html = `<p>Intro naming Wagner.</p>
<h2 id="one">Niono ambush</h2><p>JNIM says it ambushed a <a href="/actors/wagner-group/">convoy</a>.</p>
<h2 id="two">Drones over Kidal</h2><div class="box"><p>The army flew drones.</p></div>
<h2 id="three">Round-up</h2><div class="box"><p>Also: the wagnerite paper; Africa
Corps recruits.</p></div>
<h2 id="four">Wagner leaves</h2><p>Nothing else.</p>
<h2 id="footnote-label">Footnotes</h2><p>Wagner.</p>`;
const stories = storyFacts(fromHtml(html, { fragment: true }), new Set(['one', 'two', 'three', 'four']));
const about = (concern: Parameters<typeof concerning>[0]) => stories.filter(concerning(concern)).map((s) => s.slug);

describe('storyFacts', () => {
  it('gathers each story’s links and words, its heading included; headings not listed are no story', () => {
    expect(stories).toEqual([
      { slug: 'one', hrefs: ['/actors/wagner-group/'], words: ' niono ambush | jnim says it ambushed a | convoy ' },
      { slug: 'two', hrefs: [], words: ' drones over kidal | the army flew drones ' },
      { slug: 'three', hrefs: [], words: ' round up | also the wagnerite paper africa corps recruits ' },
      { slug: 'four', hrefs: [], words: ' wagner leaves | nothing else ' },
    ]);
  });
});

describe('concerning', () => {
  it('finds the stories linking to the page or naming the subject in a heading, as whole words', () => {
    expect(about({ hrefs: ['/actors/wagner-group/'], names: ['Wagner Group', 'Wagner'] })).toEqual(['one', 'four']);
  });

  it('finds names inside nested boxes, ignoring case, spacing and punctuation between their words', () => {
    expect(about({ hrefs: [], names: ['africa corps'] })).toEqual(['three']);
    expect(about({ hrefs: [], names: ['Round up'] })).toEqual(['three']);
    expect(about({ hrefs: ['/regions/kidal/'], names: ['Kidal'] })).toEqual(['two']);
  });

  it('finds nothing for a subject the stories do not concern (text before the first story does not count)', () => {
    expect(about({ hrefs: [], names: ['Intro'] })).toEqual([]);
    // "Wagner leaves" then "Nothing else": no name runs from a heading into the text after it.
    expect(about({ hrefs: [], names: ['Leaves Nothing'] })).toEqual([]);
    expect(storyFacts(fromHtml('<p>Wagner</p><h2 id="one">Other</h2><p>x</p>', { fragment: true }), new Set(['one'])).filter(concerning({ hrefs: [], names: ['Wagner'] }))).toEqual([]);
  });

  it('ignores names of one character or none, which would match everywhere', () => {
    expect(about({ hrefs: [], names: ['a', ' ', '—'] })).toEqual([]);
  });
});

describe('words', () => {
  it('keeps letters and digits of every script, lowercased, between single spaces', () => {
    expect(words('Ménaka: 12 killed—JNIM’s  claim')).toBe(' ménaka 12 killed jnim s claim ');
    expect(words('…')).toBe(' ');
    // Bodies are typeset: a name written with a straight apostrophe is found with a curly one.
    expect(words('Mamaga Traders’ Association')).toBe(words("Mamaga Traders' Association"));
  });
});
