// One thread of the render pool (render-pool.ts): builds the site's Markdown pipeline from
// the site index it is sent, then renders each body it is given and sends the results back.
import { parentPort, workerData } from 'node:worker_threads';
import { renderFile } from './render-file.ts';
import { createMarkdownProcessor } from '../markdown/index.ts';
import type { PoolIndex, RenderJob } from './render-pool.ts';

const { index, base, foreignDomains } = workerData as { index: PoolIndex; base: string; foreignDomains: string[] };
const processor = createMarkdownProcessor({
  index: { sources: new Map(index.sources), actors: new Set(index.actors), actorNames: new Map(index.actorNames), regions: new Set(index.regions), publicFiles: new Map(index.publicFiles) },
  base,
  foreignDomains,
});

parentPort!.on('message', (jobs: RenderJob[]) => {
  parentPort!.postMessage(jobs.map((job) => renderFile({ id: '', file: job.file, raw: { actors: job.actors }, lineOf: () => 1, body: job.body, bodyLine: job.bodyLine }, processor, job.pageUrl)));
});
