import type { Actor, Brief, Region, Series, Source } from '../schema/index.ts';
import type { FieldPath } from './content-issue.ts';

/** One author's file, parsed and validated. */
export interface Entry<T> {
  /** The id pages and references use. */
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: T;
  /** 1-based line of a field in the file (of its nearest written parent when absent). */
  lineOf: (path: FieldPath) => number;
}

/** A brief with its Markdown body. */
export interface BriefEntry extends Entry<Brief> {
  body: string;
  /** Line of the body's first line in the file. */
  bodyLine: number;
}

/** Every file of a site's content. */
export interface ContentSet {
  briefs: BriefEntry[];
  actors: Entry<Actor>[];
  regions: Entry<Region>[];
  series: Entry<Series>[];
  sources: Entry<Source>[];
}
