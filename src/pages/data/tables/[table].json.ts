import type { APIRoute, GetStaticPaths } from 'astro';
import { allClaimTables, type ClaimTable } from '../../../site/claim-tables.ts';
import { getSite } from '../../../site/site.ts';
import { tableJson } from '../../../lib/export/export-data.ts';

// Served by this route under `astro dev` only; a production build writes these files
// as its pages render the tables (src/site/table-downloads.ts).
export const getStaticPaths = (async () => (import.meta.env.DEV ? allClaimTables(await getSite()).map((table) => ({ params: { table: table.key }, props: { table } })) : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const site = await getSite();
  const { table } = props as { table: ClaimTable };
  return Response.json(tableJson(table.key, table.claims, (id) => site.incidentOfClaim.get(id)));
};
