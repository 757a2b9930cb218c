import type { APIRoute, GetStaticPaths } from 'astro';
import { allClaimTables, type ClaimTable } from '../../../data/claim-tables.ts';
import { getSite } from '../../../data/site.ts';
import { layerOf } from '../../../lib/claims/index.ts';

export const getStaticPaths = (async () => allClaimTables(await getSite()).map((table) => ({ params: { table: table.key }, props: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const site = await getSite();
  const { table } = props as { table: ClaimTable };
  return Response.json({ table: table.key, claims: table.claims.map((c) => ({ ...c, incident: site.incidentOfClaim.get(c.id) ?? null, layer: layerOf(c) ?? 'discounted' })) });
};
