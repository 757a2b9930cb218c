// SVG to PNG at build time with resvg and the bundled Inter font (SIL Open Font Licence,
// from the @expo-google-fonts/inter package): no system fonts, so every machine draws the
// same pixels and two builds give the same bytes.
//
// Drawing and PNG encoding take tens of milliseconds a picture, and a large archive has a
// card for every brief, actor and region. So pictures are drawn in a pool of worker threads
// (tinypool) beside the build's own thread, which renders pages meanwhile (routes queue
// their pictures when the build lists its pages, with `queuePng`), and kept in a cache keyed
// by the SVG, the size, the renderer's version and the fonts: a rebuild draws only what
// changed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import Tinypool from 'tinypool';
import { CONTENT_ROOT } from '../../content-root.ts';
import { countCached, countDrawn } from '../picture-stats.ts';
import { indexedPng } from './indexed-png.ts';

/** The family name the standalone SVGs and cards ask for. */
export const PNG_FONT = 'Inter';

const require = createRequire(join(process.cwd(), 'package.json'));
const fontFiles = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((f) => require.resolve(`@expo-google-fonts/inter/${f}`));
const resvgPath = require.resolve('@resvg/resvg-js');
const RENDERER = `resvg ${(require('@resvg/resvg-js/package.json') as { version: string }).version};indexed-png 2;${fontFiles.map((f) => `${f.split('/').pop()}:${statSync(f).size}`).join(',')}`;
// Beside Astro's own cache (see astro.config.mjs), so clearing that clears this too.
const CACHE = process.env.BRIEFS_ROOT ? join(CONTENT_ROOT, '.astro-cache/briefs-png') : join(process.cwd(), 'node_modules/.astro/briefs-png');

interface Job {
  svg: string;
  width: number | undefined;
}

/** What a worker runs (an ES module, as a `data:` URL): one picture a task, drawn and encoded exactly as `drawPngHere` does. */
const WORKER = `
import { createRequire } from 'node:module';
import * as zlib from 'node:zlib';
const { Resvg } = createRequire(${JSON.stringify(resvgPath)})(${JSON.stringify(resvgPath)});
const font = { loadSystemFonts: false, fontFiles: ${JSON.stringify(fontFiles)}, defaultFontFamily: ${JSON.stringify(PNG_FONT)}, sansSerifFamily: ${JSON.stringify(PNG_FONT)} };
const indexedPng = ${indexedPng.toString()};
export default function draw({ svg, width }) {
  const start = performance.now();
  const image = new Resvg(svg, { font, ...(width !== undefined && { fitTo: { mode: 'width', value: width } }) }).render();
  const png = indexedPng(image.pixels, image.width, image.height, zlib) ?? new Uint8Array(image.asPng());
  return { png, ms: performance.now() - start };
}`;

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

/**
 * Threads that draw: BRIEFS_PICTURE_THREADS, else one per core (at most 4), beside the
 * build's own thread, which idles when a card route waits for its pictures. Measured at
 * 1,000 briefs on two shared cores: with one drawing thread the card routes waited 38 s,
 * with two 10 s.
 */
const THREADS = Math.max(1, Math.min(4, Number(process.env.BRIEFS_PICTURE_THREADS) || availableParallelism()));
let pool: Tinypool | undefined;

async function drawInWorker(job: Job): Promise<Uint8Array> {
  // Threads start with the first picture and end when idle: they never keep the build alive.
  // An idle thread waits on its message port (not on Atomics.wait, which profiles count as work).
  pool ??= new Tinypool({ filename: `data:text/javascript,${encodeURIComponent(WORKER)}`, minThreads: 0, maxThreads: THREADS, idleTimeout: 1000, useAtomics: false });
  const { png, ms } = (await pool.run(job).catch((error: unknown) => {
    throw new Error(`resvg could not draw a picture: ${error instanceof Error ? error.message : String(error)}`);
  })) as { png: Uint8Array; ms: number };
  countDrawn(ms);
  // Each picture is one task, so resvg's native memory (some 6 MB a picture, which V8 does
  // not see) is given back between tasks: measured over 1,600 cards, the threads stay within
  // 280 MiB without being replaced (replacing them every 32 pictures cost 30% more CPU).
  return png;
}

let cacheMade = false;
const inFlight = new Map<string, Promise<Uint8Array>>();

// Pictures drawn by this process: a route that queued its pictures reads them back from the
// cache when it serves them, which is no saving to report.
const drawnHere = new Set<string>();

async function drawCached(key: string, job: Job): Promise<Uint8Array> {
  const file = join(CACHE, `${key}.png`);
  if (existsSync(file)) {
    if (!drawnHere.has(key)) countCached();
    return readFileSync(file);
  }
  const png = await drawInWorker(job);
  drawnHere.add(key);
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
