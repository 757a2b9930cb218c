// The search index, fed with each page as the build renders it (src/middleware.ts) instead
// of a second pass that reads every built page back from disk. Pagefind indexes in its own
// process while the build goes on; src/integrations/search-index.ts opens the index when a
// production build starts and writes it when the build ends. Outside a build nothing is
// indexed.
import type { PagefindIndex } from 'pagefind';

interface Open {
  index: PagefindIndex;
  pending: Promise<string[]>[];
  pages: number;
}

// Shared through the process: the integration and the pages are separate module graphs.
const KEY = Symbol.for('briefs.searchIndex');
const slot = globalThis as Record<symbol, Open | undefined>;

/** Starts indexing pages into `index`. */
export function openSearchIndex(index: PagefindIndex): void {
  slot[KEY] = { index, pending: [], pages: 0 };
}

/** Waits for every page sent since `openSearchIndex` and stops indexing: the index, how many pages were sent, and Pagefind's errors. */
export async function closeSearchIndex(): Promise<{ index: PagefindIndex; pages: number; errors: string[] }> {
  const open = slot[KEY];
  slot[KEY] = undefined;
  if (!open) throw new Error('no search index was opened for this build');
  return { index: open.index, pages: open.pages, errors: (await Promise.all(open.pending)).flat() };
}

/** The sections whose pages carry searchable bodies: each section's index and its item pages. */
export const SEARCHABLE_SECTIONS = ['briefs', 'actors', 'regions', 'incidents'] as const;
const searchable = new RegExp(`^/(${SEARCHABLE_SECTIONS.join('|')})/([^/]+/)?$`);

/** Whether a page carries a searchable body (a site path without the base). */
export const isSearchable = (sitePath: string) => searchable.test(sitePath);

/** Sends one rendered page to the index, when a build has opened one; returns at once. */
export function indexPage(sitePath: string, html: string): void {
  const open = slot[KEY];
  if (!open) return;
  open.pages += 1;
  open.pending.push(open.index.addHTMLFile({ url: sitePath, content: html }).then((r) => r.errors.map((e) => `${sitePath}: ${e}`)));
}

/** Whether a build is indexing pages now. */
export const indexing = () => slot[KEY] !== undefined;
