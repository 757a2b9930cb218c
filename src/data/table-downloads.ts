// The CSV and JSON of every claims table, collected as the pages render them and written
// once after the build (src/integrations/table-downloads.ts): a file per table, with
// exactly the rows the page shows, without a build route per file.
import type { ClaimRecord } from '../lib/claims/index.ts';
import { claimsCsv, tableJson } from '../lib/export-data.ts';

/** A table's download files, by key. */
export type TableDownloads = Map<string, { csv: string; json: string }>;

// Shared through the process, so the integration that writes the files sees what the pages registered.
const KEY = Symbol.for('briefs.tableDownloads');
const registry = (): TableDownloads => ((globalThis as Record<symbol, TableDownloads>)[KEY] ??= new Map());

/** Records a table's rows as its download files; the same key always carries the same rows. */
export function registerTableDownload(key: string, claims: readonly ClaimRecord[], incidentOf: (claimId: string) => string | undefined): void {
  const downloads = registry();
  if (downloads.has(key)) return;
  downloads.set(key, { csv: claimsCsv(claims, incidentOf), json: JSON.stringify(tableJson(key, claims, incidentOf)) });
}

/** Every table registered so far, emptying the registry. */
export function takeTableDownloads(): TableDownloads {
  const downloads = new Map(registry());
  registry().clear();
  return downloads;
}
