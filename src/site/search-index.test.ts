import { describe, expect, it } from 'vitest';
import { closeSearchIndex, indexing, indexPage, isSearchable, openSearchIndex } from './search-index.ts';
import type { PagefindIndex } from 'pagefind';

describe('the search index of a build', () => {
  it('takes brief, actor, region and incident pages, and their index pages, nothing else', () => {
    expect(['/briefs/2022-05-06-x/', '/actors/jnim/', '/regions/mali/', '/actors/', '/incidents/moura-2022-03/'].map(isSearchable)).toEqual([true, true, true, true, true]);
    expect(['/', '/claims/', '/actors/jnim/rss.xml', '/briefs/x/y/', '/search/', '/incidents/moura-2022-03/map.svg'].map(isSearchable)).toEqual([false, false, false, false, false, false]);
  });

  it('sends each page to Pagefind only while a build has the index open, and reports its errors with the page', async () => {
    const sent: { url?: string; content: string }[] = [];
    const index = { addHTMLFile: async (file: { url?: string; content: string }) => (sent.push(file), { errors: file.content ? [] : ['empty page'], file: { uniqueWords: 0, url: file.url!, meta: {} } }) } as unknown as PagefindIndex;
    indexPage('/briefs/a/', '<html></html>');
    expect(indexing()).toBe(false);
    openSearchIndex(index);
    indexPage('/briefs/a/', '<html><body>A</body></html>');
    indexPage('/actors/b/', '');
    const closed = await closeSearchIndex();
    expect(sent.map((f) => f.url)).toEqual(['/briefs/a/', '/actors/b/']);
    expect(closed).toMatchObject({ pages: 2, errors: ['/actors/b/: empty page'] });
    expect(indexing()).toBe(false);
  });
});
