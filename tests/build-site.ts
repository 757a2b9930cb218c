// Vitest global setup: one production build of the starter content, shared by every
// site-level test (they read `dist/`). BRIEFS_REUSE_BUILD=1 reuses an existing build.
import { existsSync } from 'node:fs';
import { astro } from './helpers/astro.ts';

export default function setup() {
  if (process.env.BRIEFS_REUSE_BUILD === '1' && existsSync('dist/index.html')) return;
  const result = astro(['build']);
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
}
