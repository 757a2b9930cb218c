import type { APIRoute } from 'astro';
import { claimantViews } from '../../site/claimant-pages.ts';
import { getSite, names } from '../../site/site.ts';
import { claimantRecordCsv } from '../../lib/export/export-claimant-record.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const csv = claimantRecordCsv(site.claimantRecords, claimantViews(site).map((v) => v.id), names(site).claimant);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
