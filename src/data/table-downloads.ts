// The CSV and JSON of every table with downloads, collected as the pages render them and
// written once after the build (src/integrations/table-downloads.ts): a file per table, with
// exactly the rows the page shows, without a build route per file and without the rows
// repeated inside the page.
import { createHash } from 'node:crypto';
import type { ClaimRecord } from '../lib/claims/index.ts';
import { claimsCsv, tableJson } from '../lib/export-data.ts';
import { tableFiles, type TableData } from '../lib/table-downloads.ts';
import { paths } from './paths.ts';

/** A table's download files, by key. */
export type TableDownloads = Map<string, { csv: string; json: string }>;

// Shared through the process, so the integration that writes the files sees what the pages registered.
const KEY = Symbol.for('briefs.tableDownloads');
const registry = (): TableDownloads => ((globalThis as Record<symbol, TableDownloads>)[KEY] ??= new Map());

/** Records a claims table's rows as its download files; the same key always carries the same rows. */
export function registerTableDownload(key: string, claims: readonly ClaimRecord[], incidentOf: (claimId: string) => string | undefined): void {
  const downloads = registry();
  if (downloads.has(key)) return;
  downloads.set(key, { csv: claimsCsv(claims, incidentOf), json: JSON.stringify(tableJson(key, claims, incidentOf)) });
}

/** Where a chart's data table downloads from, and the name a browser saves each file under. */
export interface ChartTableLinks {
  csv: { href: string; download: string };
  json: { href: string; download: string };
}

/**
 * The download links of a chart's data table. The files are keyed by their caption and a
 * digest of their contents, so the same rows on several pages are one file, and a build
 * writes them beside the claims tables' files. `inline` (the dev server, which writes no
 * files) puts the rows in `data:` links instead.
 */
export function chartTableLinks(table: TableData, { inline }: { inline: boolean }): ChartTableLinks {
  const { name, csv, json } = tableFiles(table);
  if (inline)
    return {
      csv: { href: `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`, download: `${name}.csv` },
      json: { href: `data:application/json;charset=utf-8,${encodeURIComponent(json)}`, download: `${name}.json` },
    };
  const key = `chart-${name.slice(0, 80)}-${createHash('sha256').update(csv).update('\0').update(json).digest('hex').slice(0, 12)}`;
  const downloads = registry();
  if (!downloads.has(key)) downloads.set(key, { csv, json });
  return { csv: { href: paths.table(key, 'csv'), download: `${name}.csv` }, json: { href: paths.table(key, 'json'), download: `${name}.json` } };
}

/** Every table registered so far, emptying the registry. */
export function takeTableDownloads(): TableDownloads {
  const downloads = new Map(registry());
  registry().clear();
  return downloads;
}
