// The CSV and JSON of every table with downloads, written as the pages render them: a file
// per table, with exactly the rows the page shows, without a build route per file, without
// the rows repeated inside the page, and without holding every table in memory until the
// build ends. Each table is written once, and each claim's row is serialised once however
// many tables list it (a claim is in its brief's, its actors', its regions', its year's and
// its incident's tables). src/integrations/table-downloads.ts opens the folder when a build
// starts and closes it when it ends; outside a build nothing is written.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { copyFile, link, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClaimRecord } from '../lib/claims/index.ts';
import { CLAIM_COLUMNS, claimCells, claimTableJson } from '../lib/export/export-data.ts';
import { tableFiles, type TableData } from '../lib/export/table-downloads.ts';
import { csvLine } from '../lib/export/to-csv.ts';
import type { TableLinks } from '../charts/svg/frame.ts';
import { paths } from './paths.ts';
import { BackgroundWrites } from './background-writes.ts';
import { noteOutput } from './page-reads.ts';
import { pageStore } from './page-store.ts';

interface Sink {
  dir: string;
  made: boolean;
  /** Keys written so far: the same key always carries the same rows. */
  written: Set<string>;
  /** Each claim's CSV line and JSON, as the first table listing it wrote them. */
  rows: WeakMap<ClaimRecord, { incident: string | undefined; csv: string; json: string }>;
  /** The links of each chart table already written (a chart's table is one object however often it is printed). */
  links: WeakMap<TableData, TableLinks>;
  writing: BackgroundWrites;
}

// Shared through the process: the integration that opens the folder and the pages that write into it are separate module graphs.
const KEY = Symbol.for('briefs.tableDownloads');
const sink = () => (globalThis as Record<symbol, Sink | undefined>)[KEY];

/** Starts writing downloads into `dir` (created on the first write). */
export function openTableDownloads(dir: string): void {
  (globalThis as Record<symbol, Sink | undefined>)[KEY] = { dir, made: false, written: new Set(), rows: new WeakMap(), links: new WeakMap(), writing: new BackgroundWrites() };
}

/** Stops writing once every file is written; returns how many tables were written since `openTableDownloads`. */
export async function closeTableDownloads(): Promise<number> {
  const open = sink();
  (globalThis as Record<symbol, Sink | undefined>)[KEY] = undefined;
  await open?.writing.settled();
  return open?.written.size ?? 0;
}

/** Creates the downloads' folder on the first write, after the build has started writing. */
function madeOnce(open: Sink): void {
  if (!open.made) open.made = (mkdirSync(open.dir, { recursive: true }), true);
}

// Written in the background; `closeTableDownloads` waits for the files.
function write(open: Sink, key: string, csv: string, json: string): void {
  open.written.add(key);
  madeOnce(open);
  const kept = keptTablesDir();
  for (const [ext, text] of [['csv', csv], ['json', json]] as const) {
    const file = join(open.dir, `${key}.${ext}`);
    // A new file, never written through: the last build's file may be the page cache's copy
    // (hard-linked), which the pages it serves next time restore (restoreTableDownload).
    open.writing.add(
      rm(file, { force: true })
        .then(() => writeFile(file, text))
        .then(() => (kept ? linkOrCopy(file, join(kept, `${key}.${ext}`)) : undefined)),
    );
  }
}

/** Makes `to` the file `from`: a hard link (no bytes copied), or a copy across file systems. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  // A file already at `to` may be `from` itself, linked by an earlier build: never copied onto.
  await rm(to, { force: true });
  await link(from, to).catch(() => copyFile(from, to));
}

const madeKept = new Set<string>();
/** Where the page cache keeps the tables' files, made on first use. */
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
  madeOnce(open);
  for (const ext of ['csv', 'json']) open.writing.add(linkOrCopy(join(kept, `${key}.${ext}`), join(open.dir, `${key}.${ext}`)));
  return true;
}

const CLAIMS_HEADER = csvLine(CLAIM_COLUMNS.map((c) => c.name));

/**
 * Writes a claims table's rows as its download files: the same bytes as `claimsCsv` and
 * `tableJson` give (`/data/tables/KEY.csv` and `.json` under `astro dev`). The same key
 * always carries the same rows.
 */
export function registerTableDownload(key: string, claims: readonly ClaimRecord[], incidentOf: (claimId: string) => string | undefined): void {
  const open = sink();
  if (!open) return;
  // A page served from the page cache next time writes its tables from the cache's copies.
  noteOutput('table', key);
  if (open.written.has(key)) return;
  const rows = claims.map((c) => {
    // Asked of every row, so that each page listing the claim (its rows shown or only in the
    // download) is kept under its incident, and written again when that changes.
    const incident = incidentOf(c.id);
    let row = open.rows.get(c);
    if (!row || row.incident !== incident) open.rows.set(c, (row = { incident, csv: csvLine(claimCells(c, incidentOf)), json: JSON.stringify(claimTableJson(c, incidentOf)) }));
    return row;
  });
  const csv = `${[CLAIMS_HEADER, ...rows.map((r) => r.csv)].join('\r\n')}\r\n`;
  write(open, key, csv, `{"table":${JSON.stringify(key)},"claims":[${rows.map((r) => r.json).join(',')}]}`);
}

const chartTableKeys = new WeakMap<TableLinks, string>();

/**
 * The download links of a chart's data table. The files are keyed by their caption and a
 * digest of their contents, so the same rows on several pages are one file, written beside
 * the claims tables' files. `inline` (the dev server, which writes no files) puts the rows
 * in `data:` links instead.
 */
export function chartTableLinks(table: TableData, { inline }: { inline: boolean }): TableLinks {
  const open = inline ? undefined : sink();
  const known = open?.links.get(table);
  if (known) {
    noteOutput('table', chartTableKeys.get(known)!);
    return known;
  }
  const { name, csv, json } = tableFiles(table);
  if (inline)
    return {
      csv: { href: `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`, download: `${name}.csv` },
      json: { href: `data:application/json;charset=utf-8,${encodeURIComponent(json)}`, download: `${name}.json` },
    };
  const key = `chart-${name.slice(0, 80)}-${createHash('sha256').update(csv).update('\0').update(json).digest('hex').slice(0, 12)}`;
  if (open) noteOutput('table', key);
  if (open && !open.written.has(key)) write(open, key, csv, json);
  const links = { csv: { href: paths.table(key, 'csv'), download: `${name}.csv` }, json: { href: paths.table(key, 'json'), download: `${name}.json` } };
  open?.links.set(table, links);
  chartTableKeys.set(links, key);
  return links;
}
