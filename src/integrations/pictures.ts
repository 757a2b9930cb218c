import type { AstroIntegration } from 'astro';
import { describePictureStats, takePictureStats } from '../render/picture-stats.ts';

/** Logs what the build's pictures (cards, chart PNGs) cost, when it ends: `npm run bench` reports it. */
export function picturesIntegration(): AstroIntegration {
  return {
    name: 'briefs:pictures',
    hooks: {
      'astro:build:start': () => void takePictureStats(),
      'astro:build:done': ({ logger }) => logger.info(describePictureStats(takePictureStats())),
    },
  };
}
