// The CSV and JSON of every table with downloads, written as the pages render them: a file
// per table, with exactly the rows the page shows, without a build route per file, without
// the rows repeated inside the page, and without holding every table in memory until the
// build ends. Each table is written once, and each claim's row is serialised once however
// many tables list it (a claim is in its brief's, its actors', its regions', its year's and
// its incident's tables). src/integrations/table-downloads.ts opens the folder when a build
// starts and closes it when it ends; outside a build nothing is written.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClaimRecord } from '../lib/claims/index.ts';
import { CLAIM_COLUMNS, claimCells, claimTableJson } from '../lib/export-data.ts';
import { tableFiles, type TableData } from '../lib/table-downloads.ts';
import { csvLine } from '../lib/export/to-csv.ts';
import { paths } from './paths.ts';

interface Sink {
  dir: string;
  made: boolean;
  /** Keys written so far: the same key always carries the same rows. */
  written: Set<string>;
  /** Each claim's CSV line and JSON, as the first table listing it wrote them. */
  rows: WeakMap<ClaimRecord, { csv: string; json: string }>;
  /** The links of each chart table already written (a chart's table is one object however often it is printed). */
  links: WeakMap<TableData, ChartTableLinks>;
}

// Shared through the process: the integration that opens the folder and the pages that write into it are separate module graphs.
const KEY = Symbol.for('briefs.tableDownloads');
const sink = () => (globalThis as Record<symbol, Sink | undefined>)[KEY];

/** Starts writing downloads into `dir` (created on the first write, after Astro has emptied the output). */
export function openTableDownloads(dir: string): void {
  (globalThis as Record<symbol, Sink | undefined>)[KEY] = { dir, made: false, written: new Set(), rows: new WeakMap(), links: new WeakMap() };
}

/** Stops writing; returns how many tables were written since `openTableDownloads`. */
export async function closeTableDownloads(): Promise<number> {
  const open = sink();
  (globalThis as Record<symbol, Sink | undefined>)[KEY] = undefined;
  return open?.written.size ?? 0;
}

// Written at once: thousands of small files cost less CPU as one call each than as the
// open, write and close of a promised write (and the page's render waits on neither).
function write(open: Sink, key: string, csv: string, json: string): void {
  open.written.add(key);
  if (!open.made) open.made = (mkdirSync(open.dir, { recursive: true }), true);
  writeFileSync(join(open.dir, `${key}.csv`), csv);
  writeFileSync(join(open.dir, `${key}.json`), json);
}

const CLAIMS_HEADER = csvLine(CLAIM_COLUMNS.map((c) => c.name));

/**
 * Writes a claims table's rows as its download files: the same bytes as `claimsCsv` and
 * `tableJson` give (`/data/tables/KEY.csv` and `.json` under `astro dev`). The same key
 * always carries the same rows.
 */
export function registerTableDownload(key: string, claims: readonly ClaimRecord[], incidentOf: (claimId: string) => string | undefined): void {
  const open = sink();
  if (!open || open.written.has(key)) return;
  const rows = claims.map((c) => {
    let row = open.rows.get(c);
    if (!row) open.rows.set(c, (row = { csv: csvLine(claimCells(c, incidentOf)), json: JSON.stringify(claimTableJson(c, incidentOf)) }));
    return row;
  });
  const csv = `${[CLAIMS_HEADER, ...rows.map((r) => r.csv)].join('\r\n')}\r\n`;
  write(open, key, csv, `{"table":${JSON.stringify(key)},"claims":[${rows.map((r) => r.json).join(',')}]}`);
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
  const open = inline ? undefined : sink();
  const known = open?.links.get(table);
  if (known) return known;
  const { name, csv, json } = tableFiles(table);
  if (inline)
    return {
      csv: { href: `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`, download: `${name}.csv` },
      json: { href: `data:application/json;charset=utf-8,${encodeURIComponent(json)}`, download: `${name}.json` },
    };
  const key = `chart-${name.slice(0, 80)}-${createHash('sha256').update(csv).update('\0').update(json).digest('hex').slice(0, 12)}`;
  if (open && !open.written.has(key)) write(open, key, csv, json);
  const links = { csv: { href: paths.table(key, 'csv'), download: `${name}.csv` }, json: { href: paths.table(key, 'json'), download: `${name}.json` } };
  open?.links.set(table, links);
  return links;
}
