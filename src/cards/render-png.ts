// SVG to PNG at build time with resvg and the bundled Inter font (SIL Open Font Licence,
// from the @expo-google-fonts/inter package): no system fonts, so every machine draws the
// same pixels and two builds give the same bytes.
//
// Drawing and PNG encoding take tens of milliseconds a picture, and a large archive has a
// card for every brief, actor and region. So pictures are drawn in worker threads, one per
// core beside the build's own thread (routes can queue their pictures ahead with
// `queuePng`), and kept in a cache keyed by the SVG, the size, the renderer's version and
// the fonts: a rebuild draws only what changed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CONTENT_ROOT } from '../content-root.ts';

/** The family name the standalone SVGs and cards ask for. */
export const PNG_FONT = 'Inter';

const require = createRequire(join(process.cwd(), 'package.json'));
const fontFiles = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((f) => require.resolve(`@expo-google-fonts/inter/${f}`));
const resvgPath = require.resolve('@resvg/resvg-js');
const RENDERER = `resvg ${(require('@resvg/resvg-js/package.json') as { version: string }).version};${fontFiles.map((f) => `${f.split('/').pop()}:${statSync(f).size}`).join(',')}`;
// Beside Astro's own cache (see astro.config.mjs), so clearing that clears this too.
const CACHE = process.env.BRIEFS_ROOT ? join(CONTENT_ROOT, '.astro-cache/briefs-png') : join(process.cwd(), 'node_modules/.astro/briefs-png');

interface Job {
  svg: string;
  width: number | undefined;
}

/** What a worker runs: one picture per message, drawn exactly as `drawPngHere` does. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvgPath);
parentPort.on('message', ({ id, svg, width }) => {
  try {
    const png = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: workerData.fontFiles, defaultFontFamily: workerData.font, sansSerifFamily: workerData.font }, ...(width !== undefined && { fitTo: { mode: 'width', value: width } }) }).render().asPng();
    parentPort.postMessage({ id, png });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});`;

/** Draws `svg` to PNG bytes on this thread, uncached (tests compare the build's files with it). */
export async function drawPngHere(svg: string, width?: number): Promise<Uint8Array> {
  const { Resvg } = (await import('@resvg/resvg-js')) as typeof import('@resvg/resvg-js');
  return new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: PNG_FONT, sansSerifFamily: PNG_FONT },
    ...(width !== undefined && { fitTo: { mode: 'width', value: width } }),
  })
    .render()
    .asPng();
}

// A small pool: jobs go to the worker with the fewest waiting; workers do not keep the build alive.
let pool: { worker: Worker; waiting: number }[] | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (png: Uint8Array) => void; reject: (error: Error) => void }>();

function workers() {
  pool ??= Array.from({ length: Math.max(1, Math.min(4, availableParallelism())) }, () => {
    const worker = new Worker(WORKER, { eval: true, workerData: { resvgPath, fontFiles, font: PNG_FONT } });
    worker.unref();
    worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
      const job = pending.get(id)!;
      pending.delete(id);
      entry.waiting -= 1;
      if (error) job.reject(new Error(`resvg could not draw a picture: ${error}`));
      else job.resolve(new Uint8Array(png!));
    });
    const entry = { worker, waiting: 0 };
    return entry;
  });
  return pool;
}

function drawInWorker({ svg, width }: Job): Promise<Uint8Array> {
  const entry = workers().reduce((a, b) => (b.waiting < a.waiting ? b : a));
  entry.waiting += 1;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    entry.worker.postMessage({ id, svg, width });
  });
}

const inFlight = new Map<string, Promise<Uint8Array>>();

async function drawCached(key: string, job: Job): Promise<Uint8Array> {
  const file = join(CACHE, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await drawInWorker(job);
  try {
    mkdirSync(CACHE, { recursive: true });
    // Written whole then renamed, so a build running beside this one never reads half a file.
    writeFileSync(`${file}.${process.pid}`, png);
    renameSync(`${file}.${process.pid}`, file);
  } catch {
    // A read-only tree still builds; it just draws every picture.
  }
  return png;
}

/** Renders `svg` to PNG bytes, `width` pixels wide (the SVG's own width when omitted). */
export function renderPng(svg: string, width?: number): Promise<Uint8Array> {
  const key = createHash('sha256').update(`${RENDERER}\n${width ?? ''}\n${svg}`).digest('hex');
  let png = inFlight.get(key);
  if (!png) {
    png = drawCached(key, { svg, width });
    inFlight.set(key, png);
    // Once written, the cache file serves it; the map only joins requests still drawing.
    void png.finally(() => inFlight.delete(key)).catch(() => undefined);
  }
  return png;
}

/** Starts drawing pictures a route will ask for, so the workers draw while the build does other work. */
export function queuePng(svgs: readonly string[]): void {
  for (const svg of svgs) void renderPng(svg).catch(() => undefined);
}
