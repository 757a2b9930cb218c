// What each page of a production build reads of the site model, so that the next build can
// tell whether the page would print the same bytes (src/middleware.ts keeps pages under
// their reads, src/site/page-store.ts). Each route renders in its own async context; the
// models (the site model, the corrections) hand out views that record each index read, and
// for a Map the keys looked up. Work shared by several pages (a chart drawn once, a feed item
// built once) is done in its own context, and its reads join every page that uses it.
import { AsyncLocalStorage } from 'node:async_hooks';
import { ALL, trackReads, valueRead } from '../lib/page-cache/track-reads.ts';
import { digestOf, type DigestMemo } from '../lib/page-cache/digest.ts';

/** What one page read: model → field → the keys looked up, or `ALL`. */
export type Reads = Map<string, Map<string, Set<unknown>>>;
/** A read as kept between builds: model, field, key as JSON (null for the whole field), digest of what was read. */
export type KeptRead = [model: string, field: string, key: string | null, digest: string];

/** The models pages read, by name: each loads the record itself (not a view), for comparing reads. */
export type Models = Record<string, () => Promise<object>>;

interface Shared {
  storage: AsyncLocalStorage<Reads>;
  memo: DigestMemo;
  /** The digest of each read of each record (field and key as JSON): thousands of pages make the same reads. */
  readDigests: WeakMap<object, Map<string, string>>;
}
// Shared through the process: the middleware and the pages may be separate chunks.
const KEY = Symbol.for('briefs.pageReads');
const shared = ((globalThis as Record<symbol, unknown>)[KEY] ??= { storage: new AsyncLocalStorage<Reads>(), memo: new WeakMap(), readDigests: new WeakMap() }) as Shared;

function note(reads: Reads, model: string, field: string, key: unknown) {
  let fields = reads.get(model);
  if (!fields) reads.set(model, (fields = new Map()));
  let keys = fields.get(field);
  if (!keys) fields.set(field, (keys = new Set()));
  if (!keys.has(ALL)) keys.add(key);
}

/**
 * The view of the model `name` that pages read: the same values as `record`, with every read
 * noted in the page being rendered (outside a page, nothing is noted).
 */
export function trackedModel<R extends object>(name: string, record: R): R {
  return trackReads(record, (field, key) => {
    const reads = shared.storage.getStore();
    if (reads) note(reads, name, field, key);
  });
}

// Files a page writes besides itself (table downloads) are noted with its reads, under this prefix.
const OUTPUT = 'output:';

/** Notes that the page being rendered (if any) writes the file `key` of `kind` besides itself: a build that serves the kept page writes it again. */
export function noteOutput(kind: string, key: string): void {
  const reads = shared.storage.getStore();
  if (reads) note(reads, OUTPUT + kind, key, ALL);
}

/** The files of `kind` a page noted with `noteOutput`. */
export const outputsOf = (reads: Reads, kind: string): string[] => [...(reads.get(OUTPUT + kind)?.keys() ?? [])];

/** Runs `render` noting what it reads in `reads`. */
export const readingInto = <T>(reads: Reads, render: () => Promise<T>): Promise<T> => shared.storage.run(reads, render);

/** Adds `from` to the reads of the page being rendered, if any. */
function joinReads(from: Reads) {
  const into = shared.storage.getStore();
  if (!into || into === from) return;
  for (const [model, fields] of from) for (const [field, keys] of fields) for (const key of keys) note(into, model, field, key);
}

/**
 * Work done once per `scope` and key and shared by every page that asks for it: done in its
 * own context, and what it read is added to each page that uses it.
 */
export function sharedWork<V>() {
  const done = new WeakMap<object, Map<string, { value: Promise<V>; reads: Reads }>>();
  return async (scope: object, key: string, work: () => Promise<V>): Promise<V> => {
    let byKey = done.get(scope);
    if (!byKey) done.set(scope, (byKey = new Map()));
    let entry = byKey.get(key);
    if (!entry) {
      const reads: Reads = new Map();
      byKey.set(key, (entry = { value: readingInto(reads, work), reads }));
    }
    const value = await entry.value;
    joinReads(entry.reads);
    return value;
  };
}

/** `sharedWork` for work done at once (no promise): a value made once per `scope` and key, its reads added to each page that uses it. */
export function sharedValue<V>() {
  const done = new WeakMap<object, Map<string, { value: V; reads: Reads }>>();
  return (scope: object, key: string, make: () => V): V => {
    let byKey = done.get(scope);
    if (!byKey) done.set(scope, (byKey = new Map()));
    let entry = byKey.get(key);
    if (!entry) {
      const reads: Reads = new Map();
      byKey.set(key, (entry = { value: shared.storage.run(reads, make), reads }));
    }
    joinReads(entry.reads);
    return entry.value;
  };
}

const digest = (value: unknown) => digestOf(value, shared.memo);

/** The digest of what reading `field` of `record` at `key` (as JSON; null for the whole field) sees, made once per record and read. */
function readDigest(record: object, field: string, key: string | null, keyValue: () => unknown): string {
  let byRead = shared.readDigests.get(record);
  if (!byRead) shared.readDigests.set(record, (byRead = new Map()));
  // JSON never gives an empty string, so it stands for the whole field.
  const id = `${field}\0${key ?? ''}`;
  let value = byRead.get(id);
  if (value === undefined) byRead.set(id, (value = digest(valueRead(record, field, key === null ? ALL : keyValue()))));
  return value;
}

/** The reads as kept between builds, each with the digest of what it saw; throws `NotPlainData` for a value that cannot be compared. */
export async function keptReads(models: Models, reads: Reads): Promise<KeptRead[]> {
  const kept: KeptRead[] = [];
  for (const [model, fields] of reads) {
    if (model.startsWith(OUTPUT)) continue;
    const record = await models[model]!();
    for (const [field, keys] of fields) {
      if (keys.has(ALL)) kept.push([model, field, null, readDigest(record, field, null, () => ALL)]);
      else
        for (const key of keys) {
          const json = JSON.stringify(key);
          kept.push([model, field, json, readDigest(record, field, json, () => key)]);
        }
    }
  }
  return kept;
}

/** Whether every read still sees what it saw when it was kept. */
export async function sameReads(models: Models, kept: readonly KeptRead[]): Promise<boolean> {
  for (const [model, field, key, was] of kept) {
    const load = models[model];
    if (!load) return false;
    const record = await load();
    if (!Object.hasOwn(record, field)) return false;
    if (readDigest(record, field, key, () => JSON.parse(key!)) !== was) return false;
  }
  return true;
}

/** The digest of plain data, memoised for the build (a page's props). */
export const digestData = digest;
