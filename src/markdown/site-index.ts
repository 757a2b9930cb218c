import type { SvgDrawing } from '../lib/figures/svg-drawing.ts';

/** The files in public/ by site path (`/figures/x.svg`): each SVG with what the drawing check found in it, other files with null. */
export type PublicFiles = ReadonlyMap<string, SvgDrawing | null>;

/** What the Markdown plugins need to know of the rest of the site. */
export interface SiteIndex {
  /** Source records by id, for `:cite[…]`. */
  sources: ReadonlyMap<string, { title: string; publisher: string; published: string }>;
  /** Actor ids, for `::chart{actor}`. */
  actors: ReadonlySet<string>;
  /** Each actor's name, short name and aliases, for linking first mentions. */
  actorNames: ReadonlyMap<string, readonly string[]>;
  /** Region ids, for `::chart{region}`. */
  regions: ReadonlySet<string>;
  /** The files in public/, for `::figure{src}`. */
  publicFiles: PublicFiles;
}

/** An index that knows nothing: every reference in it is unknown. */
export const emptySiteIndex: SiteIndex = { sources: new Map(), actors: new Set(), actorNames: new Map(), regions: new Set(), publicFiles: new Map() };
