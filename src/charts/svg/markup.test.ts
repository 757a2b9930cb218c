import { describe, expect, it } from 'vitest';
import { svgXml } from '../../lib/serialize/svg-xml.ts';
import { cls, el, printHtml, toHast } from './markup.ts';

describe('printHtml', () => {
  it('escapes every text and attribute value as a page does, so what an author wrote stays text', () => {
    const html = printHtml(el('a', { href: '/x?a=1&b="2"', title: "it's <b>" }, '<script>alert("x")</script> & it\'s'));
    expect(html).toBe('<a href="/x?a=1&amp;b=&quot;2&quot;" title="it\'s <b>">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; it&#39;s</a>');
  });

  it('leaves out attributes without a value and children that are nothing, and prints numbers as written', () => {
    expect(printHtml(el('g', { class: cls('bar', false), fill: undefined, tabindex: '-1', x: 1.5 }, null, false, [el('rect', { class: cls(null, false) }), 0]))).toBe('<g class="bar" tabindex="-1" x="1.5"><rect></rect>0</g>');
  });

  it('closes empty elements inside an svg themselves, and only there', () => {
    const drawing = el('svg', { viewBox: '0 0 2 2' }, el('g', {}, el('rect', { width: 2, height: 2 }), el('text', {}, 'A')), el('g', {}));
    expect(printHtml(el('figure', {}, drawing, el('p', {})))).toBe('<figure><svg viewBox="0 0 2 2"><g><rect width="2" height="2"/><text>A</text></g><g/></svg><p></p></figure>');
  });
});

describe('toHast', () => {
  it('gives the same element as an SVG file prints it, self-closed and XML-escaped', () => {
    expect(svgXml(toHast(el('text', { 'text-anchor': 'middle', x: 3 }, 'A & B')))).toBe('<text text-anchor="middle" x="3">A &#x26; B</text>');
  });
});
