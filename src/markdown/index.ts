import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { ChartSlot } from '../lib/chart-slots.ts';
import rehypeChartSlotMarks, { SLOT_MARK } from './rehype-chart-slot-marks.ts';
import rehypeFeedBody, { type FeedBody } from './rehype-feed-body.ts';
import rehypeHeadingIds from './rehype-heading-ids.ts';
import rehypeLinks from './rehype-links.ts';
import remarkActorLinks from './remark-actor-links.ts';
import remarkChart from './remark-chart.ts';
import remarkClosedContainers from './remark-closed-containers.ts';
import remarkCite from './remark-cite.ts';
import remarkContainers from './remark-containers.ts';
import remarkFigure from './remark-figure.ts';
import remarkPhotos from './remark-photos.ts';
import remarkRawHtml from './remark-raw-html.ts';
import remarkSafeUrls from './remark-safe-urls.ts';
import remarkSmartQuotes from './remark-smart-quotes.ts';
import remarkUnknownDirectives from './remark-unknown-directives.ts';
import remarkWordCount from './remark-word-count.ts';
import type { BodyFacts, BodyProblem } from './report.ts';
import { SANITIZE_SCHEMA } from './sanitize-schema.ts';
import type { SiteIndex } from './site-index.ts';

/** Settings the Markdown pipeline takes from the site. */
export interface MarkdownOptions {
  index: SiteIndex;
  /** Base path the site is served under. */
  base: string;
  /** Domains whose links get the Africa File asterisk. */
  foreignDomains: readonly string[];
}

/** The brief Markdown pipeline, in order. No raw HTML reaches the HTML tree, and nothing unsafe leaves it. */
export function createMarkdownProcessor({ index, base, foreignDomains }: MarkdownOptions) {
  return (
    unified()
      // CommonMark, GFM (tables, footnotes, autolinks) and the :::, :: and : syntax.
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkDirective)
      // Refuse what may not be published: a box left open, raw HTML, unsafe links, unknown directives …
      .use(remarkClosedContainers)
      .use(remarkRawHtml)
      .use(remarkSafeUrls)
      .use(remarkUnknownDirectives)
      // … then give each known directive its HTML.
      .use(remarkContainers)
      .use(remarkFigure, index)
      // After ::figure, which makes images too: alt text, no remote images, photos beside the brief.
      .use(remarkPhotos)
      .use(remarkCite, index)
      .use(remarkChart, index)
      // After the directives, so that their labels and figure captions are never linked.
      .use(remarkActorLinks, { index, base })
      .use(remarkSmartQuotes)
      .use(remarkWordCount)
      .use(remarkRehype)
      .use(rehypeSanitize, SANITIZE_SCHEMA)
      // What the site adds to the sanitised tree: heading ids, link attributes, the base path.
      .use(rehypeHeadingIds)
      .use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], properties: { className: ['external'] } })
      .use(rehypeLinks, { foreignDomains, base })
      .use(rehypeChartSlotMarks)
      // The same tree for feeds, when the body has a page (briefs): links absolute, pictures as holes.
      .use(rehypeFeedBody)
      .use(rehypeStringify)
      .freeze()
  );
}

/** A pipeline built by {@link createMarkdownProcessor}. */
export type MarkdownProcessor = ReturnType<typeof createMarkdownProcessor>;

/** A body rendered: its HTML, the same HTML split around chart slots, and its facts. */
export interface RenderedBody {
  html: string;
  /** `html` cut at each chart slot: `parts.length === facts.chartSlots.length + 1`. */
  parts: string[];
  /** Where each chart slot's element stands in `html`: `[start, end)` character offsets. */
  slotRanges: [number, number][];
  facts: BodyFacts;
  /** The body for feeds, made when `pageUrl` is given. */
  feed?: FeedBody;
}

/**
 * Renders a body with `processor` (and, given the URL of its page, its feed variant). Every mistake is returned with its line in the body;
 * the HTML is only returned when there is none, so a broken body is never published.
 */
export function renderBody(processor: MarkdownProcessor, body: string, actors: readonly string[] = [], pageUrl?: string): { rendered?: RenderedBody; problems: BodyProblem[] } {
  const file = new VFile({ value: body, data: { actors, ...(pageUrl && { pageUrl }) } });
  // One `processSync` per body, as Astro's own renderer makes (benchmarks time it there).
  const html = String(processor.processSync(file));
  const problems = file.data.problems ?? [];
  if (problems.length > 0) return { problems };
  const slots = file.data.slotHtml ?? [];
  const parts = html.split(`<!--${SLOT_MARK}-->`);
  const facts = file.data.facts ?? {};
  const slotRanges: [number, number][] = [];
  let full = '';
  parts.forEach((part, i) => {
    full += part;
    if (slots[i] === undefined) return;
    slotRanges.push([full.length, full.length + slots[i].length]);
    full += slots[i];
  });
  return {
    problems,
    rendered: {
      html: full,
      parts,
      slotRanges,
      facts: {
        headings: facts.headings ?? [],
        takeaway: facts.takeaway ?? false,
        chartSlots: facts.chartSlots ?? ([] as ChartSlot[]),
        citedSources: facts.citedSources ?? [],
        words: facts.words ?? 0,
        readingMinutes: facts.readingMinutes ?? 1,
        photos: facts.photos ?? [],
        drawings: facts.drawings ?? [],
      },
      ...(file.data.feed && { feed: file.data.feed }),
    },
  };
}
