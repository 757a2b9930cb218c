import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { ChartSlot } from '../lib/chart-slots.ts';

/** A mistake in a body, found while rendering it: its line in the body, the construct, what is wrong. */
export interface BodyProblem {
  line: number;
  field: string;
  message: string;
}

/** A `## ` or other heading of a body, with the id the page links to. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A photo beside the brief, as the body refers to it: its path, its alt text, the line. */
export interface PhotoRef {
  src: string;
  alt: string;
  /** The line in the body, and how it was written (`::figure` or a Markdown `image`). */
  line: number;
  field: string;
}

/** What the pages need to know of a rendered body, handed over as data. */
export interface BodyFacts {
  /** Every heading, in order (the footnotes' label excepted). */
  headings: Heading[];
  /** Whether the body has its own `:::takeaway` box. */
  takeaway: boolean;
  /** The `::chart` slots, in order. */
  chartSlots: ChartSlot[];
  /** Source ids cited with `:cite[…]`, in order of first citation. */
  citedSources: string[];
  /** Words a reader reads, and the minutes that takes at 220 words a minute. */
  words: number;
  readingMinutes: number;
  /** Photos beside the brief, in order: the HTML holds `<img data-photo="N">` for the Nth. */
  photos: PhotoRef[];
  /** SVG drawings in public/ the body shows with `::figure` (`/figures/x.svg`), in order: the build draws each as a PNG for feeds. */
  drawings: string[];
}

declare module 'vfile' {
  interface DataMap {
    /** The brief's `actors`, whose first mentions are linked. */
    actors: readonly string[];
    problems: BodyProblem[];
    facts: Partial<BodyFacts>;
  }
}

/** Records a mistake in the body at `node`'s line; rendering goes on so every mistake is reported. */
export function report(file: VFile, node: Node | undefined, field: string, message: string): void {
  (file.data.problems ??= []).push({ line: node?.position?.start.line ?? 1, field, message });
}

/** Sets one fact about the body. */
export function setFact<K extends keyof BodyFacts>(file: VFile, key: K, value: BodyFacts[K]): void {
  (file.data.facts ??= {})[key] = value;
}
