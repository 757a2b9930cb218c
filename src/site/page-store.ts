// The pages of the last production build, kept in the cache folder beside Astro's: each
// page's response with what it read of the site model (src/site/page-reads.ts) and the
// fingerprint of the code that printed it. src/integrations/page-cache.ts opens the store
// when a build starts; src/middleware.ts serves a kept page when nothing it read changed.
// Outside a build (the dev preview) the store is closed and every page renders.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BackgroundWrites } from './background-writes.ts';
import type { KeptRead } from './page-reads.ts';

interface Open {
  dir: string;
  fingerprint: string;
  kept: number;
  rendered: number;
  /** Pages that read something that cannot be compared between builds: always rendered. */
  notKept: string[];
  writing: BackgroundWrites;
}

const KEY = Symbol.for('briefs.pageStore');
const slot = globalThis as Record<symbol, Open | undefined>;

/** Starts keeping pages in `dir` for this build, printed by code with `fingerprint`. */
export function openPageStore(dir: string, fingerprint: string): void {
  mkdirSync(dir, { recursive: true });
  slot[KEY] = { dir, fingerprint, kept: 0, rendered: 0, notKept: [], writing: new BackgroundWrites() };
}

/** Stops keeping pages once every page is written: how many were served from the store, rendered, and rendered but not kept. */
export async function closePageStore(): Promise<{ kept: number; rendered: number; notKept: string[] }> {
  const open = slot[KEY];
  slot[KEY] = undefined;
  if (!open) return { kept: 0, rendered: 0, notKept: [] };
  await open.writing.settled();
  return open;
}

/** The store of this build, when one is open. */
export const pageStore = () => slot[KEY];

/** A page as kept: its response and what it was printed from. */
export interface KeptPage {
  fingerprint: string;
  /** Digest of the props `getStaticPaths` gave the page. */
  props: string;
  reads: KeptRead[];
  /** The table downloads it writes (src/site/table-downloads.ts). */
  tables: string[];
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
}

const fileOf = (open: Open, path: string) => join(open.dir, `${createHash('sha1').update(path).digest('hex')}.page`);

/** The page kept for `path` by code with this build's fingerprint, if any. */
export function keptPage(open: Open, path: string): KeptPage | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(fileOf(open, path));
  } catch {
    return undefined;
  }
  // One line of JSON, then the body as it was served. A file cut short (a build stopped while
  // writing it) is no page.
  const end = bytes.indexOf(10);
  let meta: Omit<KeptPage, 'body'> & { path: string; length: number };
  try {
    meta = JSON.parse(bytes.subarray(0, end).toString('utf8')) as typeof meta;
  } catch {
    return undefined;
  }
  if (meta.path !== path || meta.fingerprint !== open.fingerprint || meta.length !== bytes.length - end - 1) return undefined;
  return { ...meta, body: new Uint8Array(bytes.subarray(end + 1)) };
}

/** Keeps `page` for `path`, written in the background (`closePageStore` waits for it). */
export function keepPage(open: Open, path: string, page: KeptPage): void {
  const { body, ...meta } = page;
  open.writing.add(writeFile(fileOf(open, path), Buffer.concat([Buffer.from(`${JSON.stringify({ path, ...meta, length: body.length })}\n`), body])));
}
