import type { FeedBody } from '../markdown/rehype-feed-body.ts';
import type { BodyFacts } from '../markdown/report.ts';

/** What the loader keeps in `rendered.metadata` of a Markdown entry, next to `rendered.html`. */
export interface StoredMetadata {
  /** The headings, where Astro's own `render()` looks for them (the same as `facts.headings`). */
  headings: BodyFacts['headings'];
  facts: BodyFacts;
  /** Where each chart slot's element stands in the HTML: `[start, end)` character offsets. */
  slotRanges: [number, number][];
  /** A brief's body as its feed item carries it. */
  feed?: FeedBody;
}

/** A stored entry's body as pages read it. */
export interface StoredBody {
  /** The body's HTML, sanitised, with `<div class="chart-slot">` where each chart goes. */
  html: string;
  /** Headings, takeaway, chart slots, cited sources, reading time. */
  facts: BodyFacts;
  /** `html` cut at each chart slot: `parts.length === facts.chartSlots.length + 1`. */
  parts: string[];
  /** A brief's body for feeds (made in the same pass as `html`); none for other entries. */
  feed?: FeedBody;
}

/** A stored entry's body, as pages read it. A Markdown entry without one is a loader bug, never a blank page. */
export function storedBody(entry: { id: string; rendered?: { html: string; metadata?: Record<string, unknown> } }): StoredBody {
  const metadata = entry.rendered?.metadata as Partial<StoredMetadata> | undefined;
  if (!entry.rendered || !metadata?.facts || !metadata.slotRanges) throw new Error(`${entry.id}: no rendered body in the content store; run \`npm run check\``);
  const { html } = entry.rendered;
  // The parts between the slots, cut at the offsets the renderer recorded.
  const bounds = [0, ...metadata.slotRanges.flat(), html.length];
  const parts = bounds.flatMap((start, i) => (i % 2 === 0 ? [html.slice(start, bounds[i + 1])] : []));
  return { html, facts: metadata.facts, parts, ...(metadata.feed && { feed: metadata.feed }) };
}
