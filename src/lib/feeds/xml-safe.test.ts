import { describe, expect, it } from 'vitest';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { escapeXml, feedHtml, xmlSafe, xmlSafeTree } from './xml-safe.ts';

describe('xmlSafe', () => {
  it('drops the characters XML 1.0 cannot carry and keeps tab, newline and astral characters', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg')).toBe('abcdefg');
    expect(xmlSafe('tab\tline\nreturn\r 🇲🇱')).toBe('tab\tline\nreturn\r 🇲🇱');
  });

  it('drops lone surrogates but keeps pairs', () => {
    expect(xmlSafe('x\uD800y\uDC00z\uD83D\uDE00')).toBe('xyz\uD83D\uDE00');
  });
});

describe('escapeXml', () => {
  it('escapes markup characters', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
  });
});

describe('xmlSafeTree', () => {
  it('drops forbidden characters from every text and attribute value, leaving the markup to the printer', () => {
    const tree = h('p', { title: 'a\u0001b', className: ['x\u0002'] }, ['c\u0003d <e>', h('a', { href: 'https://x.org/?q=\u0004' }, 'f')]);
    expect(toHtml(xmlSafeTree(tree))).toBe('<p title="ab" class="x">cd &#x3C;e><a href="https://x.org/?q=">f</a></p>');
  });
});

describe('feedHtml', () => {
  it('prints the nodes given, in order, skipping absent ones, with only characters XML allows', () => {
    expect(feedHtml([h('h2', 'Sources\u0007'), undefined, h('p', 'Al-Naba, 29 September')])).toBe('<h2>Sources</h2><p>Al-Naba, 29 September</p>');
  });
});
