// What a build's pictures cost: how many resvg drew, how many came from the picture cache,
// and the time spent drawing them. Shared through the process, as the pages that draw and
// the integration that reports (src/integrations/pictures.ts) are separate module graphs.

export interface PictureStats {
  drawn: number;
  cached: number;
  /** Time inside the drawing threads, all pictures together. */
  drawMs: number;
}

const KEY = Symbol.for('briefs.pictureStats');
const store = globalThis as Record<symbol, PictureStats | undefined>;
const stats = () => (store[KEY] ??= { drawn: 0, cached: 0, drawMs: 0 });

/** Counts a picture drawn in `ms` of a drawing thread's time. */
export function countDrawn(ms: number): void {
  const s = stats();
  s.drawn += 1;
  s.drawMs += ms;
}

/** Counts a picture read from the cache. */
export function countCached(): void {
  stats().cached += 1;
}

/** The figures since the last call, which starts counting anew. */
export function takePictureStats(): PictureStats {
  const s = stats();
  store[KEY] = undefined;
  return s;
}

/** The build log's line: "drew 1451 pictures (12 from the cache) in 30.5 s of drawing threads, 21.0 ms each" (bench/phases.ts reads it). */
export const describePictureStats = ({ drawn, cached, drawMs }: PictureStats): string =>
  `drew ${drawn} pictures (${cached} from the cache) in ${(drawMs / 1000).toFixed(1)} s of drawing threads${drawn > 0 ? `, ${(drawMs / drawn).toFixed(1)} ms each` : ''}`;
