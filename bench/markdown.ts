// `node bench/markdown.ts [--briefs N]`: renders the bodies of the synthetic corpus
// (`npm run bench:corpus -- --briefs N` writes it) three ways, in one process, and prints
// the time each took: the site's own pipeline (as the loader runs it), Astro's unified()
// processor with its defaults (GFM, retext smart quotes, rehype-raw), and that processor
// with smart quotes off. Each is warmed up on the first 50 bodies, then timed on all, in
// CPU seconds (and wall seconds).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createMarkdownProcessor as astroProcessor } from '@astrojs/markdown-remark';
import matter from 'gray-matter';
import { readContent } from '../src/content/read-content.ts';
import { processorFor, renderFile } from '../src/content/render-file.ts';
import { defaultCorpusDir } from './corpus.ts';

const { values } = parseArgs({ options: { briefs: { type: 'string', default: '1000' }, root: { type: 'string' } } });
const root = values.root ?? defaultCorpusDir(Number(values.briefs));
const dir = join(root, 'content/briefs');
const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.md')).sort();
const bodies = names.map((n) => matter(readFileSync(join(dir, n), 'utf8')).content);

const { files, publicFiles } = readContent(root);
const ours = processorFor(files, publicFiles);
const astro = await astroProcessor();
const astroNoQuotes = await astroProcessor({ smartypants: false });

async function time(name: string, render: (body: string, i: number) => unknown) {
  for (let i = 0; i < Math.min(50, bodies.length); i++) await render(bodies[i]!, i);
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < bodies.length; i++) await render(bodies[i]!, i);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  // CPU time is what other processes on a shared machine disturb least.
  const cpuMs = (used.user + used.system) / 1000;
  console.log(`${name.padEnd(44)} ${(cpuMs / 1000).toFixed(2).padStart(6)} s CPU  ${(cpuMs / bodies.length).toFixed(2).padStart(6)} ms/brief  (${(ms / 1000).toFixed(2)} s wall)`);
  return cpuMs;
}

console.log(`${bodies.length} brief bodies from ${root}, node ${process.version}\n`);
const own = await time('site pipeline (parse, check, render, sanitise)', (_, i) => {
  const file = files.briefs[i]!;
  const result = renderFile(file, ours);
  if (!result.rendered) throw new Error(`${file.file}: ${result.issues[0]?.message}`);
});
const defaults = await time('Astro unified() defaults', (body) => astro.render(body));
await time('Astro unified() without smart quotes', (body) => astroNoQuotes.render(body));
console.log(`\nsite pipeline / Astro defaults (CPU): ${(own / defaults).toFixed(2)}×`);
