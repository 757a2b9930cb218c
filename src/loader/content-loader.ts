import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { COLLECTIONS, isIgnored } from '../content/read-content.ts';
import { actorsOf, renderFile, siteIndexOf } from '../content/render-file.ts';
import { SITE } from '../site.config.ts';
import { POOL_THRESHOLD, renderOnThreads, renderThreads } from '../content/render-pool.ts';
import type { ContentIssue } from '../lib/content-issue.ts';
import type { CollectionKey } from '../lib/content-set.ts';
import { contentSession, type ContentSession } from './session.ts';
import { markLoaded, shareStore } from '../content/live-content.ts';
import { checkPhotos, photoStamps } from '../content/check-photos.ts';
import type { PhotoRef } from '../markdown/report.ts';
import type { StoredMetadata } from '../content/stored-body.ts';
import type { Reading } from './session.ts';
import type { SourceFile } from '../lib/content-set.ts';

/**
 * The absolute URL of a brief's page (`paths.brief` in src/site/paths.ts, under the site's
 * address): its body's feed variant resolves relative links against it.
 */
export const briefPageUrl = (id: string) => new URL(`${SITE.base.replace(/\/?$/, '/')}briefs/${id}/`, SITE.url).href;

/** Renders bodies on worker threads when there are many (a cold build), else here; then checks their photos. */
async function renderAll(root: string, files: SourceFile[], reading: Reading, pageUrlOf: (file: SourceFile) => string | undefined) {
  const results =
    files.length < POOL_THRESHOLD || renderThreads() < 2
      ? files.map((f) => renderFile(f, reading.processor, pageUrlOf(f)))
      : await renderOnThreads(files, actorsOf, { index: siteIndexOf(reading.files, reading.publicFiles), base: SITE.base, foreignDomains: SITE.foreignDomains, pageUrlOf });
  return results.map((result, i) => checkPhotos(root, files[i]!, result));
}

/** A file's text, digested once per reading of it: a save digests again only the file saved. */
const textDigests = new WeakMap<SourceFile, string>();
function textDigest(file: SourceFile, digest: (value: string) => string): string {
  let text = textDigests.get(file);
  if (text === undefined) textDigests.set(file, (text = digest(JSON.stringify([file.raw, file.body]))));
  return text;
}

/**
 * Loads one collection into Astro's content store, from the one reading of every author
 * file that the check also makes: validated data, and for Markdown the body rendered by
 * the site's pipeline with its facts. A body is rendered again only when its digest (its
 * text and what it may link to) changed. Under `astro dev` a change to any author file
 * reads the files again and reloads every collection.
 */
export function contentLoader(root: string, key: CollectionKey): Loader {
  return {
    name: 'briefs-content',
    load: async (context: LoaderContext) => {
      const session = contentSession(root);
      session.cacheDir ??= fileURLToPath(new URL('briefs-readings/', context.config.cacheDir));
      shareStore(root, key, context.store);
      const sync = async () => syncCollection(session, key, context);
      session.resync.set(key, sync);
      await sync();
      if (context.watcher) watch(session, context);
    },
  };
}

async function syncCollection(session: ContentSession, key: CollectionKey, { store, generateDigest, config, logger }: LoaderContext) {
  const reading = session.reading(generateDigest);
  const markdown = COLLECTIONS[key].ext === '.md';
  const valid = new Map(reading.content[key].map((e) => [e.file, e]));
  const issues: ContentIssue[] = [];
  const present = new Set<string>();
  // Only what rendered and validated is stored, so an unchanged digest means a good body.
  // It covers the photos the body shows as they are on disk, so a photo replaced or
  // removed has its brief checked again.
  const digestOf = (f: SourceFile, photos: readonly PhotoRef[]) => generateDigest(JSON.stringify([textDigest(f, generateDigest), markdown ? reading.fingerprint : '', photoStamps(session.root, f, photos)]));
  const storedPhotos = (f: SourceFile) => (store.get(f.id)?.rendered?.metadata as Partial<StoredMetadata> | undefined)?.facts?.photos ?? [];
  const changed = reading.files[key].filter((f) => store.get(f.id)?.digest !== digestOf(f, storedPhotos(f)));
  for (const file of reading.files[key]) present.add(file.id);
  // Briefs have pages of their own, and feed items made from their bodies.
  const renders = markdown ? await renderAll(session.root, changed, reading, (f) => (key === 'briefs' ? briefPageUrl(f.id) : undefined)) : [];
  changed.forEach((file, i) => {
    const entry = valid.get(file.file);
    let rendered;
    let photos: PhotoRef[] = [];
    if (markdown) {
      const result = renders[i]!;
      issues.push(...result.issues);
      if (!result.rendered) return;
      const { html, slotRanges, facts, feed } = result.rendered;
      const metadata: StoredMetadata = { headings: facts.headings, facts, slotRanges, ...(feed && { feed }) };
      rendered = { html, metadata: metadata as unknown as Record<string, unknown> };
      photos = facts.photos;
    }
    // An invalid file is reported; under `astro dev` its last good version stays in the
    // store while the preview shows the problem instead of any page.
    if (!entry) return;
    const filePath = relative(fileURLToPath(config.root), join(session.root, file.file));
    store.set({ id: file.id, data: entry.data as Record<string, unknown>, filePath, digest: digestOf(file, photos), ...(rendered && { rendered }) });
  });
  for (const id of store.keys()) if (!present.has(id)) store.delete(id);
  if (markdown) logger.info(`${changed.length} of ${reading.files[key].length} bodies rendered, the others unchanged`);
  session.loaded(key, issues);
  if (session.complete()) markLoaded(session.root, session.generation);
}

/** Under `astro dev`: one watcher for the whole session; a change reads every file again and reloads each collection. */
function watch(session: ContentSession, { watcher, logger }: LoaderContext) {
  if (!watcher || session.watching) return;
  session.watching = true;
  const dirs = Object.values(COLLECTIONS).map((c) => join(session.root, c.dir));
  watcher.add(dirs);
  // A photo saved beside a brief counts too: the brief that shows it is checked again.
  const isAuthorFile = (path: string) =>
    Object.values(COLLECTIONS).some((c) => {
      const inside = relative(join(session.root, c.dir), path);
      // Any file there: one the rules refuse is reported as soon as it appears.
      return !inside.startsWith('..') && !isIgnored(inside);
    });
  let timer: NodeJS.Timeout | undefined;
  const changed = (path: string) => {
    if (!isAuthorFile(path)) return;
    // Editors write a file in several steps; wait for the last one.
    clearTimeout(timer);
    timer = setTimeout(async () => {
      session.invalidate();
      const started = performance.now();
      try {
        for (const resync of session.resync.values()) await resync();
        logger.info(`reloaded ${relative(session.root, path)} in ${Math.round(performance.now() - started)} ms`);
      } catch (error) {
        logger.error(`could not reload ${relative(session.root, path)}: ${(error as Error).message}`);
      }
    }, 30);
  };
  watcher.on('change', changed);
  watcher.on('add', changed);
  watcher.on('unlink', changed);
}
