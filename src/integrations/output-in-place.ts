import { lstatSync, mkdirSync, readdirSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Writes each build over the last one in place, then deletes what the build did not write.
 * Astro otherwise empties the output folder first, one file at a time on the build's
 * thread, and writes every page, feed and picture as a new file: tens of thousands of
 * deletions and creations where most files only get new bytes. Written in place, a page,
 * feed or picture keeps its inode, and a rebuild creates files only for new pages, the
 * search index and the table downloads it writes again. A file the build did not
 * write is one whose change time is older than the build's start (a change time cannot be
 * set back); it is deleted at the end, with any folder left empty, so the output holds
 * exactly what a build into an empty folder would. A `.git` folder is kept, as Astro keeps it.
 */
export function outputInPlaceIntegration(): AstroIntegration {
  let outDir = '';
  let started = 0n;
  return {
    name: 'briefs:output-in-place',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        // A file made inside the output, so that it is stamped by the clock that stamps what the build writes there.
        const marker = join(outDir, '.build-started');
        mkdirSync(outDir, { recursive: true });
        writeFileSync(marker, '');
        started = statSync(marker, { bigint: true }).ctimeNs;
        unlinkSync(marker);
      },
      'astro:build:done': ({ logger }) => {
        const removed = removeOlder(outDir, started);
        if (removed > 0) logger.info(`removed ${removed} files the last build wrote and this one did not`);
      },
    },
  };
}

/** Deletes the files under `dir` changed before `started` (and folders left empty); returns how many files. */
function removeOlder(dir: string, started: bigint): number {
  let removed = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === '.git') continue;
      removed += removeOlder(path, started);
      try {
        rmdirSync(path);
      } catch {
        // Not empty: it holds this build's files.
      }
    } else if ((lstatSync(path, { bigint: true, throwIfNoEntry: false })?.ctimeNs ?? started) < started) {
      unlinkSync(path);
      removed += 1;
    }
  }
  return removed;
}
