import remarkDirective from 'remark-directive';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeLinks from './rehype-links.ts';
import remarkActorLinks from './remark-actor-links.ts';
import remarkChart from './remark-chart.ts';
import remarkCite from './remark-cite.ts';
import remarkContainers from './remark-containers.ts';
import remarkFigure from './remark-figure.ts';
import remarkUnknownDirectives from './remark-unknown-directives.ts';
import type { SiteIndex } from './site-index.ts';

/** Settings the Markdown pipeline takes from the site. */
export interface MarkdownOptions {
  index: SiteIndex;
  /** Base path the site is served under. */
  base: string;
  /** Domains whose links get the Africa File asterisk. */
  foreignDomains: readonly string[];
}

/** The brief Markdown pipeline, in order; Astro adds GFM, smart quotes and heading ids. */
export function markdownPlugins({ index, base, foreignDomains }: MarkdownOptions): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  return {
    remarkPlugins: [
      // Parse the :::, :: and : syntax, then reject what the site does not know …
      remarkDirective,
      remarkUnknownDirectives,
      // … then give each known directive its HTML.
      remarkContainers,
      remarkFigure,
      [remarkCite, index],
      [remarkChart, index],
      // Last, so that directive labels and figure captions are never linked.
      [remarkActorLinks, { index, base }],
    ],
    rehypePlugins: [[rehypeLinks, { foreignDomains, base }]],
  };
}
