import type { Element } from 'hast';
import { h } from 'hastscript';
import { formatDay } from '../../lib/format-date.ts';

/** A source as a brief's list names it. */
export interface ListedSource {
  id: string;
  data: { url?: string | undefined; title: string; publisher: string; published: string; summary: string };
}

/** A brief's Sources list as its feed item carries it, as on its page (src/components/SourceList.astro). */
export function sourceList(sources: readonly ListedSource[]): Element {
  return h(
    'ol',
    { className: ['sources'] },
    sources.map((s) =>
      h('li', { id: `source-${s.id}` }, [
        s.data.url ? h('a', { href: s.data.url }, s.data.title) : s.data.title,
        `. ${s.data.publisher}, ${formatDay(s.data.published)}. `,
        h('span', { className: ['meta'] }, s.data.summary),
      ]),
    ),
  );
}
