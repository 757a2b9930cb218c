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
import * as zlib from 'node:zlib';
import { CONTENT_ROOT } from '../../content-root.ts';
import { indexedPng } from './indexed-png.ts';

/** The family name the standalone SVGs and cards ask for. */
export const PNG_FONT = 'Inter';

const require = createRequire(join(process.cwd(), 'package.json'));
const fontFiles = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((f) => require.resolve(`@expo-google-fonts/inter/${f}`));
const resvgPath = require.resolve('@resvg/resvg-js');
const RENDERER = `resvg ${(require('@resvg/resvg-js/package.json') as { version: string }).version};indexed-png 1;${fontFiles.map((f) => `${f.split('/').pop()}:${statSync(f).size}`).join(',')}`;
// Beside Astro's own cache (see astro.config.mjs), so clearing that clears this too.
const CACHE = process.env.BRIEFS_ROOT ? join(CONTENT_ROOT, '.astro-cache/briefs-png') : join(process.cwd(), 'node_modules/.astro/briefs-png');

interface Job {
  svg: string;
  width: number | undefined;
}

/** What a worker runs: one picture per message, drawn and encoded exactly as `drawPngHere` does. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const zlib = require('node:zlib');
const { Resvg } = require(workerData.resvgPath);
const indexedPng = ${indexedPng.toString()};
parentPort.on('message', ({ id, svg, width }) => {
  try {
    const image = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: workerData.fontFiles, defaultFontFamily: workerData.font, sansSerifFamily: workerData.font }, ...(width !== undefined && { fitTo: { mode: 'width', value: width } }) }).render();
    const png = indexedPng(image.pixels, image.width, image.height, zlib) ?? image.asPng();
    parentPort.postMessage({ id, png });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});`;

/** Draws `svg` to PNG bytes on this thread, uncached (tests compare the build's files with it). */
export async function drawPngHere(svg: string, width?: number): Promise<Uint8Array> {
  const { Resvg } = (await import('@resvg/resvg-js')) as typeof import('@resvg/resvg-js');
  const image = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: PNG_FONT, sansSerifFamily: PNG_FONT },
    ...(width !== undefined && { fitTo: { mode: 'width', value: width } }),
  }).render();
  // A picture with few colours (a card) as indexed colour; any other as resvg encodes it.
  return indexedPng(image.pixels, image.width, image.height, zlib) ?? image.asPng();
}

// A small pool: one worker per core (at most 4), each given two pictures at a time from a
// queue; workers do not keep the build alive. resvg's native memory (a few megabytes a
// picture) is only given back when its thread ends, so each worker retires after a batch of
// pictures and a fresh one takes its place.
const BATCH = 32;
const SIZE = Math.max(1, Math.min(4, availableParallelism()));
interface PoolWorker {
  worker: Worker;
  waiting: number;
  sent: number;
}
interface Queued extends Job {
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
}
let pool: PoolWorker[] = [];
const queue: Queued[] = [];
const pending = new Map<number, Queued>();
let nextId = 0;

function spawn(): PoolWorker {
  const entry: PoolWorker = { worker: new Worker(WORKER, { eval: true, workerData: { resvgPath, fontFiles, font: PNG_FONT } }), waiting: 0, sent: 0 };
  entry.worker.unref();
  entry.worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
    const job = pending.get(id)!;
    pending.delete(id);
    entry.waiting -= 1;
    if (entry.sent >= BATCH && entry.waiting === 0) void entry.worker.terminate();
    if (error) job.reject(new Error(`resvg could not draw a picture: ${error}`));
    else job.resolve(new Uint8Array(png!));
    pump();
  });
  return entry;
}

function pump() {
  pool = pool.filter((w) => w.sent < BATCH);
  while (pool.length < SIZE && queue.length > 0) pool.push(spawn());
  for (const entry of pool) {
    while (entry.waiting < 2 && entry.sent < BATCH && queue.length > 0) {
      const job = queue.shift()!;
      const id = nextId++;
      pending.set(id, job);
      entry.waiting += 1;
      entry.sent += 1;
      entry.worker.postMessage({ id, svg: job.svg, width: job.width });
    }
  }
  if (queue.length > 0 && pool.some((w) => w.sent >= BATCH)) pump();
}

function drawInWorker(job: Job): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    queue.push({ ...job, resolve, reject });
    pump();
  });
}

let cacheMade = false;
const inFlight = new Map<string, Promise<Uint8Array>>();

async function drawCached(key: string, job: Job): Promise<Uint8Array> {
  const file = join(CACHE, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await drawInWorker(job);
  try {
    // Made once per build, not once a picture.
    cacheMade ||= (mkdirSync(CACHE, { recursive: true }), true);
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
