import type { APIRoute } from 'astro';
import { claimantViews } from '../../site/claimant-pages.ts';
import { getSite, names } from '../../site/site.ts';
import { claimantRecordJson } from '../../lib/export/export-claimant-record.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return Response.json(claimantRecordJson(site.claimantRecords, claimantViews(site).map((v) => v.id), names(site).claimant));
};
