import type { Actor, Brief, Region, Series, Source } from '../../schema/index.ts';
import type { FieldPath } from './content-issue.ts';

/** One author's file as read, whether or not it is valid. */
export interface SourceFile {
  /** The id pages and references use: the file name without extension. */
  id: string;
  /** Path relative to the project root. */
  file: string;
  /** The YAML as written, before validation. */
  raw: unknown;
  /** 1-based line of a field in the file (of its nearest written parent when absent). */
  lineOf: (path: FieldPath) => number;
  /** The Markdown body ('' for YAML files). */
  body: string;
  /** Line of the body's first line in the file. */
  bodyLine: number;
}

/** One author's file, validated. */
export interface Entry<T> extends SourceFile {
  data: T;
}

/** A brief, validated. */
export type BriefEntry = Entry<Brief>;

/** The collections of a site. */
export type CollectionKey = 'briefs' | 'actors' | 'regions' | 'series' | 'sources';

/** Every readable file of a site, valid or not, by collection. */
export type SourceFiles = Record<CollectionKey, SourceFile[]>;

/** Every file of a site's content. */
export interface ContentSet {
  briefs: BriefEntry[];
  actors: Entry<Actor>[];
  regions: Entry<Region>[];
  series: Entry<Series>[];
  sources: Entry<Source>[];
}
