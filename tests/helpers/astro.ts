import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

/** Runs the Astro CLI of this project with the Node that runs the tests; `env` adds variables. */
export function astro(args: string[], env: Record<string, string> = {}) {
  // Vitest sets NODE_ENV=test and Vite's BASE_URL, MODE, DEV, PROD and SSR in the
  // environment; the build must not inherit them.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(k) && !k.startsWith('VITEST')));
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), ...args], {
    cwd: ROOT,
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}\n${result.stderr}` };
}
