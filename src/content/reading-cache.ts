// Each author file's reading, kept by a digest of its path and bytes: in memory, so a save
// reads again only the file saved, and on disk (one small file each, under a digest of the
// code that reads them), so a warm start of the live preview or a warm build parses only
// the files changed since the last run instead of every file's YAML. Reading a file is a
// pure function of its path and bytes, so a kept reading is exactly what reading it again
// would give; the checks between files still run on every reading.
import { createHash } from 'node:crypto';
import { codeFingerprint } from './code-fingerprint.ts';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { ContentIssue } from '../lib/check/content-issue.ts';
import type { SourceFile } from '../lib/check/content-set.ts';
import type { ParsedFile } from './read-file.ts';

/** A file's reading as it is kept on disk: everything but `lineOf`, which needs the parsed YAML. */
interface KeptReading {
  file?: Omit<SourceFile, 'lineOf'>;
  data?: unknown;
  valid: boolean;
  issues: ContentIssue[];
}

const keep = ({ file, entry, issues }: ParsedFile<unknown>): KeptReading => ({
  valid: entry !== undefined,
  issues,
  ...(file && { file: { id: file.id, file: file.file, raw: file.raw, body: file.body, bodyLine: file.bodyLine } }),
  ...(entry && { data: entry.data }),
});

/**
 * A kept reading as the check uses it; `reread` parses the file again, only when a message
 * asks where a field stands (most readings never need a line number).
 */
function revive(kept: KeptReading, reread: () => ParsedFile<unknown>): ParsedFile<unknown> {
  let again: SourceFile | undefined;
  const lineOf: SourceFile['lineOf'] = (path) => (again ??= reread().file!).lineOf(path);
  const file = kept.file && { ...kept.file, lineOf };
  return { ...(file && { file }), ...(file && kept.valid && { entry: { ...file, data: kept.data } }), issues: kept.issues };
}

/** The code a file's reading depends on: the reader, the schemas, the pure helpers they use and the libraries (the lock file). */
function readerCode(): string {
  const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));
  return codeFingerprint({ content: at('./'), schema: at('../schema/'), lib: at('../lib/'), lock: at('../../package-lock.json') }, { node: process.version });
}

/**
 * What changes whenever a file's bytes change: its inode, size, and modification and change
 * times to the nanosecond (the change time cannot be set back, so a tool that restores
 * the modification time still changes the stamp). Undefined when the file cannot be seen.
 */
export function fileStamp(path: string): string | undefined {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch {
    return undefined;
  }
}

/** Each author file's last reading, by a digest of its path and bytes. */
export class ReadingCache {
  readonly #memory = new Map<string, { hash: string; stamp: string | undefined; parsed: ParsedFile<unknown> }>();
  /** Where readings are kept between runs, one file each; none when undefined. */
  readonly #dir: string | undefined;
  /** The kept readings on disk when this process started, until the first reading has used them. */
  #unused: Set<string> | undefined;

  /** `folder`: where to keep the readings between runs (Astro's cache folder), or none. */
  constructor(folder?: string) {
    if (!folder) return;
    const code = readerCode();
    this.#dir = join(folder, code);
    try {
      mkdirSync(this.#dir, { recursive: true });
      // Readings made by other code are never used again.
      for (const other of readdirSync(folder)) if (other !== code) rmSync(join(folder, other), { recursive: true, force: true });
      this.#unused = new Set(readdirSync(this.#dir));
    } catch {
      this.#dir = undefined;
    }
  }

  /**
   * The reading of `file` made by this process, when the file's `stamp` (from `fileStamp`)
   * is the one it had then: a save under the live preview reads again only the file saved.
   */
  unchanged(file: string, stamp: string): ParsedFile<unknown> | undefined {
    const known = this.#memory.get(file);
    return known?.stamp === stamp ? known.parsed : undefined;
  }

  /** The reading of `file` with these bytes (which had `stamp`): kept, or made by `parse` and kept. */
  read(file: string, bytes: Uint8Array, parse: () => ParsedFile<unknown>, stamp?: string): ParsedFile<unknown> {
    const hash = createHash('sha1').update(file).update('\0').update(bytes).digest('base64url');
    const known = this.#memory.get(file);
    if (known?.hash === hash) {
      known.stamp = stamp;
      return known.parsed;
    }
    let parsed: ParsedFile<unknown> | undefined;
    if (this.#dir) {
      try {
        if (this.#unused?.delete(hash) !== false) {
          const kept = deserialize(readFileSync(join(this.#dir, hash))) as KeptReading | undefined;
          if (Array.isArray(kept?.issues)) parsed = revive(kept, parse);
        }
      } catch {
        // Not kept (or unreadable): read it.
      }
    }
    if (!parsed) {
      parsed = parse();
      if (this.#dir) {
        try {
          // Written whole, then renamed: another process never reads half a reading.
          const temp = join(this.#dir, `${hash}.${process.pid}.tmp`);
          writeFileSync(temp, serialize(keep(parsed)));
          renameSync(temp, join(this.#dir, hash));
        } catch {
          // A reading that cannot be kept is only read again next time.
        }
      }
    }
    this.#memory.set(file, { hash, stamp, parsed });
    return parsed;
  }

  /** Forgets the files not on disk any more; after the first reading, the kept readings no file has now. */
  keepOnly(onDisk: ReadonlySet<string>): void {
    for (const file of [...this.#memory.keys()]) if (!onDisk.has(file)) this.#memory.delete(file);
    if (!this.#dir || !this.#unused) return;
    for (const stale of this.#unused) rmSync(join(this.#dir, stale), { force: true });
    this.#unused = undefined;
  }
}
