// A digest of source code and settings, for caches that must not outlive the code that filled
// them: the page cache (src/site/page-store.ts) and the kept readings of author files
// (src/content/reading-cache.ts).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A digest of the files and folders in `inputs` (by name; a missing one counts as missing)
 * but tests (`skip`), and of `settings` (configuration and environment that change output).
 */
export function codeFingerprint(inputs: Record<string, string>, settings: Record<string, unknown>, skip = /\.test\.ts$/): string {
  const hash = createHash('sha1').update(JSON.stringify(settings));
  for (const [name, full] of Object.entries(inputs)) {
    if (!existsSync(full)) {
      hash.update(`\0missing ${name}`);
      continue;
    }
    const files = statSync(full).isDirectory()
      ? (readdirSync(full, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => !skip.test(f) && statSync(join(full, f)).isFile()).sort()
      : [''];
    for (const file of files) hash.update(`\0${name}/${file}\0`).update(readFileSync(join(full, file)));
  }
  return hash.digest('base64url');
}
