// The CSV and JSON of every table with downloads, written as the pages render them: a file
// per table, with exactly the rows the page shows, without a build route per file, without
// the rows repeated inside the page, and without holding every table in memory until the
// build ends. src/integrations/table-downloads.ts opens the folder when a build starts and
// waits for the last writes when it ends; outside a build nothing is written.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { copyFile, link, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClaimRecord } from '../lib/claims/index.ts';
import { claimsCsv, tableJson } from '../lib/export-data.ts';
import { tableFiles, type TableData } from '../lib/table-downloads.ts';
import { paths } from './paths.ts';
import { noteOutput } from './page-reads.ts';
import { pageStore } from './page-store.ts';

interface Sink {
  dir: string;
  made: boolean;
  /** Keys written so far: the same key always carries the same rows. */
  written: Set<string>;
  pending: Promise<void>[];
}

// Shared through the process: the integration that opens the folder and the pages that write into it are separate module graphs.
const KEY = Symbol.for('briefs.tableDownloads');
const sink = () => (globalThis as Record<symbol, Sink | undefined>)[KEY];

/** Starts writing downloads into `dir` (created on the first write, after Astro has emptied the output). */
export function openTableDownloads(dir: string): void {
  (globalThis as Record<symbol, Sink | undefined>)[KEY] = { dir, made: false, written: new Set(), pending: [] };
}

/** Waits for every download written since `openTableDownloads`, and stops writing; returns how many tables were written. */
export async function closeTableDownloads(): Promise<number> {
  const open = sink();
  (globalThis as Record<symbol, Sink | undefined>)[KEY] = undefined;
  if (!open) return 0;
  await Promise.all(open.pending);
  return open.written.size;
}

function write(key: string, files: () => { csv: string; json: string }): void {
  const open = sink();
  if (!open) return;
  // A page served from the page cache next time writes its tables from the cache's copies.
  noteOutput('table', key);
  if (open.written.has(key)) return;
  open.written.add(key);
  if (!open.made) open.made = (mkdirSync(open.dir, { recursive: true }), true);
  const { csv, json } = files();
  const kept = keptTablesDir();
  for (const [ext, text] of [['csv', csv], ['json', json]] as const) {
    const file = join(open.dir, `${key}.${ext}`);
    open.pending.push(writeFile(file, text).then(() => (kept ? linkOrCopy(file, join(kept, `${key}.${ext}`)) : undefined)));
  }
}

/** Makes `to` the file `from`: a hard link (no bytes copied), or a copy across file systems. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  // A file already at `to` may be `from` itself, linked by an earlier build: never copied onto.
  await rm(to, { force: true });
  await link(from, to).catch(() => copyFile(from, to));
}

const madeKept = new Set<string>();
/** Where the page cache keeps a copy of each table's files, made on first use. */
function keptTablesDir(): string | undefined {
  const store = pageStore();
  if (!store) return undefined;
  const dir = join(store.dir, 'tables');
  if (!madeKept.has(dir)) madeKept.add((mkdirSync(dir, { recursive: true }), dir));
  return dir;
}

/** Writes the files of table `key` again from the page cache's copies (for a page served from the cache): false when they are not there. */
export function restoreTableDownload(key: string): boolean {
  const open = sink();
  const kept = keptTablesDir();
  if (!open || open.written.has(key)) return true;
  if (!kept || !existsSync(join(kept, `${key}.csv`)) || !existsSync(join(kept, `${key}.json`))) return false;
  open.written.add(key);
  if (!open.made) open.made = (mkdirSync(open.dir, { recursive: true }), true);
  for (const ext of ['csv', 'json']) open.pending.push(linkOrCopy(join(kept, `${key}.${ext}`), join(open.dir, `${key}.${ext}`)));
  return true;
}

/** Writes a claims table's rows as its download files; the same key always carries the same rows. */
export function registerTableDownload(key: string, claims: readonly ClaimRecord[], incidentOf: (claimId: string) => string | undefined): void {
  write(key, () => ({ csv: claimsCsv(claims, incidentOf), json: JSON.stringify(tableJson(key, claims, incidentOf)) }));
}

/** Where a chart's data table downloads from, and the name a browser saves each file under. */
export interface ChartTableLinks {
  csv: { href: string; download: string };
  json: { href: string; download: string };
}

/**
 * The download links of a chart's data table. The files are keyed by their caption and a
 * digest of their contents, so the same rows on several pages are one file, written beside
 * the claims tables' files. `inline` (the dev server, which writes no files) puts the rows
 * in `data:` links instead.
 */
export function chartTableLinks(table: TableData, { inline }: { inline: boolean }): ChartTableLinks {
  const { name, csv, json } = tableFiles(table);
  if (inline)
    return {
      csv: { href: `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`, download: `${name}.csv` },
      json: { href: `data:application/json;charset=utf-8,${encodeURIComponent(json)}`, download: `${name}.json` },
    };
  const key = `chart-${name.slice(0, 80)}-${createHash('sha256').update(csv).update('\0').update(json).digest('hex').slice(0, 12)}`;
  write(key, () => ({ csv, json }));
  return { csv: { href: paths.table(key, 'csv'), download: `${name}.csv` }, json: { href: paths.table(key, 'json'), download: `${name}.json` } };
}
