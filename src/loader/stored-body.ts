import type { BodyFacts } from '../markdown/report.ts';

/** What the loader stores for a Markdown entry: `rendered.html`, and in `rendered.metadata` the facts and parts. */
export interface StoredBody {
  /** The body's HTML, sanitised, with `<div class="chart-slot">` where each chart goes. */
  html: string;
  /** Headings, takeaway, chart slots, cited sources, reading time. */
  facts: BodyFacts;
  /** `html` cut at each chart slot: `parts.length === facts.chartSlots.length + 1`. */
  parts: string[];
}

/** A stored entry's body, as pages read it. A Markdown entry without one is a loader bug, never a blank page. */
export function storedBody(entry: { id: string; rendered?: { html: string; metadata?: Record<string, unknown> } }): StoredBody {
  const metadata = entry.rendered?.metadata as Partial<StoredBody> | undefined;
  if (!entry.rendered || !metadata?.facts || !metadata.parts) throw new Error(`${entry.id}: no rendered body in the content store; run \`npm run check\``);
  return { html: entry.rendered.html, facts: metadata.facts, parts: metadata.parts };
}
