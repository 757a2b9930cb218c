// Under `astro dev`, what the loaders have just stored, for the pages to read at once.
//
// Astro's dev server hands stored content to pages through its data store file: it writes
// the whole store to disk half a second after the last change, then the pages reload it,
// which on a large archive takes well over a second after a save. The loaders run in the
// same process as the pages, so they also leave their in-memory stores here, with the
// generation of the last reading whose every collection is loaded; the site model reads
// from them and is rebuilt only when that generation changes. Nothing here reads a file.
import type { CollectionKey } from '../lib/check/content-set.ts';

/** What the site model needs of an Astro loader's store: its entries. */
interface Store {
  values(): unknown[];
}

interface Live {
  stores: Map<CollectionKey, Store>;
  /** The generation of the last reading loaded into every store; undefined before the first. */
  generation: number | undefined;
}

const KEY = Symbol.for('briefs.live-content');
function live(root: string): Live {
  const all = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map<string, Live>()) as Map<string, Live>;
  let entry = all.get(root);
  if (!entry) all.set(root, (entry = { stores: new Map(), generation: undefined }));
  return entry;
}

/** Called by a loader with its collection's store. */
export function shareStore(root: string, key: CollectionKey, store: Store): void {
  live(root).stores.set(key, store);
}

/** Called when every collection of reading `generation` is loaded. */
export function markLoaded(root: string, generation: number): void {
  live(root).generation = generation;
}

/** The generation of the newest fully loaded reading, or undefined when none has loaded in this process. */
export const loadedGeneration = (root: string): number | undefined => live(root).generation;

/**
 * A collection's entries as `getCollection` gives them, from the loader's store, or
 * undefined when no reading has been fully loaded in this process.
 */
export function liveEntries<T>(root: string, key: CollectionKey): T[] | undefined {
  const { stores, generation } = live(root);
  const store = stores.get(key);
  if (generation === undefined || !store) return undefined;
  return store.values().map((entry) => ({ ...(entry as object), collection: key }) as T);
}
