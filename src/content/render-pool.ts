import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../lib/content-set.ts';
import type { renderFile } from './render-file.ts';
import type { SiteIndex } from '../markdown/site-index.ts';
import type { SvgDrawing } from '../lib/figures/svg-drawing.ts';

/** A body to render, as sent to a thread. */
export interface RenderJob {
  file: string;
  body: string;
  bodyLine: number;
  actors: string[];
  /** The absolute URL of the body's page, for its feed variant. */
  pageUrl?: string | undefined;
}

/** A site index as it crosses to a thread (maps and sets as lists). */
export interface PoolIndex {
  sources: [string, { title: string; publisher: string; published: string }][];
  actors: string[];
  actorNames: [string, readonly string[]][];
  regions: string[];
  publicFiles: [string, SvgDrawing | null][];
}

type Result = ReturnType<typeof renderFile>;

/**
 * Threads to render on: BRIEFS_RENDER_THREADS, else 1 (the main thread). Measured on two
 * shared cores at 1,000 briefs, two threads made the content sync slower (14–20 s against
 * 11 s): starting them and loading the pipeline in each costs more than the rendering they
 * share. A machine with idle cores may set it to their number.
 */
export const renderThreads = () => Math.max(1, Math.min(availableParallelism(), Number(process.env.BRIEFS_RENDER_THREADS ?? 1) || 1));

/** Below this many bodies, starting threads costs more than it saves. */
export const POOL_THRESHOLD = 200;

/**
 * Renders many bodies on worker threads, one per core (the main thread only waits), in batches; the results
 * come back in the order of `files`, exactly as `renderFile` gives them on the main thread.
 */
export async function renderOnThreads(
  files: readonly SourceFile[],
  actorsOf: (file: SourceFile) => string[],
  options: { index: SiteIndex; base: string; foreignDomains: readonly string[]; pageUrlOf?: (file: SourceFile) => string | undefined },
  threads = renderThreads(),
): Promise<Result[]> {
  const index: PoolIndex = {
    sources: [...options.index.sources],
    actors: [...options.index.actors],
    actorNames: [...options.index.actorNames],
    regions: [...options.index.regions],
    publicFiles: [...options.index.publicFiles],
  };
  const jobs: RenderJob[] = files.map((f) => ({ file: f.file, body: f.body, bodyLine: f.bodyLine, actors: actorsOf(f), pageUrl: options.pageUrlOf?.(f) }));
  const results: Result[] = new Array(jobs.length);
  const size = Math.ceil(jobs.length / (threads * 4));
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { index, base: options.base, foreignDomains: [...options.foreignDomains] } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let start = 0;
            const send = () => {
              if (next >= jobs.length) return resolve();
              start = next;
              next += size;
              worker.postMessage(jobs.slice(start, next));
            };
            worker.on('message', (batch: Result[]) => {
              batch.forEach((r, i) => (results[start + i] = r));
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
