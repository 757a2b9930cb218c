import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE } from '../site.config.ts';
import { checkReferences } from '../lib/check-references.ts';
import type { ContentIssue } from '../lib/content-issue.ts';
import type { CollectionKey } from '../lib/content-set.ts';
import type { MarkdownProcessor } from '../markdown/index.ts';
import { COLLECTIONS, readContent, type ContentReading } from '../content/read-content.ts';
import { ReadingCache } from '../content/reading-cache.ts';
import { briefHistoryIssues, duplicateIncidents } from '../content/validate-content.ts';
import { processorFor, siteIndexOf } from '../content/render-file.ts';

/** One reading of every author file, shared by the five collections' loaders. */
export interface Reading extends ContentReading {
  /** Problems in single files and between files (render problems come per collection). */
  checked: ContentIssue[];
  processor: MarkdownProcessor;
  /** What every body's rendering depends on besides its own text: the ids and names it may link. */
  fingerprint: string;
}

/** Where the check of one reading stands: which collections have been loaded, with what problems. */
export interface Report {
  generation: number;
  loaded: Set<CollectionKey>;
  issues: ContentIssue[];
}

/**
 * State shared between the loaders (one per collection), the integration that reports
 * problems and the dev server. Astro loads `astro.config.mjs` and `content.config.ts`
 * as separate module graphs, so it lives on `globalThis`, under one key per content root.
 */
export class ContentSession {
  readonly root: string;
  generation = 0;
  #reading: Reading | undefined;
  #pipeline: string | undefined;
  /** Each file's last reading, by a digest of its bytes: a save reads again only the file saved. */
  #files: ReadingCache | undefined;
  /**
   * Where the readings are kept between runs (in Astro's cache folder), set by the loader:
   * a warm start reads again only the files changed since the last run.
   */
  cacheDir: string | undefined;
  report: Report = { generation: 0, loaded: new Set(), issues: [] };
  /** Called when every collection of a reading has been loaded (the dev server listens). */
  readonly listeners = new Set<(report: Report) => void>();
  /** Each loader's way to load its collection again after a change. */
  readonly resync = new Map<CollectionKey, () => Promise<void>>();
  watching = false;

  constructor(root: string) {
    this.root = root;
  }

  /** The current reading, made once per generation. */
  reading(digest: (value: string) => string): Reading {
    if (this.#reading) return this.#reading;
    const reading = readContent(this.root, (this.#files ??= new ReadingCache(this.cacheDir)));
    const checked = [...reading.issues, ...checkReferences(reading.files), ...briefHistoryIssues(this.root, reading.files), ...duplicateIncidents(reading.content)];
    const index = siteIndexOf(reading.files, reading.publicFiles);
    this.#pipeline ??= pipelineSource();
    const fingerprint = digest(JSON.stringify({ pipeline: this.#pipeline, sources: [...index.sources], names: [...index.actorNames], regions: [...index.regions], publicFiles: [...index.publicFiles] }));
    this.#reading = { ...reading, checked, processor: processorFor(reading.files, reading.publicFiles), fingerprint };
    this.report = { generation: this.generation, loaded: new Set(), issues: [...checked] };
    return this.#reading;
  }

  /** Forgets the reading after a file changed; the next `reading()` reads again. */
  invalidate(): void {
    this.#reading = undefined;
    this.generation += 1;
  }

  /** Records that a collection is loaded, with its render problems; tells listeners once all are. */
  loaded(key: CollectionKey, issues: ContentIssue[]): void {
    this.report.issues.push(...issues);
    this.report.loaded.add(key);
    if (this.complete()) for (const listener of this.listeners) listener(this.report);
  }

  /** Whether every collection of the current reading has been loaded. */
  complete(): boolean {
    return Object.keys(COLLECTIONS).every((k) => this.report.loaded.has(k as CollectionKey));
  }
}

/** The pipeline's own code and settings: a change to a plugin renders every body again. */
function pipelineSource(): string {
  const dirs = ['../markdown/', '../lib/'].map((d) => fileURLToPath(new URL(d, import.meta.url)));
  // Its folders too: the feed variant's helpers are in lib/feeds/.
  const code = dirs.flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).sort().map((n) => readFileSync(join(dir, n), 'utf8')));
  return JSON.stringify([SITE.url, SITE.base, SITE.foreignDomains, code]);
}

const KEY = Symbol.for('briefs.content-session');
type Sessions = Map<string, ContentSession>;

/** The session for a content root, shared by every module graph of this process. */
export function contentSession(root: string): ContentSession {
  const sessions: Sessions = ((globalThis as Record<symbol, unknown>)[KEY] as Sessions | undefined) ?? new Map();
  (globalThis as Record<symbol, unknown>)[KEY] = sessions;
  let session = sessions.get(root);
  if (!session) sessions.set(root, (session = new ContentSession(root)));
  return session;
}
