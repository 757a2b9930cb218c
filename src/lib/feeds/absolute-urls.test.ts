import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { absoluteUrls } from './absolute-urls.ts';

const page = 'https://briefs.example.org/base/briefs/2022-05-06-x/';

const absolutizeHtml = (html: string, base: string) => toHtml(absoluteUrls(fromHtml(html, { fragment: true }), base));

describe('absoluteUrls', () => {
  it('resolves root-relative, parent-relative, relative and fragment links against the page', () => {
    const html = '<a href="/base/actors/jnim/">a</a><a href="../2022-09-30-y/">b</a><a href="notes/">c</a><a href="#claims">d</a>';
    expect(absolutizeHtml(html, page)).toBe(
      '<a href="https://briefs.example.org/base/actors/jnim/">a</a><a href="https://briefs.example.org/base/briefs/2022-09-30-y/">b</a>' +
        '<a href="https://briefs.example.org/base/briefs/2022-05-06-x/notes/">c</a><a href="https://briefs.example.org/base/briefs/2022-05-06-x/#claims">d</a>',
    );
  });

  it('resolves every candidate of a srcset and keeps its descriptors', () => {
    expect(absolutizeHtml('<img src="/f/a.png" srcset="/f/a.png 1x, ../f/b.png 2x" alt="">', page)).toBe(
      '<img src="https://briefs.example.org/f/a.png" srcset="https://briefs.example.org/f/a.png 1x, https://briefs.example.org/base/briefs/f/b.png 2x" alt="">',
    );
  });

  it('leaves absolute and mailto links as they are', () => {
    const html = '<a href="https://other.example/x">x</a><a href="mailto:desk@example.org">m</a>';
    expect(absolutizeHtml(html, page)).toBe(html);
  });
});
